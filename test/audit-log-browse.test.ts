import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditDetail, AuditListRow } from '../server/modules/audit/audit-view.js';
import { rawAuditAppender } from '../server/modules/audit/audit.raw-append.js';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';

let server: TestServer;
let lead: ApiClient;
let customer: { id: number; nicHandle: string; customerCode: string };

/** An audited change as a capability would record it (the real audited-change path). */
function record(entry: {
  action: string;
  customerId?: number;
  ticketRef?: string;
  actorId?: number;
  role?: 'agent' | 'lead';
  details?: Record<string, unknown>;
  personal?: Record<string, unknown>;
}) {
  return server.changes.apply(() => ({
    result: null,
    audit: {
      actor: { id: entry.actorId ?? 1, role: entry.role ?? 'agent' },
      action: entry.action,
      targetType: 'customer',
      targetId: entry.customerId ?? null,
      customerId: entry.customerId ?? null,
      ticketRef: entry.ticketRef ?? null,
      reason: 'Test entry',
      details: entry.details ?? {},
      personal: entry.personal ?? null,
    },
  })).auditId;
}

const listOf = (client: ApiClient, filter: object, range = [0, 24]) =>
  client.get<AuditListRow[]>(`/api/audit-log?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${JSON.stringify(range)}`);

beforeAll(async () => {
  server = await startTestServer({ customers: 30 });
  lead = await signedInAs(server.baseUrl, 'lead');
  customer = server.database.sqlite
    .prepare("SELECT id, nic_handle AS nicHandle, customer_code AS customerCode FROM customers WHERE nic_handle = 'xx11111-ovh'")
    .get() as typeof customer;
  for (let n = 0; n < 30; n++) record({ action: 'test.bulk', customerId: customer.id, ticketRef: `TCK-${n % 3}` });
});
afterAll(() => server.close());

describe('audit log browsing', () => {
  it('filters by customer handle or customer code, not only by id', async () => {
    for (const typed of ['XX11111', '0123-45-67', '01234567']) {
      const response = await listOf(lead, { customer: typed, action: 'test.bulk' });
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(25);
      expect(response.body.every((row) => row.customerId === customer.id && row.customerHandle === 'xx11111-ovh')).toBe(true);
    }
    const unknown = await listOf(lead, { customer: 'zz00000-ovh' });
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual([]);
  });

  it('pages newest first through a filtered selection without gaps or repeats', async () => {
    const first = await listOf(lead, { action: 'test.bulk' }, [0, 9]);
    const second = await listOf(lead, { action: 'test.bulk' }, [10, 19]);
    const third = await listOf(lead, { action: 'test.bulk' }, [20, 29]);
    const ids = [...first.body, ...second.body, ...third.body].map((row) => row.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(first.headers.get('content-range')).toMatch(/^audit-log 0-9\/\d+$/);
  });

  it('filters by target type through its own index, and refuses a target number without its type', async () => {
    const byType = await listOf(lead, { targetType: 'customer', targetId: String(customer.id) }, [0, 99]);
    expect(byType.body).toHaveLength(30);
    const plan = server.database.sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE target_type = 'customer' ORDER BY id DESC LIMIT 25")
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING (COVERING )?INDEX audit_target_type_idx/);
    expect(plan.map((step) => step.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
    const alone = await lead.get<{ code: string; errors: Record<string, string> }>(
      `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ targetId: String(customer.id) }))}`,
    );
    expect(alone.status).toBe(400);
    expect(alone.body.code).toBe('list.invalid_filter');
    expect(alone.body.errors).toHaveProperty(['filter.targetType']);
  });

  it('combines ticket, role and date range filters', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const response = await listOf(lead, { ticketRef: 'TCK-1', actorRole: 'agent', at_gte: today, at_lte: today }, [0, 99]);
    expect(response.body).toHaveLength(10);
    expect(response.body.every((row) => row.ticketRef === 'TCK-1' && row.actorRole === 'agent')).toBe(true);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await listOf(lead, { ticketRef: 'TCK-1', at_lte: yesterday })).body).toEqual([]);
  });

  it('pages the unfiltered log from computed ids, with an exact total', async () => {
    const head = server.database.sqlite.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    const response = await lead.get<AuditListRow[]>('/api/audit-log?range=[5,9]');
    expect(response.body.map((row) => row.id)).toEqual([head - 5, head - 6, head - 7, head - 8, head - 9]);
    expect(response.headers.get('content-range')).toBe(`audit-log 5-9/${head}`);
  });

  it('refuses unknown filters and agents', async () => {
    expect((await listOf(lead, { colour: 'red' })).status).toBe(400);
    expect((await listOf(lead, { actorRole: 'boss' })).status).toBe(400);
    const agent = await signedInAs(server.baseUrl, 'agent');
    expect((await listOf(agent, {})).status).toBe(403);
  });

  it('shows an entry as a readable diff with personal values hidden until an audited reveal', async () => {
    const id = record({
      action: 'test.promote',
      customerId: customer.id,
      details: { identityCheck: 'callback', before: { version: 3, newBackupRequired: false }, after: { version: 4, newBackupRequired: true } },
      personal: { before: { primaryEmail: 'old@example.com', backupEmail: 'new@example.com' }, after: { primaryEmail: 'new@example.com', backupEmail: null } },
    });
    const listed = await listOf(lead, { action: 'test.promote' });
    expect(listed.body[0]).not.toHaveProperty('personal');
    expect(JSON.stringify(listed.body)).not.toContain('old@example.com');

    const shown = await lead.get<AuditDetail>(`/api/audit-log/${id}`);
    expect(shown.status).toBe(200);
    expect(JSON.stringify(shown.body)).not.toContain('example.com');
    expect(shown.body.changes).toEqual([
      { field: 'version', before: 3, after: 4, isPersonal: false },
      { field: 'newBackupRequired', before: false, after: true, isPersonal: false },
      { field: 'primaryEmail', before: null, after: null, isPersonal: true },
      { field: 'backupEmail', before: null, after: null, isPersonal: true },
    ]);
    expect(shown.body.context).toEqual({ identityCheck: 'callback' });

    const revealed = await lead.post<AuditDetail>(`/api/audit-log/${id}/reveal`);
    expect(revealed.status).toBe(200);
    expect(revealed.body.changes).toContainEqual({ field: 'primaryEmail', before: 'old@example.com', after: 'new@example.com', isPersonal: true });
    const revealEntry = (await listOf(lead, { action: 'audit.reveal', targetType: 'audit_entry', targetId: String(id) })).body[0];
    expect(revealEntry).toMatchObject({
      actorRole: 'lead',
      customerId: customer.id,
      targetType: 'audit_entry',
      details: { fields: ['primaryEmail', 'backupEmail'] },
    });
  });

  it('refuses to reveal to a role without the right, writing nothing', async () => {
    const before = server.database.sqlite.prepare('SELECT max(id) FROM audit_log').pluck().get();
    const admin = await signedInAs(server.baseUrl, 'admin');
    const afterSignIn = server.database.sqlite.prepare('SELECT max(id) FROM audit_log').pluck().get();
    expect((await admin.post('/api/audit-log/1/reveal')).status).toBe(403);
    expect(server.database.sqlite.prepare('SELECT max(id) FROM audit_log').pluck().get()).toBe(afterSignIn);
    expect(afterSignIn).not.toBe(before); // the sign-in itself was recorded
    expect((await lead.get('/api/audit-log/999999')).status).toBe(404);
  });

  it('exports the filtered selection as CSV, newest first, and records the export', async () => {
    const response = await lead.get<string>(
      `/api/audit-log/export.csv?filter=${encodeURIComponent(JSON.stringify({ customer: 'xx11111-ovh', action: 'test.bulk' }))}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parse<Record<string, string>>(response.body, { columns: true, bom: true });
    expect(rows).toHaveLength(30);
    expect(rows[0]).toMatchObject({ action: 'test.bulk', customer_handle: 'xx11111-ovh', actor_role: 'agent', reason: 'Test entry', has_personal: 'no' });
    expect(Number(rows[0]!.id)).toBeGreaterThan(Number(rows[29]!.id));
    const exported = (await listOf(lead, { action: 'audit.export' })).body[0];
    expect(exported).toMatchObject({ actorRole: 'lead', customerId: customer.id });
  });

  it('keeps spreadsheet formulas and personal values out of the CSV', async () => {
    server.changes.apply(() => ({
      result: null,
      audit: {
        actor: { id: 1, role: 'agent' },
        action: 'test.formula',
        targetType: 'x',
        reason: '=HYPERLINK("http://evil")',
        personal: { email: 'secret@example.com' },
      },
    }));
    const response = await lead.get<string>(`/api/audit-log/export.csv?filter=${encodeURIComponent(JSON.stringify({ action: 'test.formula' }))}`);
    const rows = parse<Record<string, string>>(response.body, { columns: true, bom: true });
    expect(rows[0]!.reason).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[0]!.has_personal).toBe('yes');
    expect(response.body).not.toContain('secret@example.com');
  });
  it('quotes cells holding quotes, commas or line breaks, and defuses every formula start', async () => {
    const odd = await server.factories.staffMember({ role: 'agent', displayName: 'Dupont, "Jo"' });
    const reasons = [
      'plain words',
      'a, b',
      'say "hi"',
      'two\nlines',
      'cr\rlf\r\n',
      '=1+2',
      '+33 1 23',
      '-5',
      '@SUM(A1)',
      '\tTAB',
      '\rCR',
      '=HYPERLINK("x", "y")',
      '',
    ];
    for (const [n, reason] of reasons.entries())
      server.changes.apply(() => ({
        result: null,
        audit: {
          actor: { id: odd.id, role: 'agent' },
          action: 'test.escaping',
          targetType: 'customer',
          targetId: n === 0 ? '-12' : null,
          ticketRef: n === 1 ? 'TCK,"7"' : null,
          reason,
          details: { note: reason, n },
        },
      }));
    const response = await lead.get<string>(`/api/audit-log/export.csv?filter=${encodeURIComponent(JSON.stringify({ action: 'test.escaping' }))}`);
    expect(response.status).toBe(200);
    const rows = parse<Record<string, string>>(response.body, { columns: true, bom: true, relax_column_count: false });
    expect(rows.map((row) => row.reason).reverse()).toEqual(reasons.map((reason) => (/^[=+\-@\t\r]/.test(reason) ? `'${reason}` : reason)));
    expect(rows.every((row) => row.actor_name === 'Dupont, "Jo"')).toBe(true);
    const first = rows[rows.length - 1]!;
    expect(first.target_id).toBe("'-12");
    expect(JSON.parse(first.details!)).toEqual({ note: 'plain words', n: 0 });
    expect(rows[rows.length - 2]!.ticket_ref).toBe('TCK,"7"');
    // Cells that need nothing are written as they are: no quotes around plain words or numbers.
    expect(response.body).toContain(`,plain words,`);
  });

  it('exports a selection larger than one batch whole, newest first, without a gap', async () => {
    // Written in bulk with their chain links (5,050 audited changes would take a minute here).
    const { sqlite } = server.database;
    const last = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string };
    const before = last.id;
    const append = rawAuditAppender(sqlite);
    sqlite.transaction(() => {
      let prev = last.hash;
      for (let n = 1; n <= 5_050; n++)
        prev = append(
          {
            id: before + n,
            at: new Date().toISOString(),
            actorId: 1,
            actorRole: 'agent',
            action: 'test.many',
            targetType: 'customer',
            targetId: String(customer.id),
            customerId: customer.id,
            ticketRef: null,
            reason: null,
            details: JSON.stringify({ n }),
            personal: null,
          },
          prev,
        );
    })();
    const response = await lead.get<string>(`/api/audit-log/export.csv?filter=${encodeURIComponent(JSON.stringify({ action: 'test.many' }))}`);
    const ids = parse<Record<string, string>>(response.body, { columns: true, bom: true }).map((row) => Number(row.id));
    expect(ids).toHaveLength(5_050);
    expect(ids[0]).toBe(before + 5_050);
    expect(ids.every((id, n) => n === 0 || id === (ids[n - 1] as number) - 1)).toBe(true);
  });
});

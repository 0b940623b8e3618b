import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewRow } from '../server/modules/audit-review/audit-review.repository.js';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';

let server: TestServer;
let lead: ApiClient;
let leadId: number;
let agentId: number;

function act(actor: { id: number; role: 'agent' | 'lead' }, customerId: number, details: Record<string, unknown> = {}) {
  return server.changes.apply(() => ({
    result: null,
    audit: {
      actor,
      action: 'customers.promote_backup_email',
      targetType: 'customer',
      targetId: customerId,
      customerId,
      ticketRef: 'TCK-1',
      reason: 'Test',
      details,
    },
  })).auditId;
}

const auditCount = () => server.database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

beforeAll(async () => {
  // A small random share, so that what the queue holds comes from the risk rules below.
  server = await startTestServer({
    customers: 20,
    env: { REVIEW_SAMPLE_PERCENT: '0', REVIEW_REPEAT_THRESHOLD: '3', REVIEW_WORKING_HOURS: '0-24', REVIEW_WORKING_DAYS: '1-7' },
  });
  lead = await signedInAs(server.baseUrl, 'lead');
  leadId = server.database.sqlite.prepare("SELECT id FROM staff WHERE email = 'lead@guichet.test'").pluck().get() as number;
  agentId = server.database.sqlite.prepare("SELECT id FROM staff WHERE email = 'agent@guichet.test'").pluck().get() as number;
});
afterAll(() => server.close());

describe('review queue of agents’ actions', () => {
  it('queues a lead override and the third action on one account, in the same transaction as the action', async () => {
    const plain = act({ id: agentId, role: 'agent' }, 1);
    const override = act({ id: leadId, role: 'lead' }, 2, { overridden: ['flags.open_high_severity'], overrideReason: 'Seen in person' });
    act({ id: agentId, role: 'agent' }, 3);
    act({ id: agentId, role: 'agent' }, 3);
    const third = act({ id: agentId, role: 'agent' }, 3);
    const queue = await lead.get<ReviewRow[]>('/api/audit-reviews?filter={"status":"pending"}');
    expect(queue.status).toBe(200);
    expect(queue.body.map((item) => [item.id, item.reasons])).toEqual([
      [override, ['override']],
      [third, ['repeat_account']],
    ]);
    expect(queue.body.map((item) => item.id)).not.toContain(plain);
    expect(queue.headers.get('content-range')).toBe('audit-reviews 0-1/2');
  });

  it('records a review once, in the audit log, and takes it off the queue', async () => {
    const [, third] = (await lead.get<ReviewRow[]>('/api/audit-reviews')).body;
    const before = auditCount();
    const reviewed = await lead.post<ReviewRow>(`/api/audit-reviews/${third!.id}/review`, { outcome: 'follow_up', note: 'Ask the agent why three times' });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({ outcome: 'follow_up', note: 'Ask the agent why three times', reviewedBy: leadId });
    expect(auditCount()).toBe(before + 1);
    const entry = server.database.sqlite.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1').get() as Record<string, unknown>;
    expect(entry).toMatchObject({
      action: 'audit.review',
      actor_id: leadId,
      target_id: String(third!.id),
      customer_id: 3,
      reason: 'Ask the agent why three times',
    });

    const again = await lead.post<{ code: string }>(`/api/audit-reviews/${third!.id}/review`, { outcome: 'fine' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('audit_reviews.already_reviewed');
    expect(auditCount()).toBe(before + 1);
    const pending = (await lead.get<ReviewRow[]>('/api/audit-reviews')).body.map((item) => item.id);
    expect(pending).not.toContain(third!.id);
    const done = (await lead.get<ReviewRow[]>('/api/audit-reviews?filter={"status":"reviewed"}')).body.map((item) => item.id);
    expect(done).toContain(third!.id);
  });

  it("refuses a lead's review of their own action, a follow-up without a note, and agents", async () => {
    const [own] = (await lead.get<ReviewRow[]>('/api/audit-reviews')).body;
    const before = auditCount();
    const refused = await lead.post<{ code: string }>(`/api/audit-reviews/${own!.id}/review`, { outcome: 'fine' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('audit_reviews.own_action');
    const noNote = await lead.post<{ errors: Record<string, string> }>(`/api/audit-reviews/${own!.id}/review`, { outcome: 'follow_up' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors).toHaveProperty('note');
    expect((await lead.post(`/api/audit-reviews/999999/review`, { outcome: 'fine' })).status).toBe(404);
    expect(auditCount()).toBe(before);
    const agent = await signedInAs(server.baseUrl, 'agent');
    expect((await agent.get('/api/audit-reviews')).status).toBe(403);
  });

  it('shows leads what is left and how old it is on their dashboard', async () => {
    const dashboard = await lead.get<{ tiles: Array<{ id: string; value?: number; link?: unknown }> }>('/api/dashboard');
    // Other capabilities add their own tiles (claims, flags); the audit's come in this order.
    const auditTiles = dashboard.body.tiles.filter((tile) => tile.id.startsWith('audit.'));
    expect(auditTiles.map((tile) => tile.id)).toEqual(['audit.review_queue', 'audit.chain_status', 'audit.weekly_volumes']);
    expect(auditTiles[0]).toMatchObject({ kind: 'count', value: 1, link: { resource: 'audit-reviews', filter: { status: 'pending' } } });
    const compliance = await signedInAs(server.baseUrl, 'compliance');
    // Compliance sees the chain's status among its own (GDPR) tiles, and no review queue.
    const complianceTiles = (await compliance.get<{ tiles: Array<{ id: string }> }>('/api/dashboard')).body.tiles.map((tile) => tile.id);
    expect(complianceTiles.filter((id) => id.startsWith('audit.'))).toEqual(['audit.chain_status']);
    const admin = await signedInAs(server.baseUrl, 'admin');
    expect((await admin.get<{ tiles: unknown[] }>('/api/dashboard')).body.tiles).toEqual([]);
  });

  it('lists the queue in the order the column header asks: by entry, oldest or newest first, pending and reviewed alike', async () => {
    const drawn = [
      act({ id: agentId, role: 'agent' }, 4, { overridden: ['x'], overrideReason: 'Seen' }),
      act({ id: agentId, role: 'agent' }, 5, { overridden: ['x'], overrideReason: 'Seen' }),
    ];
    const page = async (status: string, order: string) =>
      (
        await lead.get<ReviewRow[]>(
          `/api/audit-reviews?filter=${encodeURIComponent(JSON.stringify({ status }))}&sort=${encodeURIComponent(JSON.stringify(['id', order]))}`,
        )
      ).body.map((item) => item.id);
    const oldestFirst = await page('pending', 'ASC');
    expect(oldestFirst.slice(-2)).toEqual(drawn);
    expect(await page('pending', 'DESC')).toEqual([...oldestFirst].reverse());
    for (const id of drawn) expect((await lead.post(`/api/audit-reviews/${id}/review`, { outcome: 'fine' })).status).toBe(200);
    const reviewed = await page('reviewed', 'DESC');
    expect(reviewed.slice(0, 2)).toEqual([...drawn].reverse());
    expect(await page('reviewed', 'ASC')).toEqual([...reviewed].reverse());
    const unsortable = await lead.get<{ code: string }>(`/api/audit-reviews?sort=${encodeURIComponent('["at","ASC"]')}`);
    expect([unsortable.status, unsortable.body.code]).toEqual([400, 'list.unknown_sort']);
  });
});

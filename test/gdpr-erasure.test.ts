import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { buildCustomer, daysAgo, type BuiltCustomer } from './support/gdpr.js';
import { demoPassword, startTestServer, type TestServer } from './support/test-app.js';
import { anyNumber } from './support/matchers.js';
import { claimBody, samplePdf, samplePng, uploadDocuments, type ClaimDetail } from './support/claims.js';

let server: TestServer;
let agent: ApiClient;
let compliance: ApiClient;

interface RequestView {
  id: number;
  version: number;
  status: string;
  erasureResult: string | null;
  files: { id: number; kind: string }[];
}

beforeAll(async () => {
  server = await startTestServer();
  [agent, compliance] = await Promise.all([signedInAs(server.baseUrl, 'agent'), signedInAs(server.baseUrl, 'compliance')]);
  expect((await compliance.post('/api/auth/reauthenticate', { password: demoPassword })).status).toBe(200);
});
afterAll(async () => {
  await server.close();
});

const sqlite = () => server.database.sqlite;
const auditCount = () => Number(sqlite().prepare('SELECT count(*) FROM audit_log').pluck().get());

async function erasureRequest(person: BuiltCustomer): Promise<RequestView> {
  const created = await agent.post<RequestView>('/api/gdpr-requests', {
    right: 'erasure',
    channel: 'web_form',
    receivedOn: daysAgo(1),
    requesterName: `${person.firstName} ${person.lastName}`,
    requesterEmail: person.primaryEmail,
    requesterAddress: person.addressLine1,
    customerId: person.id,
    ticketRef: 'TCK-ERASE-1',
    details: `Merci de supprimer mon identifiant ${person.nicHandle}`,
  });
  expect(created.status).toBe(201);
  const verified = await compliance.post<RequestView>(`/api/gdpr-requests/${created.body.id}/verify-identity`, {
    method: 'signed_in_account',
    version: created.body.version,
  });
  expect(verified.status).toBe(200);
  return verified.body;
}

/** Every text value of every row of every table, and every stored file, that contains one of `needles`. */
function sweep(needles: string[]): string[] {
  const found: string[] = [];
  const tables = sqlite().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  for (const table of tables) {
    for (const row of sqlite().prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        const text = typeof value === 'string' ? value.toLowerCase() : Buffer.isBuffer(value) ? value.toString('latin1').toLowerCase() : '';
        for (const needle of needles) if (text.includes(needle.toLowerCase())) found.push(`${table}.${column}: ${needle}`);
      }
    }
  }
  const walk = (directory: string) => {
    if (!existsSync(directory)) return;
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const content = readFileSync(path).toString('latin1').toLowerCase();
        for (const needle of needles) if (content.includes(needle.toLowerCase())) found.push(`file ${path}: ${needle}`);
      }
    }
  };
  walk(server.config.uploadDir);
  return found;
}

async function settle(requestId: number): Promise<RequestView> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const view = (await compliance.get<RequestView>(`/api/gdpr-requests/${requestId}`)).body;
    if (view.status === 'completed') return view;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.gdpr.erasure.finishPending();
  }
  throw new Error('The erasure did not finish');
}

describe('GDPR erasure', () => {
  it('lists each blocker, refuses while any remains, and records nothing', async () => {
    const person = buildCustomer(server);
    const f = server.factories;
    f.service(person.id, { status: 'active' });
    f.invoice(person.id, { status: 'unpaid', paidAt: null });
    f.order(person.id, { status: 'pending' });
    sqlite().prepare('UPDATE customers SET prepaid_credit_cents = 1500 WHERE id = ?').run(person.id);
    const request = await erasureRequest(person);
    const eligibility = (await compliance.get<{ eligible: boolean; blockers: { code: string }[] }>(`/api/gdpr-requests/${request.id}/erasure-eligibility`))
      .body;
    expect(eligibility.eligible).toBe(false);
    expect(eligibility.blockers.map((b) => b.code)).toEqual([
      'gdpr.erase.services_left',
      'gdpr.erase.unpaid_invoice',
      'gdpr.erase.pending_order',
      'gdpr.erase.prepaid_credit',
    ]);
    const before = auditCount();
    for (const code of eligibility.blockers.map((b) => b.code)) {
      const refused = await compliance.post<{ code: string }>(`/api/gdpr-requests/${request.id}/erase`, {
        confirmHandle: person.nicHandle,
        version: request.version,
      });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe(code);
      // Lift this blocker; the next refusal names the next one.
      if (code === 'gdpr.erase.services_left') sqlite().prepare("UPDATE services SET status = 'terminated' WHERE customer_id = ?").run(person.id);
      if (code === 'gdpr.erase.unpaid_invoice') sqlite().prepare("UPDATE invoices SET status = 'paid' WHERE customer_id = ?").run(person.id);
      if (code === 'gdpr.erase.pending_order') sqlite().prepare("UPDATE orders SET status = 'cancelled' WHERE customer_id = ?").run(person.id);
      if (code === 'gdpr.erase.prepaid_credit') sqlite().prepare('UPDATE customers SET prepaid_credit_cents = 0 WHERE id = ?').run(person.id);
    }
    expect(auditCount()).toBe(before);
    expect((await compliance.get<{ eligible: boolean }>(`/api/gdpr-requests/${request.id}/erasure-eligibility`)).body.eligible).toBe(true);
  });

  it('refuses while an open high-severity flag locks the account', async () => {
    const person = buildCustomer(server);
    const request = await erasureRequest(person);
    const flag = await agent.post('/api/flags', {
      customerId: person.id,
      kind: 'unrecognised_login_notification',
      severity: 'high',
      note: 'Caller reports a login',
      ticketRef: 'TCK-FLAG-1',
    });
    expect(flag.status).toBe(201);
    const refused = await compliance.post<{ code: string }>(`/api/gdpr-requests/${request.id}/erase`, {
      confirmHandle: person.nicHandle,
      version: request.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toMatch(/flag/);
  });

  it('refuses a wrong NIC-handle, an agent, and a request whose identity is not verified', async () => {
    const person = buildCustomer(server);
    const request = await erasureRequest(person);
    const before = auditCount();
    const wrong = await compliance.post<{ code: string }>(`/api/gdpr-requests/${request.id}/erase`, { confirmHandle: 'zz00000-ovh', version: request.version });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('gdpr.confirmation_mismatch');
    expect((await agent.post(`/api/gdpr-requests/${request.id}/erase`, { confirmHandle: person.nicHandle, version: request.version })).status).toBe(403);
    const unverified = await agent.post<RequestView>('/api/gdpr-requests', {
      right: 'erasure',
      channel: 'post',
      receivedOn: daysAgo(1),
      requesterName: 'Someone',
      requesterAddress: '1 rue Y',
      customerId: person.id,
      ticketRef: 'TCK-ERASE-2',
    });
    const early = await compliance.post<{ code: string }>(`/api/gdpr-requests/${unverified.body.id}/erase`, {
      confirmHandle: person.nicHandle,
      version: unverified.body.version,
    });
    expect(early.body.code).toBe('gdpr.identity_not_verified');
    expect(auditCount()).toBe(before + 1); // the intake only
  });

  it('erases everything but the retained invoices, keeps the chain verifiable and the entries readable as who did what', async () => {
    const person = buildCustomer(server);
    const f = server.factories;
    f.service(person.id, { status: 'terminated', name: `${person.lastName.toLowerCase()}.fr`, adminContact: person.nicHandle });
    const invoice = f.invoice(person.id);
    f.order(person.id, { status: 'cancelled' });
    f.subUser(person.id, { login: `${person.lastName.toLowerCase()}-compta`, email: `compta.${person.lastName.toLowerCase()}@example-gdpr.test` });
    const login = f.loginEvent(person.id, { ip: '203.0.113.99', latitude: 48.8566, longitude: 2.3522 });
    f.detectionState(person.id, [login]);
    f.emailChange(person.id, { oldValue: person.backupEmail, newValue: person.primaryEmail });
    // Another customer's service names the person as its technical contact.
    const other = f.customer();
    f.service(other.id, { techContact: person.nicHandle });
    // A change recorded with personal values (sealed with the person's key).
    const promoted = await agent.post(`/api/customers/${person.id}/promote-backup-email`, {
      ticketRef: 'TCK-PROMO-1',
      identityCheck: 'security_questions',
      reason: 'Primary mailbox closed',
      version: 1,
    });
    expect(promoted.status).toBe(200);
    const primaryAfterPromotion = person.backupEmail;
    // An access report first, so there is a stored file with the person's data in it.
    const access = await agent.post<RequestView>('/api/gdpr-requests', {
      right: 'access',
      channel: 'web_form',
      receivedOn: daysAgo(2),
      requesterName: `${person.firstName} ${person.lastName}`,
      requesterEmail: primaryAfterPromotion,
      customerId: person.id,
      ticketRef: 'TCK-ACCESS-1',
    });
    const accessVerified = await compliance.post<RequestView>(`/api/gdpr-requests/${access.body.id}/verify-identity`, {
      method: 'signed_in_account',
      version: access.body.version,
    });
    expect((await compliance.post(`/api/gdpr-requests/${accessVerified.body.id}/access-report`, {})).status).toBe(200);
    await server.messages.kick();

    const needles = [
      person.firstName,
      person.lastName,
      person.primaryEmail,
      person.backupEmail,
      person.phone,
      person.addressLine1,
      person.nicHandle,
      '203.0.113.99',
      // The login's coordinates, as the detection state keeps them (text).
      '48.8566',
    ];
    expect(sweep(needles).length).toBeGreaterThan(5);

    const request = await erasureRequest({ ...person, primaryEmail: primaryAfterPromotion });
    const erased = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/erase`, {
      confirmHandle: person.nicHandle.toUpperCase(),
      version: request.version,
    });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    const done = await settle(request.id);
    const result = JSON.parse(done.erasureResult!) as { counts: Record<string, number>; retainedUntil: string; confirmation: string; keyDestroyedAt: string };
    expect(result.confirmation).toBe('sent');
    expect(result.keyDestroyedAt).toBeTruthy();
    expect(result.counts).toMatchObject({ login_events: 1, login_detection_state: 1, customer_users: 1, services: 1, email_history: anyNumber });
    expect(sqlite().prepare('SELECT count(*) FROM login_detection_state WHERE customer_id = ?').pluck().get(person.id)).toBe(0);
    expect(Number(result.retainedUntil.slice(0, 4)) - Number(daysAgo(0).slice(0, 4))).toBe(10);

    // Nothing left but the retained invoices' billed party.
    const leftovers = sweep(needles).filter((hit) => !hit.startsWith('retained_billing_identities.billed_party'));
    expect(leftovers).toEqual([]);
    const retained = sqlite()
      .prepare('SELECT billed_party AS party, invoice_numbers AS numbers FROM retained_billing_identities WHERE customer_id = ?')
      .get(person.id) as { party: string; numbers: string };
    expect(JSON.parse(retained.party)).toMatchObject({ lastName: person.lastName });
    expect(JSON.parse(retained.numbers)).toEqual([invoice.number]);
    expect(sqlite().prepare('SELECT count(*) FROM invoices WHERE customer_id = ?').pluck().get(person.id)).toBe(1);
    expect(sqlite().prepare('SELECT tech_contact FROM services WHERE customer_id = ?').pluck().get(other.id)).toBe(`erased-${person.id}`);
    expect((await agent.get<{ state: string; nicHandle: string }>(`/api/customers/${person.id}`)).body).toMatchObject({
      state: 'erased',
      nicHandle: `erased-${person.id}`,
    });

    // The chain still verifies; the promotion's entry still says who did what, but no longer what the values were.
    const lead = await signedInAs(server.baseUrl, 'lead');
    expect((await lead.get<{ ok: boolean }>('/api/audit-log/verify')).body.ok).toBe(true);
    const entry = sqlite()
      .prepare(
        "SELECT customer_id AS customerId, actor_role AS role, personal FROM audit_log WHERE action = 'customers.promote_backup_email' AND customer_id = ?",
      )
      .get(person.id) as { customerId: number; role: string; personal: string };
    expect(entry.role).toBe('agent');
    expect(server.audit.openPersonal(entry.customerId, entry.personal)).toEqual({ erased: true });
    const actions = sqlite().prepare('SELECT action FROM audit_log WHERE customer_id = ? ORDER BY id').pluck().all(person.id);
    expect(actions).toEqual(expect.arrayContaining(['gdpr.erasure_executed', 'gdpr.erasure_completed']));
  });

  it('erases an account with claims and their documents, flags with evidence, and generated exports: no file or row keeps the person', async () => {
    const person = buildCustomer(server);
    const f = server.factories;
    const events = [f.loginEvent(person.id, { ip: '203.0.113.150' }), f.loginEvent(person.id, { ip: '203.0.113.151', result: 'wrong_password' })];
    // flag_evidence names the login events that erasure deletes: the evidence must go first.
    const flag = f.flag(person.id, { evidence: events.map((event) => event.id) });
    expect((await agent.post(`/api/flags/${flag.id}/notes`, { text: `Rappel de ${person.firstName} ${person.lastName} au ${person.phone}` })).status).toBe(200);

    // A mailed claim by the person, with an identity document (sealed with their key) and a proof of address (plain).
    const claim = await agent.post<ClaimDetail>(
      '/api/email-claims',
      claimBody({
        claimedHandle: person.nicHandle,
        newPrimaryEmail: `nouvelle.${person.primaryEmail}`,
        senderName: `${person.firstName} ${person.lastName}`,
        senderAddress: `${person.addressLine1}\n75011 Paris`,
        ticketRef: 'TCK-CLAIM-ERASE',
      }),
    );
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    const identity = await uploadDocuments(agent, claim.body.id, 'holder_id', [{ name: `cni-${person.lastName}.png`, bytes: samplePng(), type: 'image/png' }]);
    expect(identity.status, JSON.stringify(identity.body)).toBe(201);
    const addressProof = Buffer.concat([samplePdf(), Buffer.from(`% ${person.firstName} ${person.lastName}, ${person.addressLine1}\n`)]);
    const proof = await uploadDocuments(agent, claim.body.id, 'proof_of_address', [{ name: 'facture-edf.pdf', bytes: addressProof, type: 'application/pdf' }]);
    expect(proof.status, JSON.stringify(proof.body)).toBe(201);
    const documents = sqlite().prepare('SELECT storage_key AS key, encrypted FROM claim_documents WHERE claim_id = ? ORDER BY id').all(claim.body.id) as {
      key: string;
      encrypted: number;
    }[];
    expect(documents.map((d) => d.encrypted)).toEqual([1, 0]);
    const claimsDir = join(server.config.uploadDir, 'claims');
    const sealedIdentity = readFileSync(join(claimsDir, documents[0]!.key));
    expect(server.customerKeys.decrypt(person.id, sealedIdentity).length).toBeGreaterThan(0);

    // Both exports, stored with their requests.
    const exportFiles: string[] = [];
    for (const [right, route] of [
      ['access', 'access-report'],
      ['portability', 'portability-export'],
    ] as const) {
      const created = await agent.post<RequestView>('/api/gdpr-requests', {
        right,
        channel: 'web_form',
        receivedOn: daysAgo(3),
        requesterName: `${person.firstName} ${person.lastName}`,
        requesterEmail: person.primaryEmail,
        customerId: person.id,
        ticketRef: `TCK-${right}`,
      });
      const ok = await compliance.post<RequestView>(`/api/gdpr-requests/${created.body.id}/verify-identity`, {
        method: 'signed_in_account',
        version: created.body.version,
      });
      const generated = await compliance.post<RequestView>(`/api/gdpr-requests/${ok.body.id}/${route}`, {});
      expect(generated.status).toBe(200);
      for (const file of generated.body.files)
        exportFiles.push(sqlite().prepare('SELECT storage_path FROM gdpr_request_files WHERE id = ?').pluck().get(file.id) as string);
    }
    expect(exportFiles).toHaveLength(2);
    await server.messages.kick();

    const needles = [person.firstName, person.lastName, person.primaryEmail, person.backupEmail, person.phone, person.addressLine1, person.nicHandle];
    expect(sweep(needles).some((hit) => hit.startsWith('file '))).toBe(true);

    const request = await erasureRequest(person);
    const erased = await compliance.post<RequestView>(`/api/gdpr-requests/${request.id}/erase`, { confirmHandle: person.nicHandle, version: request.version });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    const done = await settle(request.id);
    const result = JSON.parse(done.erasureResult!) as { counts: Record<string, number> };
    expect(result.counts).toMatchObject({ flag_evidence: 2, login_events: 2, claim_documents: 2, gdpr_request_files: 2 });

    // No invoice here: nothing at all is left, in any table or any stored file.
    expect(sweep(needles)).toEqual([]);
    for (const document of documents) expect(existsSync(join(claimsDir, document.key))).toBe(false);
    for (const path of exportFiles) expect(existsSync(join(server.config.uploadDir, path))).toBe(false);
    // A copy of the identity document that escaped deletion (a backup) can no longer be read: the key is gone.
    expect(() => server.customerKeys.decrypt(person.id, sealedIdentity)).toThrow(expect.objectContaining({ code: 'customer_keys.destroyed' }));
    // The flag stays as a security fact of the account, without the person in it.
    expect(sqlite().prepare('SELECT status FROM flags WHERE id = ?').pluck().get(flag.id)).toBe('open');
    expect(sqlite().prepare('SELECT count(*) FROM flag_evidence WHERE flag_id = ?').pluck().get(flag.id)).toBe(0);
  });

  it('purges retained billing data once its date has passed', async () => {
    const person = buildCustomer(server);
    server.factories.invoice(person.id);
    const request = await erasureRequest(person);
    expect((await compliance.post(`/api/gdpr-requests/${request.id}/erase`, { confirmHandle: person.nicHandle, version: request.version })).status).toBe(200);
    await settle(request.id);
    const count = () => Number(sqlite().prepare('SELECT count(*) FROM retained_billing_identities WHERE customer_id = ?').pluck().get(person.id));
    expect(count()).toBe(1);
    expect(server.gdpr.erasure.purgeRetention(new Date())).toBe(0);
    expect(count()).toBe(1);
    server.gdpr.erasure.purgeRetention(new Date(Date.now() + 10 * 366 * 86_400_000));
    expect(count()).toBe(0);
    expect(sqlite().prepare("SELECT count(*) FROM audit_log WHERE action = 'gdpr.retention_purged'").pluck().get()).toBe(1);
  });
});

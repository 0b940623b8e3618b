import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiClient, signedInAs } from './support/api-client.js';
import { claimBody, sampleJpeg, samplePdf, samplePng, uploadDocuments, type ClaimDetail } from './support/claims.js';
import { pdfText } from './support/pdf.js';
import { demoPassword, startTestServer, type TestServer } from './support/test-app.js';

let server: TestServer;
let agent: ApiClient;
let lead: ApiClient;
let secondLead: ApiClient;
let secondAgent: ApiClient;

const hour = 3_600_000;

async function signInAs(email: string) {
  const client = new ApiClient(server.baseUrl);
  await client.signIn(email);
  return client;
}

async function fresh(client: ApiClient) {
  const response = await client.post('/api/auth/reauthenticate', { password: demoPassword });
  expect(response.status).toBe(200);
  return client;
}

let secondLeadEmail: string;
let secondAgentEmail: string;

/** Sessions end when the test clock jumps past their timeouts: sign everyone in again. */
async function signInEveryone() {
  agent = await signedInAs(server.baseUrl, 'agent');
  lead = await signedInAs(server.baseUrl, 'lead');
  secondLead = await signInAs(secondLeadEmail);
  secondAgent = await signInAs(secondAgentEmail);
}

beforeAll(async () => {
  server = await startTestServer();
  secondLeadEmail = (await server.factories.staffMember({ role: 'lead' })).email;
  secondAgentEmail = (await server.factories.staffMember({ role: 'agent' })).email;
  await signInEveryone();
});
afterAll(() => server.close());

const sqlite = () => server.database.sqlite;
const auditCount = (action: string, targetId?: number) =>
  Number(
    sqlite()
      .prepare(`SELECT count(*) FROM audit_log WHERE action = ? ${targetId ? 'AND target_id = ?' : ''}`)
      .pluck()
      .get(...(targetId ? [action, String(targetId)] : [action])),
  );

async function recordFor(customer: { nicHandle: string }, overrides: Record<string, unknown> = {}, by = agent) {
  const response = await by.post<ClaimDetail>('/api/email-claims', claimBody({ claimedHandle: customer.nicHandle.toUpperCase(), ...overrides }));
  expect(response.status).toBe(201);
  return response.body;
}

/** A matched claim with its three documents uploaded and accepted by `reviewer`: ready for a lead's approval. */
async function reviewedClaim(customerOverrides = {}, reviewer = agent) {
  const customer = server.factories.customer(customerOverrides);
  let claim = await recordFor(customer);
  for (const [kind, file] of [
    ['holder_id', { name: 'id.png', bytes: samplePng() }],
    ['proof_of_address', { name: 'facture.pdf', bytes: samplePdf() }],
    ['signed_form', { name: 'form.jpg', bytes: sampleJpeg() }],
  ] as const) {
    const uploaded = await uploadDocuments(agent, claim.id, kind, [file]);
    expect(uploaded.status).toBe(201);
  }
  claim = (await reviewer.post<ClaimDetail>(`/api/email-claims/${claim.id}/start-review`, { version: claim.version })).body;
  for (const document of claim.documents) {
    const decided = await reviewer.post<ClaimDetail>(`/api/claim-documents/${document.id}/decision`, { decision: 'accept' });
    expect(decided.status).toBe(200);
    claim = decided.body;
  }
  return { customer, claim };
}

describe('recording a mailed claim', () => {
  it('matches the handle as written (any case) to the account and records who recorded it', async () => {
    const customer = server.factories.customer();
    const claim = await recordFor(customer);
    expect(claim).toMatchObject({ state: 'received', customerId: customer.id, unmatched: false, reference: `CLM-${String(claim.id).padStart(6, '0')}` });
    expect(claim.account?.nicHandle).toBe(customer.nicHandle);
    expect(claim.checklist.map((line) => line.status)).toEqual(['missing', 'missing', 'missing']);
    expect(auditCount('email_claims.record', claim.id)).toBe(1);
  });

  it('asks a company for the registration extract and the representative’s identity document', async () => {
    const customer = server.factories.customer({ legalForm: 'company', organisation: 'Ørsted Énergie SAS' });
    const claim = await recordFor(customer);
    expect(claim.checklist.map((line) => line.kind)).toEqual(['representative_id', 'registration_extract', 'proof_of_address', 'signed_form']);
  });

  it('refuses a new backup equal to the new primary, with the field named', async () => {
    const response = await agent.post<{ code: string; errors: Record<string, string> }>(
      '/api/email-claims',
      claimBody({ newPrimaryEmail: 'a@example.fr', newBackupEmail: 'A@example.fr' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveProperty('newBackupEmail');
  });

  it('keeps a handle that matches no account as unmatched: it can only be rejected, or matched later', async () => {
    const claim = await recordFor({ nicHandle: 'zz99999-ovh' });
    expect(claim).toMatchObject({ unmatched: true, customerId: null, account: null });
    const review = await agent.post<{ code: string }>(`/api/email-claims/${claim.id}/start-review`, { version: claim.version });
    expect(review.status).toBe(409);
    expect(review.body.code).toBe('email_claims.unmatched');
    expect((await uploadDocuments(agent, claim.id, 'holder_id', [{ name: 'id.png', bytes: samplePng() }])).body.code).toBe('email_claims.unmatched');

    const customer = server.factories.customer();
    const matched = await agent.post<ClaimDetail>(`/api/email-claims/${claim.id}/match`, { nicHandle: customer.nicHandle, version: claim.version });
    expect(matched.status).toBe(200);
    expect(matched.body).toMatchObject({ customerId: customer.id, unmatched: false, version: claim.version + 1 });
    expect((await agent.post(`/api/email-claims/${claim.id}/start-review`, { version: matched.body.version })).status).toBe(200);
  });

  it('rejects an unmatched claim with a letter to the sender', async () => {
    const claim = await recordFor({ nicHandle: 'zz88888-ovh' });
    const rejected = await agent.post<ClaimDetail>(`/api/email-claims/${claim.id}/reject`, {
      rejectionReason: 'other',
      note: 'No account has this identifier',
      version: claim.version,
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.state).toBe('rejected');
    expect(rejected.body.letters).toMatchObject([{ kind: 'claim_rejected', locale: 'fr' }]);
  });
});

describe('the state machine', () => {
  it('refuses every action its state forbids with a 409 that names the state, writing nothing', async () => {
    const customer = server.factories.customer();
    const claim = await recordFor(customer);
    const before = Number(sqlite().prepare('SELECT count(*) FROM audit_log').pluck().get());
    const refusals: [string, ApiClient, object][] = [
      ['request-documents', agent, { reason: 'Need a clearer copy', version: claim.version }],
      ['approve', lead, { version: claim.version }],
      ['object', agent, { fraudNote: 'Customer called: not them', ticketRef: 'TCK-1', version: claim.version }],
      ['apply', agent, { version: claim.version }],
    ];
    for (const [action, client, body] of refusals) {
      const response = await client.post<{ code: string; message: string }>(`/api/email-claims/${claim.id}/${action}`, body);
      expect(response.status, action).toBe(409);
      expect(response.body.code).toBe('email_claims.wrong_state');
      expect(response.body.message).toContain('received');
    }
    const document = await uploadDocuments(agent, claim.id, 'holder_id', [{ name: 'id.png', bytes: samplePng() }]);
    const decision = await agent.post<{ code: string }>(`/api/claim-documents/${document.body.documents[0]?.id}/decision`, { decision: 'accept' });
    expect(decision.status).toBe(409);
    expect(Number(sqlite().prepare('SELECT count(*) FROM audit_log').pluck().get())).toBe(before + 1); // the upload only
  });

  it('goes to awaiting documents and back to review, each step audited', async () => {
    const claim = await recordFor(server.factories.customer());
    const reviewing = (await agent.post<ClaimDetail>(`/api/email-claims/${claim.id}/start-review`, { version: claim.version })).body;
    expect(reviewing.state).toBe('in_review');
    const waiting = await agent.post<ClaimDetail>(`/api/email-claims/${claim.id}/request-documents`, {
      reason: 'Proof of address missing',
      version: reviewing.version,
    });
    expect(waiting.body.state).toBe('awaiting_documents');
    const back = await agent.post<ClaimDetail>(`/api/email-claims/${claim.id}/start-review`, { version: waiting.body.version });
    expect(back.body.state).toBe('in_review');
    expect(auditCount('email_claims.start_review', claim.id)).toBe(2);
    expect(auditCount('email_claims.request_documents', claim.id)).toBe(1);
  });

  it('refuses a change made on a stale version', async () => {
    const claim = await recordFor(server.factories.customer());
    await agent.post(`/api/email-claims/${claim.id}/start-review`, { version: claim.version });
    const stale = await agent.post<{ code: string }>(`/api/email-claims/${claim.id}/reject`, { rejectionReason: 'illegible', version: claim.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('request.stale_version');
  });

  it('lets only leads approve', async () => {
    const { claim } = await reviewedClaim({}, secondAgent);
    const response = await agent.post(`/api/email-claims/${claim.id}/approve`, { version: claim.version });
    expect(response.status).toBe(403);
  });
});

describe('approval: documents and four eyes', () => {
  it('needs every required document accepted', async () => {
    const customer = server.factories.customer();
    const claim = await recordFor(customer);
    await uploadDocuments(agent, claim.id, 'holder_id', [{ name: 'id.png', bytes: samplePng() }]);
    const reviewing = (await agent.post<ClaimDetail>(`/api/email-claims/${claim.id}/start-review`, { version: claim.version })).body;
    const rejectedDoc = await agent.post<ClaimDetail>(`/api/claim-documents/${reviewing.documents[0]?.id}/decision`, {
      decision: 'reject',
      rejectionReason: 'expired',
    });
    expect(rejectedDoc.body.checklist[0]).toEqual({ kind: 'holder_id', status: 'rejected' });
    const response = await lead.post<{ code: string; message: string }>(`/api/email-claims/${claim.id}/approve`, { version: rejectedDoc.body.version });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('email_claims.documents_incomplete');
  });

  it('refuses the lead who recorded the claim and the lead who reviewed it; a third lead approves', async () => {
    const customer = server.factories.customer();
    const recorded = await recordFor(customer, {}, lead);
    for (const [kind, bytes] of [
      ['holder_id', samplePng()],
      ['proof_of_address', samplePdf()],
      ['signed_form', sampleJpeg()],
    ] as const)
      await uploadDocuments(lead, recorded.id, kind, [{ name: 'scan', bytes }]);
    let claim = (await secondLead.post<ClaimDetail>(`/api/email-claims/${recorded.id}/start-review`, { version: recorded.version })).body;
    for (const document of claim.documents)
      claim = (await secondLead.post<ClaimDetail>(`/api/claim-documents/${document.id}/decision`, { decision: 'accept' })).body;

    const byRecorder = await lead.post<{ code: string }>(`/api/email-claims/${claim.id}/approve`, { version: claim.version });
    expect(byRecorder.status).toBe(409);
    expect(byRecorder.body.code).toBe('email_claims.four_eyes');
    const byReviewer = await secondLead.post<{ code: string; message: string }>(`/api/email-claims/${claim.id}/approve`, { version: claim.version });
    expect(byReviewer.body.code).toBe('email_claims.four_eyes');
    expect(byReviewer.body.message).toContain('reviewed');

    const thirdLead = await fresh(await signInAs((await server.factories.staffMember({ role: 'lead' })).email));
    const approved = await thirdLead.post<ClaimDetail>(`/api/email-claims/${claim.id}/approve`, { version: claim.version });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('approved');

    // The claim's history (what its page shows): each step, document decisions included, by whom.
    const filter = encodeURIComponent(JSON.stringify({ targetType: 'email_claim', targetId: String(claim.id) }));
    const history = await lead.get<{ action: string; actorId: number; details: { documentId?: number } }[]>(
      `/api/audit-log?filter=${filter}&sort=["id","ASC"]`,
    );
    expect(history.body.map((entry) => entry.action)).toEqual([
      'email_claims.record',
      ...Array<string>(3).fill('claim_documents.upload'),
      'email_claims.start_review',
      ...Array<string>(3).fill('email_claims.decide_document'),
      'email_claims.approve',
    ]);
    expect(history.body.filter((entry) => entry.details.documentId).map((entry) => entry.details.documentId)).toEqual(claim.documents.map((d) => d.id));
  });

  it('asks the lead to confirm who they are before approving, once the sign-in is no longer recent', async () => {
    const { claim } = await reviewedClaim();
    server.advanceClock(6 * 60_000);
    const response = await lead.post<{ code: string }>(`/api/email-claims/${claim.id}/approve`, { version: claim.version });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('auth.reauth_required');
    await fresh(lead);
    expect((await lead.post(`/api/email-claims/${claim.id}/approve`, { version: claim.version })).status).toBe(200);
  });

  it('lets exactly one of 50 simultaneous approvals through, with one audit entry', async () => {
    const { claim } = await reviewedClaim();
    const responses = await Promise.all(Array.from({ length: 50 }, () => lead.post(`/api/email-claims/${claim.id}/approve`, { version: claim.version })));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(49);
    expect(auditCount('email_claims.approve', claim.id)).toBe(1);
  });
});

describe('hold period, objection and applying', () => {
  it('tells the current addresses, holds for 72 hours, then replaces the e-mail like a promotion and writes the letter', async () => {
    const { customer, claim } = await reviewedClaim({ backupEmail: null, language: 'en' });
    const approved = (await lead.post<ClaimDetail>(`/api/email-claims/${claim.id}/approve`, { version: claim.version })).body;
    expect(Date.parse(approved.holdUntil ?? '') - Date.parse(approved.decidedAt ?? '')).toBe(72 * hour);
    const told = sqlite()
      .prepare("SELECT to_address AS toAddress FROM messages WHERE customer_id = ? AND template = 'claim-change-requested'")
      .all(customer.id);
    expect(told).toEqual([{ toAddress: customer.primaryEmail }]);

    const early = await agent.post<{ code: string }>(`/api/email-claims/${claim.id}/apply`, { version: approved.version });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('email_claims.on_hold');

    server.advanceClock(72 * hour + 1000);
    await signInEveryone();
    const applied = await agent.post<ClaimDetail>(`/api/email-claims/${claim.id}/apply`, { version: approved.version });
    expect(applied.status).toBe(200);
    expect(applied.body.state).toBe('applied');
    const account = sqlite()
      .prepare('SELECT primary_email AS p, backup_email AS b, new_backup_required AS r, version FROM customers WHERE id = ?')
      .get(customer.id);
    expect(account).toEqual({ p: 'nouvelle.adresse@example.fr', b: null, r: 1, version: customer.version + 1 });
    expect(
      sqlite().prepare("SELECT slot, old_value AS o, new_value AS n FROM email_history WHERE customer_id = ? AND cause = 'claim'").all(customer.id),
    ).toEqual([{ slot: 'primary', o: customer.primaryEmail, n: 'nouvelle.adresse@example.fr' }]);
    const sent = sqlite()
      .prepare("SELECT template, to_address AS toAddress FROM messages WHERE customer_id = ? AND cause_action = 'email_claims.apply' ORDER BY id")
      .all(customer.id);
    expect(sent).toEqual([
      { template: 'claim-applied', toAddress: 'nouvelle.adresse@example.fr' },
      { template: 'primary-replaced', toAddress: customer.primaryEmail },
    ]);

    await vi.waitFor(() => expect(sqlite().prepare('SELECT status FROM claim_letters WHERE claim_id = ?').pluck().get(claim.id)).toBe('rendered'));
    const detail = (await agent.get<ClaimDetail>(`/api/email-claims/${claim.id}`)).body;
    const letter = detail.letters[0];
    expect(letter).toMatchObject({ kind: 'claim_approved', locale: 'en', status: 'rendered' });
    const pdf = await fetch(`${server.baseUrl}/api/claim-letters/${letter?.id}/pdf`, { headers: { cookie: agent.cookie ?? '' } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('nouvelle.adresse@example.fr');
    expect(text).toContain('Łukasz Wróbel');
    expect(text).toContain(detail.reference);
  });

  it('sends an approved claim back to review when the account holder objects, with a fraud note', async () => {
    const { claim } = await reviewedClaim();
    const approved = (await lead.post<ClaimDetail>(`/api/email-claims/${claim.id}/approve`, { version: claim.version })).body;
    const objected = await agent.post<ClaimDetail>(`/api/email-claims/${claim.id}/object`, {
      fraudNote: 'Holder called: did not send this letter',
      ticketRef: 'TCK-2026-0999',
      version: approved.version,
    });
    expect(objected.status).toBe(200);
    expect(objected.body).toMatchObject({ state: 'in_review', holdUntil: null, fraudNote: 'Holder called: did not send this letter' });
    const apply = await agent.post<{ code: string }>(`/api/email-claims/${claim.id}/apply`, { version: objected.body.version });
    expect(apply.body.code).toBe('email_claims.wrong_state');
  });

  it('rejects with a reason and renders the letter listing what to send again', async () => {
    const customer = server.factories.customer({ language: 'fr', legalForm: 'association', organisation: 'Les Amis de Ďurica' });
    const claim = await recordFor(customer);
    await uploadDocuments(agent, claim.id, 'proof_of_address', [{ name: 'facture.pdf', bytes: samplePdf() }]);
    let detail = (await agent.post<ClaimDetail>(`/api/email-claims/${claim.id}/start-review`, { version: claim.version })).body;
    detail = (await agent.post<ClaimDetail>(`/api/claim-documents/${detail.documents[0]?.id}/decision`, { decision: 'reject', rejectionReason: 'too_old' }))
      .body;
    const rejected = await agent.post<ClaimDetail>(`/api/email-claims/${claim.id}/reject`, { rejectionReason: 'address_mismatch', version: detail.version });
    expect(rejected.status).toBe(200);
    await vi.waitFor(() => expect(sqlite().prepare('SELECT status FROM claim_letters WHERE claim_id = ?').pluck().get(claim.id)).toBe('rendered'));
    const pdf = await fetch(`${server.baseUrl}/api/claim-letters/${rejected.body.letters[0]?.id}/pdf`, { headers: { cookie: agent.cookie ?? '' } });
    const text = (await pdfText(Buffer.from(await pdf.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(text).toContain('l’adresse ne correspond pas à celle du compte');
    expect(text).toContain('le document date de plus de trois mois');
    expect(text).toContain('un extrait d’immatriculation de moins de trois mois');
    expect(text).toContain('Ørsted Allé 12');
  });
});

describe('the claims list', () => {
  it('filters by state, account, assignee and age, and highlights claims undecided for too long', async () => {
    const customer = server.factories.customer();
    const old = await recordFor(customer, { receivedOn: '2026-01-05', postmarkOn: '2026-01-02' });
    const list = await agent.get<{ id: number; undecidedTooLong: boolean; ageDays: number }[]>(
      `/api/email-claims?filter=${encodeURIComponent(JSON.stringify({ customerId: customer.id, state: 'received', receivedBefore: '2026-02-01' }))}`,
    );
    expect(list.status).toBe(200);
    expect(list.body.map((c) => c.id)).toEqual([old.id]);
    expect(list.body[0]?.undecidedTooLong).toBe(true);
    const mine = await agent.get<{ id: number }[]>(
      `/api/email-claims?filter=${encodeURIComponent(JSON.stringify({ assigneeId: old.recordedBy, customerId: customer.id }))}&sort=["receivedOn","ASC"]`,
    );
    expect(mine.body.map((c) => c.id)).toEqual([old.id]);
    const bad = await agent.get<{ code: string }>('/api/email-claims?sort=["senderName","ASC"]');
    expect(bad.status).toBe(400);
  });
});

describe('the customer page', () => {
  it('shows an open claim in the summary strip and lists the account’s claims', async () => {
    const customer = server.factories.customer();
    const claim = await recordFor(customer);
    const summary = await agent.get<{ items: { key: string; tone: string; message: string }[] }>(`/api/customers/${customer.id}/summary`);
    expect(summary.body.items.find((item) => item.key === 'openClaim')).toMatchObject({
      tone: 'warning',
      message: `Open e-mail-change claim ${claim.reference} (received)`,
    });
    const list = await agent.get<{ id: number }[]>(`/api/email-claims?filter=${encodeURIComponent(JSON.stringify({ customerId: customer.id }))}`);
    expect(list.body.map((c) => c.id)).toEqual([claim.id]);
  });
});

describe('the open-flag lock', () => {
  it('refuses to apply a claim while a high-severity flag is open; a lead overrides it with a reason, audited', async () => {
    const { customer, claim } = await reviewedClaim();
    const approved = (await lead.post<ClaimDetail>(`/api/email-claims/${claim.id}/approve`, { version: claim.version })).body;
    server.advanceClock(72 * hour + 1000);
    await signInEveryone();
    const flag = await agent.post<{ id: number }>('/api/flags', {
      customerId: customer.id,
      kind: 'unrecognised_change',
      severity: 'high',
      note: 'Holder called about a login they do not recognise',
      ticketRef: 'TCK-2026-1300',
    });
    expect(flag.status).toBe(201);
    // The claim's page names the lock and the flag, so the agent can open it.
    const shown = (await agent.get<ClaimDetail>(`/api/email-claims/${claim.id}`)).body;
    expect(shown.applyLocks).toHaveLength(1);
    expect(shown.applyLocks[0]).toMatchObject({ code: 'flags.open_high_severity', overridable: true, params: { flagId: flag.body.id } });
    const auditBefore = auditCount('email_claims.apply');
    const refused = await agent.post<{ code: string }>(`/api/email-claims/${claim.id}/apply`, { version: approved.version });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('flags.open_high_severity');
    // An agent's reason is not an override: only leads pass the lock. Nothing changed, nothing audited.
    const byAgent = await agent.post<{ code: string }>(`/api/email-claims/${claim.id}/apply`, {
      version: approved.version,
      overrideReason: 'The customer insists',
    });
    expect(byAgent.status).toBe(409);
    expect(byAgent.body.code).toBe('flags.open_high_severity');
    expect(auditCount('email_claims.apply')).toBe(auditBefore);
    expect((await agent.get<ClaimDetail>(`/api/email-claims/${claim.id}`)).body).toMatchObject({ state: 'approved', version: approved.version });
    const overridden = await lead.post<ClaimDetail>(`/api/email-claims/${claim.id}/apply`, {
      version: approved.version,
      overrideReason: 'Identity confirmed by video call with the ID document',
    });
    expect(overridden.status).toBe(200);
    const details = JSON.parse(
      String(sqlite().prepare("SELECT details FROM audit_log WHERE action = 'email_claims.apply' AND target_id = ?").pluck().get(String(claim.id))),
    ) as Record<string, unknown>;
    expect(details).toMatchObject({ overridden: ['flags.open_high_severity'], overrideReason: 'Identity confirmed by video call with the ID document' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardResponse, DashboardTile, TileLink } from '../server/modules/dashboard/dashboard.types.js';
import { ApiClient, signedInAs } from './support/api-client.js';
import { claimBody, sampleJpeg, samplePdf, samplePng, uploadDocuments, type ClaimDetail } from './support/claims.js';
import { startTestServer, type TestServer } from './support/test-app.js';

// The claims' and flags' home-dashboard tiles (SPEC §4.10): who sees which, what each counts, and
// that each count is exactly what its link's filtered list shows.

let server: TestServer;
let agent: ApiClient;
let lead: ApiClient;
let secondLead: ApiClient;
let compliance: ApiClient;
let secondLeadEmail: string;

async function signInEveryone() {
  [agent, lead, compliance] = await Promise.all([
    signedInAs(server.baseUrl, 'agent'),
    signedInAs(server.baseUrl, 'lead'),
    signedInAs(server.baseUrl, 'compliance'),
  ]);
  secondLead = new ApiClient(server.baseUrl);
  await secondLead.signIn(secondLeadEmail);
}

beforeAll(async () => {
  server = await startTestServer({ customers: 10 });
  secondLeadEmail = (await server.factories.staffMember({ role: 'lead' })).email;
  await signInEveryone();
});
afterAll(() => server.close());

async function tiles(client: ApiClient): Promise<Record<string, DashboardTile>> {
  const response = await client.get<DashboardResponse>('/api/dashboard');
  expect(response.status).toBe(200);
  return Object.fromEntries(response.body.tiles.map((tile) => [tile.id, tile]));
}

function countOf(tile: DashboardTile | undefined): number {
  if (tile?.kind !== 'count') throw new Error(`expected a count tile, got ${JSON.stringify(tile)}`);
  return tile.value;
}

/** The total the list shows for a tile's link (Content-Range), as the console opens it. */
async function listTotal(client: ApiClient, link: TileLink | undefined): Promise<number> {
  expect(link?.filter).toBeDefined();
  const response = await client.get(`/api/${link?.resource}?filter=${encodeURIComponent(JSON.stringify(link?.filter))}`);
  expect(response.status).toBe(200);
  return Number(response.headers.get('content-range')?.split('/')[1]);
}

async function recordClaim(by: ApiClient) {
  const customer = server.factories.customer({ legalForm: 'individual' });
  const response = await by.post<ClaimDetail>('/api/email-claims', claimBody({ claimedHandle: customer.nicHandle }));
  expect(response.status).toBe(201);
  return response.body;
}

/** A claim whose three documents `reviewer` accepted: ready for any other lead's approval. */
async function reviewedBy(reviewer: ApiClient) {
  let claim = await recordClaim(agent);
  for (const [kind, file] of [
    ['holder_id', { name: 'id.png', bytes: samplePng() }],
    ['proof_of_address', { name: 'facture.pdf', bytes: samplePdf() }],
    ['signed_form', { name: 'form.jpg', bytes: sampleJpeg() }],
  ] as const)
    expect((await uploadDocuments(agent, claim.id, kind, [file])).status).toBe(201);
  claim = (await reviewer.post<ClaimDetail>(`/api/email-claims/${claim.id}/start-review`, { version: claim.version })).body;
  for (const document of claim.documents)
    claim = (await reviewer.post<ClaimDetail>(`/api/claim-documents/${document.id}/decision`, { decision: 'accept' })).body;
  return claim;
}

describe('claims tiles', () => {
  it('counts the agent’s undecided claims and the claims awaiting documents, each as its list shows them', async () => {
    const before = await tiles(agent);
    const inReview = await recordClaim(agent);
    await agent.post(`/api/email-claims/${inReview.id}/start-review`, { version: inReview.version });
    const waiting = await recordClaim(agent);
    const started = (await agent.post<ClaimDetail>(`/api/email-claims/${waiting.id}/start-review`, { version: waiting.version })).body;
    const asked = await agent.post(`/api/email-claims/${waiting.id}/request-documents`, {
      version: started.version,
      reason: 'The proof of address is missing',
    });
    expect(asked.status).toBe(200);

    const after = await tiles(agent);
    expect(countOf(after['claims.mine_open'])).toBe(countOf(before['claims.mine_open']) + 2);
    expect(countOf(after['claims.awaiting_documents'])).toBe(countOf(before['claims.awaiting_documents']) + 1);
    for (const id of ['claims.mine_open', 'claims.awaiting_documents']) {
      const tile = after[id];
      expect(tile?.kind === 'count' && (await listTotal(agent, tile.link))).toBe(countOf(tile));
    }
    // Another agent's work is not "mine": the lead who reviewed nothing has no such tile either.
    expect((await tiles(lead))['claims.mine_open']).toBeUndefined();
  });

  it('shows a lead only the reviewed claims they may approve: not one they reviewed themselves', async () => {
    const byAgent = await reviewedBy(agent);
    const byLead = await reviewedBy(lead);
    expect(byAgent.state).toBe('in_review');
    // The same four-eyes rule as the approve button the lead sees on the claim.
    expect(byLead.actionBlockers.approve).toMatch(/You reviewed this claim/);

    const leadTile = (await tiles(lead))['claims.awaiting_my_approval'];
    const secondTile = (await tiles(secondLead))['claims.awaiting_my_approval'];
    // Both claims are ready; the lead who accepted one claim's documents may approve only the other.
    expect(countOf(secondTile) - countOf(leadTile)).toBe(1);
    expect(countOf(secondTile)).toBeGreaterThanOrEqual(2);
    // Each tile opens the list of exactly the claims it counts: that lead's own "ready for me" filter.
    const secondLeadId = (await secondLead.get<{ id: number }>('/api/auth/me')).body.id;
    expect(secondTile?.kind === 'count' && secondTile.link).toEqual({ resource: 'email-claims', filter: { readyForApprovalBy: secondLeadId } });
    for (const [client, tile] of [
      [lead, leadTile],
      [secondLead, secondTile],
    ] as const)
      expect(tile?.kind === 'count' && (await listTotal(client, tile.link))).toBe(countOf(tile));
    const readyForLead = await lead.get<{ id: number }[]>(
      `/api/email-claims?filter=${encodeURIComponent(JSON.stringify(leadTile?.kind === 'count' ? leadTile.link?.filter : {}))}&range=[0,499]`,
    );
    expect(readyForLead.body.map((claim) => claim.id)).toContain(byAgent.id);
    expect(readyForLead.body.map((claim) => claim.id)).not.toContain(byLead.id);
    expect((await tiles(agent))['claims.awaiting_my_approval']).toBeUndefined();
  });
});

describe('flags tiles', () => {
  it('counts the open flags an agent raised by hand, as the list filtered on them shows', async () => {
    const customer = server.factories.customer();
    const raised = await agent.post<{ id: number }>('/api/flags', {
      customerId: customer.id,
      kind: 'unrecognised_login_notification',
      severity: 'medium',
      note: 'Caller got a login notification from abroad',
      ticketRef: 'TCK-DASH-1',
    });
    expect(raised.status).toBe(201);
    const tile = (await tiles(agent))['flags.raised_by_me'];
    expect(countOf(tile)).toBe(1);
    expect(tile?.kind === 'count' && (await listTotal(agent, tile.link))).toBe(1);
    const listed = await agent.get<{ id: number }[]>(
      `/api/flags?filter=${encodeURIComponent(JSON.stringify(tile?.kind === 'count' ? tile.link?.filter : {}))}`,
    );
    expect(listed.body.map((flag) => flag.id)).toEqual([raised.body.id]);
    expect((await tiles(compliance))['flags.raised_by_me']).toBeUndefined();
  });

  it('gives the lead the open flags by severity and those waiting more than a week, each linking to its list', async () => {
    const customer = server.factories.customer();
    const high = {
      customerId: customer.id,
      kind: 'unrecognised_change',
      severity: 'high',
      note: 'The e-mail changed without the customer',
      ticketRef: 'TCK-DASH-2',
    };
    expect((await lead.post('/api/flags', high)).status).toBe(201);
    server.advanceClock(8 * 86_400_000);
    await signInEveryone();
    expect((await lead.post('/api/flags', { ...high, severity: 'low', ticketRef: 'TCK-DASH-3' })).status).toBe(201);

    const tile = (await tiles(lead))['flags.queue'];
    if (tile?.kind !== 'breakdown') throw new Error('expected a breakdown tile');
    const item = (key: string) => tile.items.find((entry) => entry.key === key);
    expect(tile.items.map((entry) => entry.key)).toEqual(['high', 'medium', 'low', 'stale']);
    expect(item('high')).toMatchObject({ value: 1, tone: 'alarm', labelKey: 'guichet.enums.flagSeverity.high' });
    expect(item('medium')?.value).toBe(1);
    expect(item('low')?.value).toBe(1);
    // Raised eight days ago by the server's clock: the high one and the agent's medium one.
    expect(item('stale')?.value).toBe(2);
    for (const entry of tile.items) expect(await listTotal(lead, entry.link)).toBe(entry.value);
    expect((await tiles(agent))['flags.queue']).toBeUndefined();
  });
});

import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardResponse } from '../server/modules/dashboard/dashboard.types.js';
import type { SummaryItem } from '../server/modules/customer-summary/customer-summary.js';
import { en as sharedEn } from '../admin-ui/src/i18n/en.js';
import { fr as sharedFr } from '../admin-ui/src/i18n/fr.js';
import { ApiClient, signedInAs } from './support/api-client.js';
import { claimBody } from './support/claims.js';
import { startTestServer, type TestServer } from './support/test-app.js';

// The console's labels in both languages: every English label has its French one (with the same
// parameters), and the label keys the server sends (dashboard tiles, summary strip) exist in both.

type Catalogue = Record<string, unknown>;
const root = join(import.meta.dirname, '..', 'admin-ui', 'src');

function i18nFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return i18nFiles(path);
    return name === 'i18n.ts' ? [path] : [];
  });
}

/** `a.b.c` → label, for every leaf. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else if (value && typeof value === 'object') for (const [leaf, text] of flatten(value as Catalogue, path)) leaves.set(leaf, text);
  }
  return leaves;
}

const parameters = (label: string) => [...label.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();

let catalogues: { name: string; en: Map<string, string>; fr: Map<string, string> }[];
const merged = { en: new Map<string, string>(), fr: new Map<string, string>() };

beforeAll(async () => {
  const modules = await Promise.all(
    i18nFiles(join(root, 'resources')).map(async (path) => ({ name: relative(root, path), module: (await import(path)) as { en: Catalogue; fr: Catalogue } })),
  );
  catalogues = [
    { name: 'i18n/en.ts + fr.ts', en: flatten(sharedEn), fr: flatten(sharedFr) },
    ...modules.map(({ name, module }) => ({ name, en: flatten(module.en), fr: flatten(module.fr) })),
  ];
  for (const catalogue of catalogues) {
    for (const [key, label] of catalogue.en) merged.en.set(key, label);
    for (const [key, label] of catalogue.fr) merged.fr.set(key, label);
  }
});

describe('labels in English and French', () => {
  it('has a French label, with the same parameters, for every English one (and no French label without English)', () => {
    expect(catalogues.length).toBeGreaterThan(5);
    for (const { name, en, fr } of catalogues) {
      expect(
        [...en.keys()].filter((key) => !fr.has(key)),
        `${name}: English labels without French`,
      ).toEqual([]);
      expect(
        [...fr.keys()].filter((key) => !en.has(key)),
        `${name}: French labels without English`,
      ).toEqual([]);
      const mismatched = [...en].filter(([key, label]) => parameters(label).join() !== parameters(fr.get(key) ?? '').join()).map(([key]) => key);
      expect(mismatched, `${name}: labels whose parameters differ between the languages`).toEqual([]);
    }
  });
});

describe('labels the server names', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ customers: 5 });
  });
  afterAll(() => server.close());

  const expectLabelled = (key: string) => {
    expect(merged.en.get(key), `English label ${key}`).toBeTypeOf('string');
    expect(merged.fr.get(key), `French label ${key}`).toBeTypeOf('string');
  };

  it('labels every dashboard tile each role sees, in both languages', async () => {
    const keys = new Set<string>();
    for (const role of ['agent', 'lead', 'compliance', 'admin'] as const) {
      const client = await signedInAs(server.baseUrl, role);
      const { body } = await client.get<DashboardResponse>('/api/dashboard');
      for (const tile of body.tiles) {
        keys.add(`guichet.dashboard.tiles.${tile.id}.title`);
        if (tile.kind === 'count' && tile.secondary) keys.add(tile.secondary.labelKey);
        if (tile.kind === 'breakdown') for (const item of tile.items) keys.add(item.labelKey);
        if (tile.kind === 'status') keys.add(tile.labelKey);
      }
    }
    expect(keys).toContain('guichet.dashboard.tiles.claims.awaiting_my_approval.title');
    expect(keys).toContain('guichet.dashboard.tiles.flags.raised_by_me.title');
    for (const key of keys) expectLabelled(key);
  });

  it('labels the open claim and open flag of the summary strip, and the claim state it quotes', async () => {
    const agent: ApiClient = await signedInAs(server.baseUrl, 'agent');
    const customer = server.factories.customer();
    expect((await agent.post('/api/email-claims', claimBody({ claimedHandle: customer.nicHandle }))).status).toBe(201);
    const flag = { customerId: customer.id, kind: 'other', severity: 'low', note: 'Odd call about the account', ticketRef: 'TCK-LBL-1' };
    expect((await agent.post('/api/flags', flag)).status).toBe(201);
    const { body } = await agent.get<{ items: SummaryItem[] }>(`/api/customers/${customer.id}/summary`);
    const items = body.items.filter((item) => item.key === 'openClaim' || item.key === 'flags');
    expect(items.map((item) => item.code).sort()).toEqual(['openClaim', 'open_flags']);
    for (const item of items) {
      expectLabelled(`guichet.summary.${item.code}`);
      for (const value of Object.values(item.values))
        if (typeof value === 'object' && 'enum' in value) for (const entry of value.values) expectLabelled(`guichet.enums.${value.enum}.${entry}`);
    }
  });

  it('labels the GDPR request item of the summary strip and the right it quotes', async () => {
    const agent: ApiClient = await signedInAs(server.baseUrl, 'agent');
    const customer = server.factories.customer();
    const intake = { right: 'erasure', channel: 'post', receivedOn: '2026-01-05', requesterName: 'Camille Martin', requesterAddress: '1 rue X' };
    expect((await agent.post('/api/gdpr-requests', { ...intake, customerId: customer.id, ticketRef: 'TCK-LBL-2' })).status).toBe(201);
    const { body } = await agent.get<{ items: SummaryItem[] }>(`/api/customers/${customer.id}/summary`);
    const item = body.items.find((candidate) => candidate.key === 'gdprRequest');
    expect(item?.code).toBe('gdprRequestOverdue');
    expectLabelled(`guichet.summary.${item!.code}`);
    for (const value of Object.values(item!.values))
      if (typeof value === 'object' && 'enum' in value) for (const entry of value.values) expectLabelled(`guichet.enums.${value.enum}.${entry}`);
  });
});

import type Database from 'better-sqlite3';
import { capabilityScenarios } from './scenarios-capabilities.js';
import type { Role } from './sign-in.js';

// What an agent's day asks of the server, at a million customers. Each scenario cycles through
// several real inputs (20 customers spread over the id range), so no single cached page or hot
// index leaf flatters the figures.

export type ScenarioKind = 'search' | 'list' | 'deep' | 'page' | 'audit' | 'quick-find' | 'claims' | 'flags' | 'audit-filter';

export interface Scenario {
  name: string;
  kind: ScenarioKind;
  what: string;
  role: Role;
  paths: string[];
  /** Requests per page view (the customer page): view times are reported too. */
  sequence?: number;
}

interface Sample {
  id: number;
  nicHandle: string;
  customerCode: string;
  primaryEmail: string;
  lastName: string;
  firstName: string;
}

const samples = 20;
const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const customersUrl = (filter: Record<string, unknown>, start = 0, sort: [string, string] = ['id', 'DESC']) =>
  `/api/customers?filter=${json(filter)}&range=${json([start, start + 24])}&sort=${json(sort)}`;

/** The filters of the list scenarios (page 1 and deep page alike). */
export const listFilters: Array<Record<string, unknown>> = [
  {},
  { state: 'active' },
  { state: 'suspended' },
  { country: 'DE' },
  { legalForm: 'company' },
  { hasBackupEmail: false },
];

function pickSamples(sqlite: Database.Database): Sample[] {
  const maxId = sqlite.prepare<[], number>('SELECT max(id) FROM customers').pluck().get() ?? 0;
  const byId = sqlite.prepare<[number], Sample>(
    'SELECT id, nic_handle AS nicHandle, customer_code AS customerCode, primary_email AS primaryEmail, last_name AS lastName, first_name AS firstName FROM customers WHERE id >= ? ORDER BY id LIMIT 1',
  );
  return Array.from({ length: samples }, (_, n) => byId.get(Math.floor(((n + 0.5) * maxId) / samples)) as Sample);
}

/** How many rows a list filter selects (customer_counts), to aim the deep page at 90 % of it. */
function totalOf(sqlite: Database.Database, filter: Record<string, unknown>): number {
  const columns: Record<string, string> = { state: 'state', country: 'country', legalForm: 'legal_form' };
  const parts = Object.entries(filter).map(([name, value]) =>
    name === 'hasBackupEmail' ? `has_backup_email = ${value ? 1 : 0}` : `${columns[name]} = '${String(value)}'`,
  );
  return (
    sqlite
      .prepare<[], number>(`SELECT coalesce(sum(n), 0) FROM customer_counts${parts.length ? ` WHERE ${parts.join(' AND ')}` : ''}`)
      .pluck()
      .get() ?? 0
  );
}

export function buildScenarios(sqlite: Database.Database): Scenario[] {
  const people = pickSamples(sqlite);
  const code = (digits: string) => `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
  const tabs = (id: number) => [
    `/api/customers/${id}`,
    `/api/services?filter=${json({ customerId: id })}&range=[0,24]&sort=${json(['id', 'ASC'])}`,
    `/api/customer-users?filter=${json({ customerId: id })}&range=[0,24]&sort=${json(['id', 'ASC'])}`,
    `/api/invoices?filter=${json({ customerId: id })}&range=[0,24]&sort=${json(['issuedAt', 'DESC'])}`,
    `/api/orders?filter=${json({ customerId: id })}&range=[0,24]&sort=${json(['createdAt', 'DESC'])}`,
    `/api/login-events?filter=${json({ customerId: id })}&range=[0,24]&sort=${json(['occurredAt', 'DESC'])}`,
    `/api/email-history?filter=${json({ customerId: id })}&range=[0,24]&sort=${json(['id', 'DESC'])}`,
    `/api/messages?filter=${json({ customerId: id })}&range=[0,24]&sort=${json(['id', 'DESC'])}`,
  ];
  return [
    {
      name: 'exact handle',
      kind: 'search',
      role: 'agent',
      what: 'search box, `XX123456` typed without -ovh',
      paths: people.map((p) => customersUrl({ q: p.nicHandle.replace('-ovh', '').toUpperCase() })),
    },
    {
      name: 'exact code',
      kind: 'search',
      role: 'agent',
      what: 'search box, `1234-56-78`',
      paths: people.map((p) => customersUrl({ q: code(p.customerCode) })),
    },
    {
      name: 'e-mail prefix',
      kind: 'search',
      role: 'agent',
      what: 'search box, `jean.dupont@`',
      paths: people.map((p) => customersUrl({ q: p.primaryEmail.slice(0, p.primaryEmail.indexOf('@') + 1) })),
    },
    {
      name: 'name prefix',
      kind: 'search',
      role: 'agent',
      what: 'search box, first 4 letters of a last name as written (`Lefè`)',
      paths: people.map((p) => customersUrl({ q: p.lastName.slice(0, 4) })),
    },
    {
      name: 'full name',
      kind: 'search',
      role: 'agent',
      what: 'search box, first and last name as written (`Hélène Lefèvre`), every other one last name first (`Lefèvre Hélène`)',
      paths: people.map((p, n) => customersUrl({ q: n % 2 === 0 ? `${p.firstName} ${p.lastName}` : `${p.lastName} ${p.firstName}` })),
    },
    {
      name: '2-letter prefix',
      kind: 'search',
      role: 'agent',
      what: 'search box, `du` (thousands of matches: total counted to 100, results capped at 500)',
      paths: people.map((p) => customersUrl({ q: p.lastName.slice(0, 2).toLowerCase() })),
    },
    {
      name: 'quick-find',
      kind: 'quick-find',
      role: 'agent',
      what: 'GET /api/customers/find-exact, handle typed without -ovh',
      paths: people.map((p) => `/api/customers/find-exact?q=${encodeURIComponent(p.nicHandle.replace('-ovh', ''))}`),
    },
    {
      name: 'list page 1 + total',
      kind: 'list',
      role: 'agent',
      what: 'customer list sorted by id, 6 filters in turn (none, active, suspended, DE, company, no backup)',
      paths: listFilters.map((f) => customersUrl(f)),
    },
    {
      name: 'deep page',
      kind: 'deep',
      role: 'agent',
      what: 'same 6 lists at 90 % of their length (offset 900,000 without filter)',
      paths: listFilters.map((f) => customersUrl(f, Math.floor((totalOf(sqlite, f) * 0.9) / 25) * 25)),
    },
    {
      name: 'customer page',
      kind: 'page',
      role: 'agent',
      what: 'getOne + first page of its 7 tabs, 20 customers',
      paths: people.flatMap((p) => tabs(p.id)),
      sequence: 8,
    },
    {
      name: 'audit newest first',
      kind: 'audit',
      role: 'lead',
      what: 'GET /api/audit-log page 1, id DESC, over the whole log',
      paths: ['/api/audit-log?range=[0,24]&sort=["id","DESC"]'],
    },
    ...capabilityScenarios(sqlite),
  ];
}

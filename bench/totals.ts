import type { Database_ } from '../db/client.js';
import { createCustomersRepository } from '../server/modules/customers/customers.repository.js';
import type { SortFieldOf } from '../server/http/list-query.js';
import type { CustomerListFilter, customerListContract } from '../server/modules/customers/customers.schemas.js';

// What a plain exact COUNT(*) (and a plain OFFSET) would cost at this size, next to what the
// list actually does for the same request: the measurements behind docs/SEARCH.md's choices.

export interface CountCost {
  filter: string;
  exactCountUs: number;
  exactCount: number;
  listUs: number;
  listTotal: number;
  capped: boolean;
}

export interface OffsetCost {
  what: string;
  plainUs: number;
  listUs: number;
}

function time(run: () => unknown, budgetMs = 400): number {
  run();
  const started = process.hrtime.bigint();
  let runs = 0;
  do {
    run();
    runs += 1;
  } while (Number(process.hrtime.bigint() - started) < budgetMs * 1e6 && runs < 2_000);
  return Number(process.hrtime.bigint() - started) / 1e3 / runs;
}

const cases: Array<{ label: string; filter: CustomerListFilter; exact: string }> = [
  { label: 'none', filter: {}, exact: 'SELECT count(*) FROM customers' },
  { label: 'state = active', filter: { state: 'active' }, exact: "SELECT count(*) FROM customers WHERE state = 'active'" },
  { label: 'state = suspended', filter: { state: 'suspended' }, exact: "SELECT count(*) FROM customers WHERE state = 'suspended'" },
  { label: 'country = FR', filter: { country: 'FR' }, exact: "SELECT count(*) FROM customers WHERE country = 'FR'" },
  { label: 'legal form = company', filter: { legalForm: 'company' }, exact: "SELECT count(*) FROM customers WHERE legal_form = 'company'" },
  { label: 'has backup e-mail', filter: { hasBackupEmail: true }, exact: 'SELECT count(*) FROM customers WHERE backup_email IS NOT NULL' },
  {
    label: 'active in FR with a backup',
    filter: { state: 'active', country: 'FR', hasBackupEmail: true },
    exact: "SELECT count(*) FROM customers WHERE state = 'active' AND country = 'FR' AND backup_email IS NOT NULL",
  },
  { label: 'has unpaid invoice', filter: { hasUnpaidInvoice: true }, exact: "SELECT count(DISTINCT customer_id) FROM invoices WHERE status = 'unpaid'" },
  {
    label: 'created in 2020',
    filter: { createdAt_gte: '2020-01-01', createdAt_lte: '2020-12-31' },
    exact: "SELECT count(*) FROM customers WHERE created_at >= '2020-01-01' AND created_at < '2021'",
  },
];

export function measureCountCosts(database: Database_): { counts: CountCost[]; offsets: OffsetCost[] } {
  const repository = createCustomersRepository(database);
  const list = (filter: CustomerListFilter, offset = 0, field: SortFieldOf<typeof customerListContract> = 'id') =>
    repository.list({ filter, sort: { field, order: 'desc' }, offset, limit: 25 });
  const counts = cases.map(({ label, filter, exact }) => {
    const statement = database.sqlite.prepare<[], number>(exact).pluck();
    const page = list(filter);
    return {
      filter: label,
      exactCountUs: time(() => statement.get(), 1_500),
      exactCount: statement.get() ?? 0,
      listUs: time(() => list(filter)),
      listTotal: page.total,
      capped: page.totalIsCapped,
    };
  });
  const customers = database.sqlite.prepare<[], number>('SELECT count(*) FROM customers').pluck().get() ?? 0;
  const deep = Math.floor((customers * 0.9) / 25) * 25;
  const plain = (order: string) => database.sqlite.prepare(`SELECT * FROM customers ORDER BY ${order} LIMIT 25 OFFSET ${deep}`);
  const byId = plain('id DESC');
  const byDate = plain('created_at DESC, id DESC');
  const firstPage = database.sqlite.prepare('SELECT * FROM customers ORDER BY id DESC LIMIT 25');
  const offsets: OffsetCost[] = [
    { what: 'sorted by id, page 1 (for comparison)', plainUs: time(() => firstPage.all()), listUs: time(() => list({})) },
    { what: `sorted by id, OFFSET ${deep.toLocaleString('en')}`, plainUs: time(() => byId.all(), 1_500), listUs: time(() => list({}, deep)) },
    {
      what: `sorted by creation date, OFFSET ${deep.toLocaleString('en')}`,
      plainUs: time(() => byDate.all(), 1_500),
      listUs: time(() => list({}, deep, 'createdAt'), 1_500),
    },
  ];
  return { counts, offsets };
}

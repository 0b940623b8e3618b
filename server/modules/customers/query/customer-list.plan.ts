import type { SortFieldOf } from '../../../http/list-query.js';
import type { CustomerListFilter, customerListContract } from '../customers.schemas.js';

// How a customer list page is read: which index drives the scan, whether rows are sorted after
// reading, and how the total is counted. SQLite has no statistics here and, left alone, answers
// `state = 'active' ORDER BY created_at` by sorting 930,000 rows (450 ms). These rules choose
// from exact counts (customer_counts) instead. Pure, so their table of cases is unit-tested.

export type CustomerFilter = CustomerListFilter & { id?: number[] };
export type SortField = SortFieldOf<typeof customerListContract>;
export type SortOrder = 'asc' | 'desc';

/** Filters whose combinations customer_counts counts exactly. */
export const countedFilters = ['state', 'country', 'legalForm', 'hasBackupEmail'] as const;
export type CountedFilter = (typeof countedFilters)[number];

/** A date range is counted up to this many rows to estimate it; beyond, it is "large". */
export const createdEstimateCap = 5_000;
/** From this offset on, a page whose filters its driving index covers is read ids first (index only). */
export const idsFirstFromOffset = 1_000;

/**
 * - `sort`: walk the sort column's index (the rowid for id) in order, check the filters per row;
 * - a filter name: that filter's index drives (alone it reads the fewest rows);
 * - `hasUnpaidInvoice`: walk unpaid invoices by customer id (index (status, customer_id));
 * - `newBackupRequired`: its partial index, which holds only those few accounts (in id order);
 * - `id`: the ids of a getMany.
 */
export type Driver = 'sort' | 'id' | 'hasUnpaidInvoice' | 'newBackupRequired' | CountedFilter | 'createdAt';
export type TotalStrategy = 'counted' | 'capped' | 'ids';

export interface PlanInput {
  filter: CustomerFilter;
  sort: { field: SortField; order: SortOrder };
  offset: number;
  limit: number;
  /** All customers (customer_counts). */
  customers: number;
  /** Exact matches of the counted filters together; null when none is set. */
  countedMatches: number | null;
  /** Exact matches of each counted filter alone. */
  matchesByFilter: Partial<Record<CountedFilter, number>>;
  /** Rows in the created_at range, counted up to `createdEstimateCap + 1`; null without a date filter. */
  createdMatches: number | null;
}

export interface ListPlan {
  driver: Driver;
  /** The driver's index does not give the requested order: the matches are read, then sorted. */
  sortInMemory: boolean;
  total: TotalStrategy;
  /** Sorted by id under counted filters only: deep pages jump through customer_id_buckets. */
  canUseIdBuckets: boolean;
}

const isSet = (filter: CustomerFilter, name: keyof CustomerFilter) => filter[name] !== undefined;
const hasDateRange = (filter: CustomerFilter) => isSet(filter, 'createdAt_gte') || isSet(filter, 'createdAt_lte');

/** Filters whose index, used as driver, already yields the requested order. */
function orderYielding(filter: CustomerFilter, sort: SortField): Driver[] {
  if (sort === 'id') {
    const equalities = (['state', 'country', 'legalForm'] as const).filter((name) => isSet(filter, name));
    // `backup_email IS NULL` is an equality on index (backup_email, rowid); IS NOT NULL is a range.
    return [...equalities, ...(filter.hasBackupEmail === false ? (['hasBackupEmail'] as const) : [])];
  }
  if (sort === 'state' || sort === 'country') return isSet(filter, sort) ? [sort] : [];
  if (sort === 'createdAt') return hasDateRange(filter) ? ['createdAt'] : [];
  return [];
}

/** Rows a driver's index holds for this filter; undefined when unknown (assumed large). */
function rowsOf(driver: Driver, input: PlanInput): number | undefined {
  if (driver === 'createdAt') return input.createdMatches !== null && input.createdMatches <= createdEstimateCap ? input.createdMatches : undefined;
  if ((countedFilters as readonly string[]).includes(driver)) return input.matchesByFilter[driver as CountedFilter];
  return undefined;
}

function fewest(drivers: Driver[], input: PlanInput): { driver: Driver; rows: number } | null {
  let best: { driver: Driver; rows: number } | null = null;
  for (const driver of drivers) {
    const rows = rowsOf(driver, input) ?? input.customers;
    if (!best || rows < best.rows) best = { driver, rows };
  }
  return best;
}

// Unpaid customers are a few percent of all: their invoice index beats an equality index
// unless that one is already this small.
const unpaidDriverBelow = 100_000;

function chooseDriver(input: PlanInput): Pick<ListPlan, 'driver' | 'sortInMemory'> {
  const { filter, sort } = input;
  if (filter.id) return { driver: 'id', sortInMemory: true };
  // Accounts awaiting a new backup are a handful (each one an agent's promotion or an approved claim):
  // read them all from their partial index, sorted after unless the order is the index's own (id).
  if (filter.newBackupRequired === true) return { driver: 'newBackupRequired', sortInMemory: sort.field !== 'id' };
  const ordered = fewest(orderYielding(filter, sort.field), input);
  if (sort.field === 'id' && filter.hasUnpaidInvoice === true && (!ordered || ordered.rows >= unpaidDriverBelow)) {
    return { driver: 'hasUnpaidInvoice', sortInMemory: false };
  }
  if (ordered) return { driver: ordered.driver, sortInMemory: false };

  // Either walk the sort index until the page is full, or read every match of the most
  // selective filter and sort them: compare the rows each reads.
  const known = [input.countedMatches, rowsOf('createdAt', input)].filter((n): n is number => n !== null && n !== undefined);
  const matches = Math.max(1, Math.min(input.customers, ...known));
  const walkRows = ((input.offset + input.limit) * input.customers) / matches;
  // `backup_email IS NOT NULL` is no driver: SQLite will not walk the whole index range for it.
  const indexable = countedFilters.filter((name) => isSet(filter, name) && !(name === 'hasBackupEmail' && filter.hasBackupEmail));
  const candidates: Driver[] = [...indexable, ...(hasDateRange(filter) ? (['createdAt'] as const) : [])];
  const best = fewest(candidates, input);
  if (best && best.rows < walkRows) return { driver: best.driver, sortInMemory: true };
  return { driver: 'sort', sortInMemory: false };
}

export function planCustomerList(input: PlanInput): ListPlan {
  const { filter, sort } = input;
  const setFilters = (Object.keys(filter) as (keyof CustomerFilter)[]).filter((name) => isSet(filter, name));
  const onlyCounted = setFilters.every((name) => (countedFilters as readonly string[]).includes(name));
  const { driver, sortInMemory } = chooseDriver(input);
  return {
    driver,
    sortInMemory,
    total: filter.id ? 'ids' : onlyCounted ? 'counted' : 'capped',
    canUseIdBuckets: sort.field === 'id' && onlyCounted && !sortInMemory,
  };
}

/**
 * The index a capped count walks (no ORDER BY to honour): the date range, then the unpaid
 * invoices, then the most selective counted filter, else the table in rowid order.
 */
export function countDriver(input: Pick<PlanInput, 'filter' | 'matchesByFilter'>): Driver {
  const { filter } = input;
  if (filter.id) return 'id';
  if (filter.newBackupRequired === true) return 'newBackupRequired';
  if (hasDateRange(filter)) return 'createdAt';
  if (filter.hasUnpaidInvoice === true) return 'hasUnpaidInvoice';
  const counted = countedFilters.filter((name) => isSet(filter, name));
  if (counted.length === 0) return 'sort';
  return counted.reduce((best, name) => ((input.matchesByFilter[name] ?? Infinity) < (input.matchesByFilter[best] ?? Infinity) ? name : best));
}

const filterDriver: Record<Exclude<keyof CustomerFilter, 'q'>, Driver> = {
  id: 'id',
  state: 'state',
  country: 'country',
  legalForm: 'legalForm',
  hasBackupEmail: 'hasBackupEmail',
  createdAt_gte: 'createdAt',
  createdAt_lte: 'createdAt',
  hasUnpaidInvoice: 'hasUnpaidInvoice',
  newBackupRequired: 'newBackupRequired',
};

/**
 * Deep OFFSETs step over index entries only when nothing but the driving index is needed to
 * decide which rows to skip: no filter, or only the driver's own. OFFSET 900,000 by creation
 * date: ~110 ms when the page's select list (its unpaid EXISTS) makes SQLite read each skipped
 * row, ~11 ms reading the index alone.
 */
export function readsIdsFirst(plan: ListPlan, filter: CustomerFilter, offset: number): boolean {
  if (offset < idsFirstFromOffset || plan.sortInMemory || plan.driver === 'hasUnpaidInvoice' || plan.driver === 'id') return false;
  return (Object.keys(filter) as (keyof typeof filterDriver)[]).every((name) => filter[name] === undefined || filterDriver[name] === plan.driver);
}

/**
 * Where the row at `offset` of the id order lies: the bucket holding it and how many of its
 * matching rows come before it. `buckets` are [bucket, rows] in walking order.
 */
export function locateInBuckets(buckets: ReadonlyArray<readonly [bucket: number, rows: number]>, offset: number): { bucket: number; skip: number } | null {
  let before = 0;
  for (const [bucket, rows] of buckets) {
    if (before + rows > offset) return { bucket, skip: offset - before };
    before += rows;
  }
  return null;
}

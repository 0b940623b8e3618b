import { countedFilters, type CountedFilter, type CustomerFilter, type Driver, type SortField, type SortOrder } from './customer-list.plan.js';
import { elsewhere, filterMap, sortMap } from '../../../http/list-query.js';
import { customerListContract } from '../customers.schemas.js';
import { customerSelectList, unpaidInvoiceSql } from './customer-row.js';
import { nameSortKeyExpression } from './search-keys.js';

// SQL text for the customer list, assembled from the fixed fragments below; every value the
// user sent is a named parameter (listParams). One text per shape, prepared once (statement cache).

const sortColumns = sortMap(customerListContract, {
  id: 'c.id',
  nicHandle: 'c.nic_handle',
  lastName: 'c.last_name_key',
  name: nameSortKeyExpression,
  createdAt: 'c.created_at',
  country: 'c.country',
  state: 'c.state',
});

export const sortColumn = (field: SortField) => sortColumns[field];

/** The filters' values as named parameters (booleans as 0/1, ids as a JSON array). */
export function listParams(filter: CustomerFilter, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    state: filter.state ?? null,
    country: filter.country ?? null,
    legalForm: filter.legalForm ?? null,
    hasBackupEmail: filter.hasBackupEmail === undefined ? null : Number(filter.hasBackupEmail),
    // Canonical UTC instants (http/list-query.ts filterSince/filterUntil), comparable as text.
    createdFrom: filter.createdAt_gte ?? null,
    createdTo: filter.createdAt_lte ?? null,
    ids: filter.id ? JSON.stringify(filter.id) : null,
    ...extra,
  };
}

/**
 * The filters as conditions on `customers c`. Only the driver's condition may use its index; the
 * others get SQLite's unary `+`, which keeps their index out of the plan (they are then checked
 * on each row the driver yields). `driver: null` marks them all so (rows come from elsewhere).
 */
export function whereConditions(filter: CustomerFilter, driver: Driver | null): string[] {
  const on = (name: Driver, column: string) => `${driver === name ? '' : '+'}${column}`;
  const parts: string[] = [];
  if (filter.id) parts.push(`${on('id', 'c.id')} IN (SELECT value FROM json_each(@ids))`);
  for (const condition of filterConditions(filter)) {
    const part = condition(on, driver);
    if (part) parts.push(part);
  }
  return parts;
}

type On = (name: Driver, column: string) => string;
/** Each filter's condition (its value is a named parameter, listParams), given how the driver reads. */
const filterConditions = filterMap(customerListContract, {
  q: elsewhere, // the search (customer-search.ts) answers it, with these conditions on its matches
  state: () => (on: On) => `${on('state', 'c.state')} = @state`,
  country: () => (on: On) => `${on('country', 'c.country')} = @country`,
  legalForm: () => (on: On) => `${on('legalForm', 'c.legal_form')} = @legalForm`,
  hasBackupEmail: (has) => (on: On) => `${on('hasBackupEmail', 'c.backup_email')} IS ${has ? 'NOT NULL' : 'NULL'}`,
  createdAt_gte: () => (on: On) => `${on('createdAt', 'c.created_at')} >= @createdFrom`,
  createdAt_lte: () => (on: On) => `${on('createdAt', 'c.created_at')} <= @createdTo`,
  // Literals, not parameters: SQLite uses a partial index only when it can see the WHERE implies it.
  newBackupRequired: (required) => (on: On) => `${on('newBackupRequired', 'c.new_backup_required')} = ${required ? 1 : 0}`,
  // The unpaid driver reads unpaid invoices already; otherwise each row is probed (index (status, customer_id)).
  hasUnpaidInvoice: (unpaid) => (_on: On, driver: Driver | null) =>
    unpaid ? (driver === 'hasUnpaidInvoice' ? undefined : unpaidInvoiceSql) : `NOT ${unpaidInvoiceSql}`,
});

const whereClause = (parts: string[]) => (parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '');

/** The customers walked in customer-id order through unpaid invoices (index (status, customer_id)). */
const unpaidSource = 'invoices i CROSS JOIN customers c ON c.id = i.customer_id';
const unpaidCondition = "i.status = 'unpaid'";

function orderClause(sort: { field: SortField; order: SortOrder }, sortInMemory: boolean): string {
  const direction = sort.order === 'asc' ? 'ASC' : 'DESC';
  // `+column` is an expression, not the column: no index can yield it, so the rows are sorted.
  const term = (column: string) => `${sortInMemory ? '+' : ''}${column} ${direction}`;
  return sort.field === 'id' ? term('c.id') : `${term(sortColumn(sort.field))}, ${term('c.id')}`;
}

export interface PageShape {
  filter: CustomerFilter;
  sort: { field: SortField; order: SortOrder };
  driver: Driver;
  sortInMemory: boolean;
  limit: number;
  /** Keyset from customer_id_buckets: `c.id < @idBound` (descending) or `c.id >= @idBound` (ascending). */
  idBound: boolean;
  /** Skip through the index alone, then read the page's rows by id (readsIdsFirst). */
  idsFirst: boolean;
}

export function pageSql({ filter, sort, driver, sortInMemory, limit, idBound, idsFirst }: PageShape): string {
  const conditions = whereConditions(filter, driver);
  if (idBound) conditions.push(sort.order === 'asc' ? 'c.id >= @idBound' : 'c.id < @idBound');
  const page = ` LIMIT ${limit} OFFSET @offset`;
  if (driver === 'hasUnpaidInvoice') {
    const direction = sort.order === 'asc' ? 'ASC' : 'DESC';
    return `SELECT ${customerSelectList} FROM ${unpaidSource}${whereClause([unpaidCondition, ...conditions])} GROUP BY i.customer_id ORDER BY i.customer_id ${direction}${page}`;
  }
  const order = orderClause(sort, sortInMemory);
  if (idsFirst) {
    const ids = `SELECT c.id FROM customers c${whereClause(conditions)} ORDER BY ${order}${page}`;
    return `SELECT ${customerSelectList} FROM (${ids}) p CROSS JOIN customers c ON c.id = p.id ORDER BY ${order}`;
  }
  return `SELECT ${customerSelectList} FROM customers c${whereClause(conditions)} ORDER BY ${order}${page}`;
}

/** Matching rows up to `cap` (a literal): no ORDER BY, the cheapest driver, stops at the cap. */
export function cappedCountSql(filter: CustomerFilter, driver: Driver, cap: number): string {
  const conditions = whereConditions(filter, driver);
  // Unpaid alone is counted on the invoice index without reading a single customer row.
  const unpaidRows = conditions.length > 0 ? `${unpaidSource}${whereClause([unpaidCondition, ...conditions])}` : `invoices i WHERE ${unpaidCondition}`;
  const rows = driver === 'hasUnpaidInvoice' ? `SELECT 1 FROM ${unpaidRows} GROUP BY i.customer_id` : `SELECT 1 FROM customers c${whereClause(conditions)}`;
  return `SELECT count(*) AS n FROM (${rows} LIMIT ${cap})`;
}

const countedColumns: Record<CountedFilter, string> = {
  state: 'state = @state',
  country: 'country = @country',
  legalForm: 'legal_form = @legalForm',
  hasBackupEmail: 'has_backup_email = @hasBackupEmail',
};

/** All customers, the counted filters' matches together and each alone: one pass over ~200 rows. */
export function countsSql(filter: CustomerFilter): string {
  const set = countedFilters.filter((name) => filter[name] !== undefined);
  const together = set.length > 0 ? `coalesce(sum(n) FILTER (WHERE ${set.map((name) => countedColumns[name]).join(' AND ')}), 0)` : 'NULL';
  const alone = set.map((name) => `, coalesce(sum(n) FILTER (WHERE ${countedColumns[name]}), 0) AS ${name}`).join('');
  return `SELECT coalesce(sum(n), 0) AS customers, ${together} AS counted${alone} FROM customer_counts`;
}

/** The date range's size, counted up to `cap` index entries (covering index, no row read). */
export function createdEstimateSql(filter: CustomerFilter, cap: number): string {
  const parts: string[] = [];
  if (filter.createdAt_gte !== undefined) parts.push('c.created_at >= @createdFrom');
  if (filter.createdAt_lte !== undefined) parts.push('c.created_at <= @createdTo');
  return `SELECT count(*) AS n FROM (SELECT 1 FROM customers c${whereClause(parts)} LIMIT ${cap})`;
}

/** Per-bucket counts of the customers the counted filters select, by ascending bucket. */
export function idBucketsSql(filter: CustomerFilter): string {
  const set = countedFilters.filter((name) => filter[name] !== undefined);
  const where = set.length > 0 ? ` WHERE ${set.map((name) => countedColumns[name]).join(' AND ')}` : '';
  return `SELECT bucket, sum(n) FROM customer_id_buckets${where} GROUP BY bucket ORDER BY bucket`;
}

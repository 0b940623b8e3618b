import type { CustomerFilter, SortField, SortOrder } from './customer-list.plan.js';
import { sortColumn, whereConditions } from './customer-list.sql.js';
import { customerSelectList } from './customer-row.js';
import { fullNameKeyExpressions } from './search-keys.js';
import type { SearchTerms } from './search-terms.js';

/**
 * The search box over a million customers, as one statement per shape of input.
 *
 * Every match gets a rank text: a tier digit, then the text that matched —
 *   '0' exact NIC-handle, customer code or e-mail (primary or backup),
 *   '1' a name (last, first, organisation, or the full name either way round) equal to the folded input,
 *   '2' a prefix of any of those fields;
 * results are ordered by (rank text, id): exact first, then alphabetically by what matched.
 *
 * Each lookup is an index range read in exactly that order, so the first `n` results overall are
 * among the first `n` of each lookup: a page costs `n` index entries per lookup, whatever the
 * input (`d` matches 100,000 customers and still reads 25 entries per field for page 1). Nothing
 * past the first `searchResultCap` results is ever read.
 */
export const searchResultCap = 500;

/** Per-lookup limits are SQL literals (a bound LIMIT makes SQLite re-plan at every call), rounded up to few values. */
const lookupLimits = [10, 25, 50, 100, 250, searchResultCap] as const;

export function lookupLimit(rowsNeeded: number): number {
  return lookupLimits.find((limit) => limit >= rowsNeeded) ?? searchResultCap;
}

type Term = Exclude<keyof SearchTerms, 'text'>;

const rangeFrom = (column: string, param: string) => `${column} >= @${param} AND ${column} < @${param} || char(1114111)`;

/** A prefix lookup: `(id, r)` rows, or ids alone for counting (no rank text to build). */
function prefixLookup(column: string, param: Term, tier: string, limit: number, ranked: boolean): string {
  const selected = ranked ? `id, ${tier} || ${column} AS r` : 'id';
  return `SELECT * FROM (SELECT ${selected} FROM customers WHERE ${rangeFrom(column, param)} ORDER BY ${column}, id LIMIT ${limit})`;
}

const exactOr = (column: string, param: Term, tier: '0' | '1') => `CASE WHEN ${column} = @${param} THEN '${tier}' ELSE '2' END`;

type Lookup = (limit: number, ranked: boolean) => string;
const exactLookup =
  (column: string, param: Term): Lookup =>
  (_limit, ranked) =>
    `SELECT id${ranked ? ", '0' AS r" : ''} FROM customers WHERE ${column} = @${param}`;

/** One lookup per field, in the order they are written into the statement. */
const lookups: ReadonlyArray<{ term: Term; sql: Lookup }> = [
  { term: 'handle', sql: exactLookup('nic_handle', 'handle') },
  { term: 'code', sql: exactLookup('customer_code', 'code') },
  { term: 'handlePrefix', sql: (limit, ranked) => prefixLookup('nic_handle', 'handlePrefix', "'2'", limit, ranked) },
  { term: 'emailPrefix', sql: (limit, ranked) => prefixLookup('primary_email', 'emailPrefix', exactOr('primary_email', 'emailPrefix', '0'), limit, ranked) },
  { term: 'emailPrefix', sql: (limit, ranked) => prefixLookup('backup_email', 'emailPrefix', exactOr('backup_email', 'emailPrefix', '0'), limit, ranked) },
  { term: 'codePrefix', sql: (limit, ranked) => prefixLookup('customer_code', 'codePrefix', "'2'", limit, ranked) },
  { term: 'nameKey', sql: (limit, ranked) => prefixLookup('last_name_key', 'nameKey', exactOr('last_name_key', 'nameKey', '1'), limit, ranked) },
  { term: 'nameKey', sql: (limit, ranked) => prefixLookup('first_name_key', 'nameKey', exactOr('first_name_key', 'nameKey', '1'), limit, ranked) },
  { term: 'nameKey', sql: (limit, ranked) => prefixLookup('organisation_key', 'nameKey', exactOr('organisation_key', 'nameKey', '1'), limit, ranked) },
  ...Object.values(fullNameKeyExpressions).map((expression) => ({
    term: 'fullName' as const,
    sql: (limit: number, ranked: boolean) => prefixLookup(expression, 'fullName', exactOr(expression, 'fullName', '1'), limit, ranked),
  })),
];

/** Which lookups an input switches on, as a short key ('101000011'): equal keys, equal SQL. */
export function searchShape(terms: SearchTerms): string {
  return lookups.map((lookup) => (terms[lookup.term] === null ? '0' : '1')).join('');
}

/** `hits(id, r)` (or `hits(id)` unranked): the active lookups' matches, a customer possibly several times. */
export function hitsCte(terms: SearchTerms, limit: number, ranked = true): string {
  const active = lookups.filter((lookup) => terms[lookup.term] !== null).map((lookup) => lookup.sql(limit, ranked));
  // parseSearchTerms always yields at least the e-mail or name lookup; this keeps SQL valid regardless.
  if (active.length === 0) active.push(`SELECT NULL AS id${ranked ? ', NULL AS r' : ''} WHERE 0`);
  return `hits(${ranked ? 'id, r' : 'id'}) AS (${active.join(' UNION ALL ')})`;
}

/** The first `limit` results from `@offset`, in result order, with their rows: no filter, relevance order. */
export function searchPageSql(terms: SearchTerms, { limit, rowsNeeded }: { limit: number; rowsNeeded: number }): string {
  return (
    `WITH ${hitsCte(terms, lookupLimit(rowsNeeded))}, ` +
    `ranked(id, r) AS (SELECT id, min(r) FROM hits GROUP BY id ORDER BY 2, 1 LIMIT ${limit} OFFSET @offset) ` +
    `SELECT ${customerSelectList} FROM ranked CROSS JOIN customers c ON c.id = ranked.id ORDER BY ranked.r, c.id`
  );
}

/** A search total counts this many results past the page, like the list's capped totals. */
export const searchTotalLookahead = 75;

/** How far a search total counts: `searchTotalLookahead` past the page, at most the cap (a literal from the ladder). */
export function searchCountLimit(offset: number, limit: number): number {
  return lookupLimit(offset + limit + searchTotalLookahead);
}

/**
 * How many results, up to `countLimit`: ids only, and reading stops as soon as the limit is
 * reached (page 1 of `du` counts 100 ids, not 500: ~20 µs instead of ~90).
 */
export function searchCountSql(terms: SearchTerms, countLimit: number): string {
  return `WITH ${hitsCte(terms, countLimit, false)} SELECT count(*) AS n FROM (SELECT DISTINCT id FROM hits LIMIT ${countLimit})`;
}

export interface BoundedSearchShape {
  filter: CustomerFilter;
  sort: { field: SortField; order: SortOrder };
  limit: number;
}

/**
 * With column filters or a sort other than relevance: the first `searchResultCap` results are
 * ranked, then filtered and ordered (exact tiers still first), and counted in the same pass;
 * the last two columns are the filtered total and how many results were ranked.
 */
export function searchBoundedSql(terms: SearchTerms, { filter, sort, limit }: BoundedSearchShape): string {
  const direction = sort.order === 'asc' ? 'ASC' : 'DESC';
  const order = sort.field === 'id' ? 'ranked.r, c.id' : `substr(ranked.r, 1, 1), ${sortColumn(sort.field)} ${direction}, c.id ${direction}`;
  const conditions = whereConditions(filter, null);
  return (
    `WITH ${hitsCte(terms, searchResultCap)}, ` +
    `ranked(id, r) AS (SELECT id, min(r) FROM hits GROUP BY id ORDER BY 2, 1 LIMIT ${searchResultCap}) ` +
    `SELECT ${customerSelectList}, count(*) OVER () AS total, (SELECT count(*) FROM ranked) AS ranked_count FROM ranked CROSS JOIN customers c ON c.id = ranked.id` +
    `${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ${limit} OFFSET @offset`
  );
}

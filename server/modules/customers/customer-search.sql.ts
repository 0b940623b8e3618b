import type { SearchTerms } from './search-terms.js';

/**
 * The search box over a million customers, as one statement per shape of input.
 *
 * Every match gets a rank text: a tier digit, then the text that matched —
 *   '0' exact NIC-handle, customer code or e-mail (primary or backup),
 *   '1' a name (last, first, organisation) equal to the folded input,
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

function prefixLookup(column: string, param: Term, tier: string, limit: number): string {
  return `SELECT * FROM (SELECT id, ${tier} || ${column} AS r FROM customers WHERE ${rangeFrom(column, param)} ORDER BY ${column}, id LIMIT ${limit})`;
}

const exactOr = (column: string, param: Term, tier: '0' | '1') => `CASE WHEN ${column} = @${param} THEN '${tier}' ELSE '2' END`;

/** One lookup per field, in the order they are written into the statement. */
const lookups: ReadonlyArray<{ term: Term; sql: (limit: number) => string }> = [
  { term: 'handle', sql: () => `SELECT id, '0' AS r FROM customers WHERE nic_handle = @handle` },
  { term: 'code', sql: () => `SELECT id, '0' AS r FROM customers WHERE customer_code = @code` },
  { term: 'handlePrefix', sql: (limit) => prefixLookup('nic_handle', 'handlePrefix', "'2'", limit) },
  { term: 'emailPrefix', sql: (limit) => prefixLookup('primary_email', 'emailPrefix', exactOr('primary_email', 'emailPrefix', '0'), limit) },
  { term: 'emailPrefix', sql: (limit) => prefixLookup('backup_email', 'emailPrefix', exactOr('backup_email', 'emailPrefix', '0'), limit) },
  { term: 'codePrefix', sql: (limit) => prefixLookup('customer_code', 'codePrefix', "'2'", limit) },
  { term: 'nameKey', sql: (limit) => prefixLookup('last_name_key', 'nameKey', exactOr('last_name_key', 'nameKey', '1'), limit) },
  { term: 'nameKey', sql: (limit) => prefixLookup('first_name_key', 'nameKey', exactOr('first_name_key', 'nameKey', '1'), limit) },
  { term: 'nameKey', sql: (limit) => prefixLookup('organisation_key', 'nameKey', exactOr('organisation_key', 'nameKey', '1'), limit) },
];

/** `hits(id, r)`: the active lookups' matches, a customer possibly several times. */
export function hitsCte(terms: SearchTerms, limit: number): string {
  const active = lookups.filter((lookup) => terms[lookup.term] !== null).map((lookup) => lookup.sql(limit));
  // parseSearchTerms always yields at least the e-mail or name lookup; this keeps SQL valid regardless.
  if (active.length === 0) active.push('SELECT NULL AS id, NULL AS r WHERE 0');
  return `hits(id, r) AS (${active.join(' UNION ALL ')})`;
}

/** `ranked(id, r)`: each customer once with its best rank, in result order, the first `limit` from `@offset`. */
export function rankedCte(terms: SearchTerms, { limit, withOffset }: { limit: number; withOffset: boolean }): string {
  const lookupRows = withOffset ? searchResultCap : limit;
  return `${hitsCte(terms, lookupLimit(lookupRows))}, ranked(id, r) AS (SELECT id, min(r) FROM hits GROUP BY id ORDER BY 2, 1 LIMIT ${limit}${withOffset ? ' OFFSET @offset' : ''})`;
}

/** How many results (up to the cap): stops reading as soon as the cap is reached. */
export function searchCountSql(terms: SearchTerms): string {
  return `WITH ${hitsCte(terms, searchResultCap)} SELECT count(*) AS n FROM (SELECT DISTINCT id FROM hits LIMIT ${searchResultCap})`;
}

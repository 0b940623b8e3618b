import type Database from 'better-sqlite3';
import type { StatementCache } from '../../../../db/statement-cache.js';
import { totalFromPage } from '../../../http/list-total.js';
import type { CustomerListRequest, CustomerPage } from './customer-list.js';
import { listParams } from './customer-list.sql.js';
import { toCustomerRecord } from './customer-row.js';
import { lookupLimit, searchBoundedSql, searchCountLimit, searchCountSql, searchPageSql, searchResultCap, searchShape } from './customer-search.sql.js';
import type { SearchTerms } from './search-terms.js';

const hasColumnFilters = (filter: CustomerListRequest['filter']) => Object.values(filter).some((value) => value !== undefined);

/** The search box (`q`): exact matches first, then prefixes; see customer-search.sql.ts. */
export function createCustomerSearch(prepared: StatementCache) {
  // The hot path finds its statement by a short shape key (which lookups, which limits) rather
  // than by writing out and hashing ~2 KB of SQL on every keystroke.
  const byShape = new Map<string, Database.Statement<unknown[], unknown>>();
  function statementFor(key: string, sql: () => string) {
    let statement = byShape.get(key);
    if (!statement) {
      statement = prepared(sql());
      byShape.set(key, statement);
    }
    return statement;
  }

  /** Relevance order without column filters: reads only what the page needs. */
  function relevancePage(terms: SearchTerms, { offset, limit }: CustomerListRequest): CustomerPage {
    const pageLimit = Math.max(0, Math.min(limit, searchResultCap - offset));
    const shape = searchShape(terms);
    const rowsNeeded = offset + pageLimit;
    const page = statementFor(`page:${shape}:${pageLimit}:${lookupLimit(rowsNeeded)}`, () => searchPageSql(terms, { limit: pageLimit, rowsNeeded }));
    const raw = pageLimit > 0 ? (page.raw(true).all({ ...terms, offset }) as unknown[][]) : [];
    const rows = raw.map(toCustomerRecord);
    const fromPage = totalFromPage(offset, pageLimit, rows.length);
    if (fromPage !== null) return { rows, total: fromPage, totalIsCapped: false };
    const countLimit = searchCountLimit(offset, pageLimit);
    const count = statementFor(`count:${shape}:${countLimit}`, () => searchCountSql(terms, countLimit));
    const counted = (count.get(terms) as { n: number } | undefined)?.n ?? 0;
    return { rows, total: counted, totalIsCapped: counted >= countLimit };
  }

  /** Column filters or a column sort: over the first `searchResultCap` results, counted in the same pass. */
  function boundedPage(terms: SearchTerms, request: CustomerListRequest): CustomerPage {
    const { filter, sort, offset, limit } = request;
    const params = { ...listParams(filter), ...terms };
    const run = (at: number, size: number) =>
      prepared<unknown[]>(searchBoundedSql(terms, { filter, sort, limit: size }))
        .raw(true)
        .all({ ...params, offset: at });
    const raw = run(offset, limit);
    // Past the last result the page is empty and carries no total: ask for the first row's.
    const first = raw[0] ?? run(0, 1)[0];
    const [total, ranked] = first ? (first.slice(-2) as [number, number]) : [0, 0];
    return { rows: raw.map(toCustomerRecord), total, totalIsCapped: ranked >= searchResultCap };
  }

  return function search(terms: SearchTerms, request: CustomerListRequest): CustomerPage {
    return !hasColumnFilters(request.filter) && request.sort.field === 'id' ? relevancePage(terms, request) : boundedPage(terms, request);
  };
}

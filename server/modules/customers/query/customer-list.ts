import type Database from 'better-sqlite3';
import { customerIdBucketSize } from '../../../../db/schema/customer-counts.js';
import type { StatementCache } from '../../../../db/statement-cache.js';
import { cappedCountLimit, totalFromPage } from '../../../http/list-total.js';
import {
  countDriver,
  countedFilters,
  createdEstimateCap,
  planCustomerList,
  readsIdsFirst,
  type CountedFilter,
  type CustomerFilter,
  type SortField,
  type SortOrder,
} from './customer-list.plan.js';
import { cappedCountSql, countsSql, createdEstimateSql, listParams, pageSql } from './customer-list.sql.js';
import { toCustomerRecord, type CustomerRecord } from './customer-row.js';
import { createIdBuckets } from './id-buckets.js';

export interface CustomerListRequest {
  filter: CustomerFilter;
  sort: { field: SortField; order: SortOrder };
  offset: number;
  limit: number;
}

export interface CustomerPage {
  rows: CustomerRecord[];
  total: number;
  /** The total is a lower bound: counting stopped at a cap (docs/SEARCH.md). */
  totalIsCapped: boolean;
}

type Counts = { customers: number; counted: number | null } & Partial<Record<CountedFilter, number>>;

/** The customer list without search text: plan (customer-list.plan.ts), page, total. */
export function createCustomerList(sqlite: Database.Database, prepared: StatementCache) {
  const locateIdBucket = createIdBuckets(sqlite, prepared);

  function total(request: CustomerListRequest, counts: Counts, strategy: 'counted' | 'capped' | 'ids', rows: number): Omit<CustomerPage, 'rows'> {
    const { filter, offset, limit } = request;
    if (strategy === 'counted') return { total: counts.counted ?? counts.customers, totalIsCapped: false };
    const fromPage = totalFromPage(offset, limit, rows);
    if (fromPage !== null) return { total: fromPage, totalIsCapped: false };
    // A getMany names at most 1,000 ids: counting them all is exact and cheap.
    const cap = strategy === 'ids' ? (filter.id?.length ?? 0) : cappedCountLimit(offset, limit);
    const driver = countDriver({ filter, matchesByFilter: counts });
    const counted = prepared<{ n: number }>(cappedCountSql(filter, driver, cap)).get(listParams(filter))?.n ?? 0;
    return { total: counted, totalIsCapped: strategy === 'capped' && counted >= cap };
  }

  return function list(request: CustomerListRequest): CustomerPage {
    const { filter, sort, offset, limit } = request;
    const params = listParams(filter);
    const counts = prepared<Counts>(countsSql(filter)).get(params) as Counts;
    const needsDateEstimate = (filter.createdAt_gte !== undefined || filter.createdAt_lte !== undefined) && sort.field !== 'createdAt';
    const createdMatches = needsDateEstimate ? (prepared<{ n: number }>(createdEstimateSql(filter, createdEstimateCap + 1)).get(params)?.n ?? 0) : null;
    const matchesByFilter = Object.fromEntries(countedFilters.filter((name) => counts[name] !== undefined).map((name) => [name, counts[name]]));
    const plan = planCustomerList({
      filter,
      sort,
      offset,
      limit,
      customers: counts.customers,
      countedMatches: counts.counted,
      matchesByFilter,
      createdMatches,
    });

    let pageOffset = offset;
    let idBound: number | null = null;
    if (plan.canUseIdBuckets && offset >= customerIdBucketSize) {
      const at = locateIdBucket(filter, sort.order, offset);
      if (!at) return { rows: [], ...total(request, counts, plan.total, 0) };
      ({ idBound, skip: pageOffset } = at);
    }
    const idsFirst = readsIdsFirst(plan, filter, pageOffset);
    const sql = pageSql({ filter, sort, driver: plan.driver, sortInMemory: plan.sortInMemory, limit, idBound: idBound !== null, idsFirst });
    const raw = prepared<unknown[]>(sql)
      .raw(true)
      .all({ ...params, offset: pageOffset, idBound });
    const rows = raw.map(toCustomerRecord);
    return { rows, ...total(request, counts, plan.total, rows.length) };
  };
}

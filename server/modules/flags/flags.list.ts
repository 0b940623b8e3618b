import type { Database_ } from '../../../db/client.js';
import { createStatementCache } from '../../../db/statement-cache.js';
import type { ListPage, ListQuery } from '../../http/list-query.js';
import { flagColumns, flagJoins, readFlagRow, type FlagRow } from './flags.repository.js';
import { flagListContract, type FlagListFilter } from './flags.schemas.js';

// The flag queue at 100,000 flags: SQL from fixed fragments, prepared once per shape; the default
// order (most severe, then oldest) walks flags_queue_idx / flags_status_idx, never the table.
// test/query-plans.test.ts checks the plans.

type EqualityFilter = Omit<FlagListFilter, 'raisedBefore'>;
const filterColumns: Record<keyof EqualityFilter, string> = {
  isActive: 'f.is_active',
  status: 'f.status',
  severity: 'f.severity',
  rule: 'f.rule',
  customerId: 'f.customer_id',
  assigneeId: 'f.assignee_id',
  raisedBy: 'f.raised_by',
};

/** Each sort ends on a unique key so that pages never overlap. The severity sort is the queue order. */
const bySeverity = { desc: 'f.severity_rank DESC, f.raised_at, f.id', asc: 'f.severity_rank, f.raised_at DESC, f.id DESC' };
// Keyed by the contract's sort fields: the list route refuses any other field (400 list.unknown_sort),
// so every query has its order here and none needs a fallback.
type SortField = (typeof flagListContract.sortFields)[number];
const orders: Record<SortField, { asc: string; desc: string }> = {
  severity: bySeverity,
  raisedAt: { asc: 'f.raised_at, f.id', desc: 'f.raised_at DESC, f.id DESC' },
  id: { asc: 'f.id', desc: 'f.id DESC' },
};

// Past this many, the total is reported as a lower bound (X-Total-Capped), as for customers.
const countCap = 10_000;

export function createFlagList({ sqlite }: Database_) {
  const prepared = createStatementCache(sqlite, 200);

  function whereOf(filter: FlagListFilter & { id?: number[] }): { sql: string; params: unknown[] } {
    const parts: string[] = [];
    const params: unknown[] = [];
    for (const [name, column] of Object.entries(filterColumns) as [keyof EqualityFilter, string][]) {
      const value = filter[name];
      if (value === undefined) continue;
      parts.push(`${column} = ?`);
      params.push(typeof value === 'boolean' ? Number(value) : value);
    }
    if (filter.raisedBefore) {
      parts.push('f.raised_at < ?');
      params.push(new Date(filter.raisedBefore).toISOString());
    }
    if (filter.id) {
      parts.push(`f.id IN (${filter.id.map(() => '?').join(', ')})`);
      params.push(...filter.id);
    }
    return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
  }

  return function list(query: ListQuery<FlagListFilter>): ListPage<FlagRow> {
    const where = whereOf(query.filter);
    const order = orders[query.sort.field as SortField][query.sort.order];
    // Page ids first from the index alone, then the joins for those 25 rows only (CROSS JOIN keeps that order).
    const rows = prepared<Parameters<typeof readFlagRow>[0]>(
      `SELECT ${flagColumns} FROM (SELECT f.id FROM flags f ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?) page
       CROSS JOIN flags f ON f.id = page.id ${flagJoins} ORDER BY ${order}`,
    )
      .all(...where.params, query.limit, query.offset)
      .map(readFlagRow);
    const counted = prepared<number>(`SELECT count(*) FROM (SELECT 1 FROM flags f ${where.sql} LIMIT ${countCap + 1})`)
      .pluck()
      .get(...where.params) as number;
    return { rows, total: Math.min(counted, countCap), totalIsCapped: counted > countCap };
  };
}

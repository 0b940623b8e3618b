import type { Database_ } from '../../../db/client.js';
import { createStatementCache } from '../../../db/statement-cache.js';
import { filterMap, sortMap, type ListPage, type ListQueryOf } from '../../http/list-query.js';
import { flagColumns, flagJoins, readFlagRow, type FlagRow } from './flags.repository.js';
import { flagListContract, type FlagListFilter } from './flags.schemas.js';

// The flag queue at 100,000 flags: SQL from fixed fragments, prepared once per shape; the default
// order (most severe, then oldest) walks flags_queue_idx / flags_status_idx, never the table.
// test/query-plans.test.ts checks the plans.

type Condition = { sql: string; param: unknown };
const equal =
  (column: string) =>
  (value: unknown): Condition => ({ sql: `${column} = ?`, param: typeof value === 'boolean' ? Number(value) : value });
const conditionsOf = filterMap(flagListContract, {
  isActive: equal('f.is_active'),
  status: equal('f.status'),
  severity: equal('f.severity'),
  rule: equal('f.rule'),
  customerId: equal('f.customer_id'),
  assigneeId: equal('f.assignee_id'),
  raisedBy: equal('f.raised_by'),
  raisedBefore: (until): Condition => ({ sql: 'f.raised_at < ?', param: new Date(until).toISOString() }),
});

/** Each sort ends on a unique key so that pages never overlap. The severity sort is the queue order. */
const orders = sortMap(flagListContract, {
  severity: { desc: 'f.severity_rank DESC, f.raised_at, f.id', asc: 'f.severity_rank, f.raised_at DESC, f.id DESC' },
  raisedAt: { asc: 'f.raised_at, f.id', desc: 'f.raised_at DESC, f.id DESC' },
  id: { asc: 'f.id', desc: 'f.id DESC' },
});

// Past this many, the total is reported as a lower bound (X-Total-Capped), as for customers.
const countCap = 10_000;

export function createFlagList({ sqlite }: Database_) {
  const prepared = createStatementCache(sqlite, 200);

  function whereOf(filter: FlagListFilter & { id?: number[] }): { sql: string; params: unknown[] } {
    const conditions = conditionsOf(filter);
    const parts = conditions.map((condition) => condition.sql);
    const params = conditions.map((condition) => condition.param);
    if (filter.id) {
      parts.push(`f.id IN (${filter.id.map(() => '?').join(', ')})`);
      params.push(...filter.id);
    }
    return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
  }

  return function list(query: ListQueryOf<typeof flagListContract>): ListPage<FlagRow> {
    const where = whereOf(query.filter);
    const order = orders[query.sort.field][query.sort.order];
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

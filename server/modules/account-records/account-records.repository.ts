import { getTableName } from 'drizzle-orm';
import type { Database_ } from '../../../db/client.js';
import { createRowReader } from '../../../db/row-reader.js';
import { createStatementCache } from '../../../db/statement-cache.js';
import type { ListQuery } from '../../http/list-query.js';
import { cappedCountLimit, totalFromPage } from '../../http/list-total.js';
import type { AccountRecordResource } from './account-records.definitions.js';

type Row = Record<string, unknown>;

// The customer page's tabs. Statements are raw SQL from the definition's columns, prepared once
// per shape (filters set, sort, page size) instead of re-planned by drizzle's builder per call.
// A tab is filtered by customer: its total is an exact COUNT over that customer's rows (a
// handful). Without a customer (a list over millions of login events) the count is capped.
export function createAccountRecordsRepository<F extends string, K extends string>({ sqlite }: Database_, definition: AccountRecordResource<F, K>) {
  const prepared = createStatementCache(sqlite);
  const table = getTableName(definition.table);
  const reader = createRowReader<Row>(definition.table, 't');
  const byId = sqlite.prepare<[number], unknown[]>(`SELECT ${reader.selectList} FROM ${table} t WHERE t.id = ?`).raw(true);

  function where(filter: Row & { id?: number[] }): { sql: string; params: Row } {
    const parts: string[] = [];
    const params: Row = {};
    if (filter.id) {
      parts.push('t.id IN (SELECT value FROM json_each(@ids))');
      params.ids = JSON.stringify(filter.id);
    }
    for (const [name, { column }] of Object.entries<{ column: { name: string } }>(definition.filters)) {
      const value = filter[name];
      if (value === undefined) continue;
      parts.push(`t.${column.name} = @${name}`);
      params[name] = typeof value === 'boolean' ? Number(value) : value;
    }
    return { sql: parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '', params };
  }

  return {
    list: (query: ListQuery<Row, F>) => {
      const condition = where(query.filter);
      const column = definition.sortColumns[query.sort.field].name;
      const direction = query.sort.order === 'asc' ? 'ASC' : 'DESC';
      const order = column === 'id' ? `t.id ${direction}` : `t.${column} ${direction}, t.id ${direction}`;
      const sql = `SELECT ${reader.selectList} FROM ${table} t${condition.sql} ORDER BY ${order} LIMIT ${query.limit} OFFSET @offset`;
      const rows = prepared<unknown[]>(sql)
        .raw(true)
        .all({ ...condition.params, offset: query.offset })
        .map(reader.read);
      const fromPage = totalFromPage(query.offset, query.limit, rows.length);
      if (fromPage !== null) return { rows, total: fromPage };
      const perCustomer = query.filter.customerId !== undefined || query.filter.id !== undefined;
      const cap = cappedCountLimit(query.offset, query.limit);
      const counted = perCustomer
        ? `SELECT count(*) AS n FROM ${table} t${condition.sql}`
        : `SELECT count(*) AS n FROM (SELECT 1 FROM ${table} t${condition.sql} LIMIT ${cap})`;
      const total = prepared<{ n: number }>(counted).get(condition.params)?.n ?? 0;
      return { rows, total, totalIsCapped: !perCustomer && total >= cap };
    },
    findById(id: number): Row | undefined {
      const row = byId.get(id);
      return row ? reader.read(row) : undefined;
    },
  };
}

import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { countRows, type Database_ } from '../../../db/client.js';
import type { ListQuery } from '../../http/list-query.js';
import type { AccountRecordResource } from './account-records.definitions.js';

export function createAccountRecordsRepository({ db }: Database_, definition: AccountRecordResource) {
  const { table } = definition;

  function where(filter: Record<string, unknown> & { id?: number[] }): SQL | undefined {
    const parts: SQL[] = [];
    if (filter.id) parts.push(inArray(table.id, filter.id));
    for (const [name, { column }] of Object.entries(definition.filters)) {
      if (filter[name] !== undefined) parts.push(eq(column, filter[name]));
    }
    return parts.length > 0 ? and(...parts) : undefined;
  }

  return {
    list(query: ListQuery<Record<string, unknown>>) {
      const condition = where(query.filter);
      const column = definition.sortColumns[query.sort.field] ?? table.id;
      const rows = db.select().from(table).where(condition)
        .orderBy(query.sort.order === 'asc' ? asc(column) : desc(column), query.sort.order === 'asc' ? asc(table.id) : desc(table.id))
        .limit(query.limit).offset(query.offset).all();
      return { rows: rows as Record<string, unknown>[], total: countRows(db, table, condition) };
    },
    findById: (id: number) => db.select().from(table).where(eq(table.id, id)).get() as Record<string, unknown> | undefined,
  };
}

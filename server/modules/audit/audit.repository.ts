import type { Database_ } from '../../../db/client.js';
import { createStatementCache } from '../../../db/statement-cache.js';
import type { ListQuery } from '../../http/list-query.js';
import { cappedCountLimit, totalFromPage } from '../../http/list-total.js';
import type { ChainedEntry } from './audit-chain.js';
import type { AuditListFilter } from './audit.schemas.js';

export interface StoredEntry extends ChainedEntry {
  prevHash: string;
  hash: string;
}

const columns = `id, at, actor_id AS actorId, actor_role AS actorRole, action, target_type AS targetType, target_id AS targetId,
  customer_id AS customerId, ticket_ref AS ticketRef, reason, details, personal, prev_hash AS prevHash, hash`;

/** Each filter's condition, on the columns of the log's indexes. */
const filterConditions: Record<keyof AuditListFilter, string> = {
  actorId: 'actor_id = @actorId',
  action: 'action = @action',
  customerId: 'customer_id = @customerId',
  ticketRef: 'ticket_ref = @ticketRef',
  targetType: 'target_type = @targetType',
  targetId: 'target_id = @targetId',
  at_gte: 'at >= @at_gte',
  at_lte: 'at <= @at_lte',
};

// An empty text filter (a cleared input) filters nothing, as before.
const isSet = (value: unknown) => value !== undefined && value !== '';

export function createAuditRepository({ sqlite }: Database_) {
  const prepared = createStatementCache(sqlite);
  const lastStatement = sqlite.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const insertStatement = sqlite.prepare<StoredEntry>(
    `INSERT INTO audit_log (id, at, actor_id, actor_role, action, target_type, target_id, customer_id, ticket_ref, reason, details, personal, prev_hash, hash)
     VALUES (@id, @at, @actorId, @actorRole, @action, @targetType, @targetId, @customerId, @ticketRef, @reason, @details, @personal, @prevHash, @hash)`,
  );
  const allStatement = sqlite.prepare<[], StoredEntry>(`SELECT ${columns} FROM audit_log ORDER BY id`);

  /**
   * The unfiltered log, newest first or oldest first. Ids are 1..N without gaps (record() takes
   * last + 1, nothing is ever deleted, verify() names any missing entry), so the total is the
   * last id and page N starts at a computed id: no COUNT over ten million rows, no OFFSET.
   */
  function unfilteredPage(query: ListQuery<AuditListFilter>) {
    const total = lastStatement.get()?.id ?? 0;
    const newestFirst = query.sort.order !== 'asc';
    const sql = newestFirst
      ? `SELECT ${columns} FROM audit_log WHERE id <= @from ORDER BY id DESC LIMIT ${query.limit}`
      : `SELECT ${columns} FROM audit_log WHERE id > @from ORDER BY id ASC LIMIT ${query.limit}`;
    const rows = prepared<StoredEntry>(sql).all({ from: newestFirst ? total - query.offset : query.offset });
    return { rows, total };
  }

  /** Filtered: the index of an equality filter yields the id order; the total is capped (docs/SEARCH.md). */
  function filteredPage(query: ListQuery<AuditListFilter>, filter: Record<string, unknown>) {
    const names = (Object.keys(filterConditions) as (keyof AuditListFilter)[]).filter((name) => isSet(filter[name]));
    const parts = names.map((name) => filterConditions[name]);
    if (filter.id) parts.push('id IN (SELECT value FROM json_each(@ids))');
    const where = ` WHERE ${parts.join(' AND ')}`;
    const params = { ...filter, ids: filter.id ? JSON.stringify(filter.id) : null, offset: query.offset };
    const direction = query.sort.order === 'asc' ? 'ASC' : 'DESC';
    const rows = prepared<StoredEntry>(`SELECT ${columns} FROM audit_log${where} ORDER BY id ${direction} LIMIT ${query.limit} OFFSET @offset`).all(params);
    const fromPage = totalFromPage(query.offset, query.limit, rows.length);
    if (fromPage !== null) return { rows, total: fromPage };
    const cap = cappedCountLimit(query.offset, query.limit);
    return { rows, total: prepared<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM audit_log${where} LIMIT ${cap})`).get(params)?.n ?? 0 };
  }

  return {
    last: () => lastStatement.get(),
    insert: (entry: StoredEntry) => insertStatement.run(entry),
    iterateAll: () => allStatement.iterate(),
    list(query: ListQuery<AuditListFilter>) {
      const filter = query.filter as Record<string, unknown>;
      const isFiltered = Object.values(filter).some(isSet);
      return isFiltered ? filteredPage(query, filter) : unfilteredPage(query);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;

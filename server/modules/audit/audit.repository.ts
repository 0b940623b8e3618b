import type { Database_ } from '../../../db/client.js';
import { createStatementCache } from '../../../db/statement-cache.js';
import { cappedCountLimit, cappedTotal, totalFromPage } from '../../http/list-total.js';
import type { ChainedEntry } from './audit-chain.js';
import type { AuditEqualityFilter } from './audit.schemas.js';

export interface StoredEntry extends ChainedEntry {
  prevHash: string;
  hash: string;
}

export const entryColumns = `id, at, actor_id AS actorId, actor_role AS actorRole, action, target_type AS targetType, target_id AS targetId,
  customer_id AS customerId, ticket_ref AS ticketRef, reason, details, personal, prev_hash AS prevHash, hash`;

/**
 * What the CSV export reads of an entry, names resolved (audit-export.ts turns them into a line):
 * the personal values' ciphertext and the previous hash are never exported, so they are not read.
 */
const exportColumns = `id, at, actor_id, (SELECT s.display_name FROM staff s WHERE s.id = audit_log.actor_id) AS actor_name, actor_role, action,
  target_type, target_id, customer_id, (SELECT c.nic_handle FROM customers c WHERE c.id = audit_log.customer_id) AS customer_handle,
  ticket_ref, reason, details, personal IS NOT NULL AS has_personal, hash`;

/** Each equality filter's condition, on the leading column of one of the log's (column, id) indexes. */
const equalityConditions: Record<keyof AuditEqualityFilter, string> = {
  actorId: 'actor_id = @actorId',
  actorRole: 'actor_role = @actorRole',
  action: 'action = @action',
  customerId: 'customer_id = @customerId',
  ticketRef: 'ticket_ref = @ticketRef',
  targetType: 'target_type = @targetType',
  targetId: 'target_id = @targetId',
};
const equalityNames = Object.keys(equalityConditions) as (keyof AuditEqualityFilter)[];

/** A page's rows also name the customer (handle) and the actor, read by primary key for the page only. */
const pageColumns = `a.id, a.at, a.actor_id AS actorId, a.actor_role AS actorRole, a.action, a.target_type AS targetType, a.target_id AS targetId,
  a.customer_id AS customerId, a.ticket_ref AS ticketRef, a.reason, a.details, a.personal, a.prev_hash AS prevHash, a.hash,
  c.nic_handle AS customerHandle, s.display_name AS actorName`;
const pageFrom = 'audit_log a LEFT JOIN customers c ON c.id = a.customer_id LEFT JOIN staff s ON s.id = a.actor_id';

export interface PageEntry extends StoredEntry {
  customerHandle: string | null;
  actorName: string | null;
}

/**
 * A selection of the log: equality filters, and the date range already turned into an id range
 * (`at` never decreases along the ids, so [from, to] is [loId, hiId]: one index seek on `at` each,
 * after which every filter is a range of its (column, id) index, never a scan of the log).
 */
export interface AuditSelection {
  equal: Partial<AuditEqualityFilter>;
  ids?: number[];
  loId: number;
  hiId: number;
}

export interface PageRequest {
  offset: number;
  limit: number;
  newestFirst: boolean;
}

const isSet = (value: unknown) => value !== undefined && value !== '';

export function createAuditRepository({ sqlite }: Database_) {
  const prepared = createStatementCache(sqlite);
  const lastStatement = sqlite.prepare<[], { id: number; hash: string; at: string }>('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1');
  const insertStatement = sqlite.prepare<StoredEntry>(
    `INSERT INTO audit_log (id, at, actor_id, actor_role, action, target_type, target_id, customer_id, ticket_ref, reason, details, personal, prev_hash, hash)
     VALUES (@id, @at, @actorId, @actorRole, @action, @targetType, @targetId, @customerId, @ticketRef, @reason, @details, @personal, @prevHash, @hash)`,
  );
  const byIdStatement = sqlite.prepare<[number], PageEntry>(`SELECT ${pageColumns} FROM ${pageFrom} WHERE a.id = ?`);
  const firstAtOrAfter = sqlite.prepare<[string], number>('SELECT id FROM audit_log WHERE at >= ? ORDER BY at, id LIMIT 1').pluck();
  const lastAtOrBefore = sqlite.prepare<[string], number>('SELECT id FROM audit_log WHERE at <= ? ORDER BY at DESC, id DESC LIMIT 1').pluck();

  function whereOf(selection: AuditSelection) {
    const names = equalityNames.filter((name) => isSet(selection.equal[name]));
    const parts = names.map((name) => equalityConditions[name]);
    if (selection.ids) parts.push('id IN (SELECT value FROM json_each(@ids))');
    parts.push('id BETWEEN @loId AND @hiId');
    const params: Record<string, unknown> = { loId: selection.loId, hiId: selection.hiId, ids: selection.ids ? JSON.stringify(selection.ids) : null };
    for (const name of names) params[name] = selection.equal[name];
    return { where: parts.join(' AND '), params, isEqualityFiltered: names.length > 0 || Boolean(selection.ids) };
  }

  /**
   * One page. Without equality filters the ids are contiguous (1..N, never deleted, verify() names a
   * gap), so the page starts at a computed id and the total is hiId - loId + 1: no COUNT, no OFFSET.
   * With filters, the offset is skipped inside the covering (column, id) index and only the page's
   * rows are read from the table; the total is counted up to a cap (docs/SEARCH.md).
   */
  function page(selection: AuditSelection, request: PageRequest) {
    if (selection.hiId < selection.loId) return { rows: [] as PageEntry[], total: 0 };
    const { where, params, isEqualityFiltered } = whereOf(selection);
    const direction = request.newestFirst ? 'DESC' : 'ASC';
    if (!isEqualityFiltered) {
      const bound = request.newestFirst ? 'a.id <= @start AND a.id >= @loId' : 'a.id >= @start AND a.id <= @hiId';
      const start = request.newestFirst ? selection.hiId - request.offset : selection.loId + request.offset;
      const rows = prepared<PageEntry>(`SELECT ${pageColumns} FROM ${pageFrom} WHERE ${bound} ORDER BY a.id ${direction} LIMIT ${request.limit}`).all({
        start,
        loId: selection.loId,
        hiId: selection.hiId,
      });
      return { rows, total: selection.hiId - selection.loId + 1 };
    }
    const inner = `SELECT id FROM audit_log WHERE ${where} ORDER BY id ${direction} LIMIT ${request.limit} OFFSET @offset`;
    const rows = prepared<PageEntry>(`SELECT ${pageColumns} FROM ${pageFrom} WHERE a.id IN (${inner}) ORDER BY a.id ${direction}`).all({
      ...params,
      offset: request.offset,
    });
    const fromPage = totalFromPage(request.offset, request.limit, rows.length);
    if (fromPage !== null) return { rows, total: fromPage };
    const cap = cappedCountLimit(request.offset, request.limit);
    const total = prepared<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM audit_log WHERE ${where} LIMIT ${cap})`).get(params)?.n ?? 0;
    return { rows, ...cappedTotal(total, cap) };
  }

  /**
   * Newest-first batches of a selection for a streamed export, each one piece of text made by SQLite
   * (`line`: an SQL expression over `exportColumns`, lines joined by CRLF): no object or string per
   * row in JavaScript. Each batch is a fresh index range below the previous batch's last id (keyset),
   * so no statement stays open between batches and memory holds one batch at a time. The batch's
   * bound replaces the selection's upper id rather than joining it: with two upper bounds SQLite
   * seeks from the higher one and walks down through every row already exported, which made each
   * batch slower than the last (56 s for 1M rows of a 10M log).
   */
  function exportBatchBelow(selection: AuditSelection, belowId: number, size: number, line: string) {
    const { where, params } = whereOf({ ...selection, hiId: Math.min(selection.hiId, belowId - 1) });
    return prepared<{ rows: number; lastId: number | null; text: string | null }>(
      `WITH x AS MATERIALIZED (SELECT ${exportColumns} FROM audit_log WHERE ${where} ORDER BY id DESC LIMIT ${size})
       SELECT count(*) AS rows, min(id) AS lastId, group_concat(${line}, char(13, 10) ORDER BY id DESC) AS text FROM x`,
    ).get(params) as { rows: number; lastId: number | null; text: string | null };
  }

  return {
    last: () => lastStatement.get(),
    insert: (entry: StoredEntry) => insertStatement.run(entry),
    byId: (id: number) => byIdStatement.get(id),
    /** The first id whose time is at or after `at` (null: none). */
    firstIdAtOrAfter: (at: string) => firstAtOrAfter.get(at) ?? null,
    /** The last id whose time is at or before `at` (null: none). */
    lastIdAtOrBefore: (at: string) => lastAtOrBefore.get(at) ?? null,
    page,
    exportBatchBelow,
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;

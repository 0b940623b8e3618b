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

/** Each equality filter's column: the leading column of one of the log's (column, id) indexes. */
const equalityColumns: Record<keyof AuditEqualityFilter, string> = {
  actorId: 'actor_id',
  actorRole: 'actor_role',
  action: 'action',
  customerId: 'customer_id',
  ticketRef: 'ticket_ref',
  targetType: 'target_type',
  targetId: 'target_id',
};
const equalityNames = Object.keys(equalityColumns) as (keyof AuditEqualityFilter)[];

/** A page's rows also name the customer (handle) and the actor, read by primary key for the page only. */
const pageColumns = `a.id, a.at, a.actor_id AS actorId, a.actor_role AS actorRole, a.action, a.target_type AS targetType, a.target_id AS targetId,
  a.customer_id AS customerId, a.ticket_ref AS ticketRef, a.reason, a.details, a.personal, a.prev_hash AS prevHash, a.hash,
  c.nic_handle AS customerHandle, s.display_name AS actorName`;
const pageFrom = 'audit_log a LEFT JOIN customers c ON c.id = a.customer_id LEFT JOIN staff s ON s.id = a.actor_id';
/**
 * What a list page reads: what the list and the history timeline show. Not the hashes (the entry's
 * page shows them) nor the personal values' ciphertext, only whether there is one: less to read,
 * shape and send on every page (per-request CPU, docs/DECISIONS.md).
 */
const listColumns = `a.id, a.at, a.actor_id AS actorId, a.actor_role AS actorRole, a.action, a.target_type AS targetType, a.target_id AS targetId,
  a.customer_id AS customerId, a.ticket_ref AS ticketRef, a.reason, a.details, a.personal IS NOT NULL AS hasPersonal,
  c.nic_handle AS customerHandle, s.display_name AS actorName`;

export interface PageEntry extends StoredEntry {
  customerHandle: string | null;
  actorName: string | null;
}

/** A row of a list page (`listColumns`). */
export interface ListEntry extends Omit<PageEntry, 'personal' | 'prevHash' | 'hash'> {
  /** 1 when the entry holds personal values (never read on a list page), else 0. */
  hasPersonal: number;
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

export function createAuditRepository({ sqlite }: Pick<Database_, 'sqlite'>) {
  const prepared = createStatementCache(sqlite);
  const lastStatement = sqlite.prepare<[], { id: number; hash: string; at: string }>('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1');
  const insertStatement = sqlite.prepare<StoredEntry>(
    `INSERT INTO audit_log (id, at, actor_id, actor_role, action, target_type, target_id, customer_id, ticket_ref, reason, details, personal, prev_hash, hash)
     VALUES (@id, @at, @actorId, @actorRole, @action, @targetType, @targetId, @customerId, @ticketRef, @reason, @details, @personal, @prevHash, @hash)`,
  );
  const byIdStatement = sqlite.prepare<[number], PageEntry>(`SELECT ${pageColumns} FROM ${pageFrom} WHERE a.id = ?`);
  const firstAtOrAfter = sqlite.prepare<[string], number>('SELECT id FROM audit_log WHERE at >= ? ORDER BY at, id LIMIT 1').pluck();
  const lastAtOrBefore = sqlite.prepare<[string], number>('SELECT id FROM audit_log WHERE at <= ? ORDER BY at DESC, id DESC LIMIT 1').pluck();

  /** The selection as SQL conditions on the log, its columns named through `table` when the query joins others. */
  // Plain loops: this runs for every page, and the callbacks a filter/map creates per call (each
  // also named by tsx) cost more than the work itself (per-request CPU, docs/DECISIONS.md).
  function whereOf(selection: AuditSelection, table?: string) {
    const prefix = table ? `${table}.` : '';
    const params: Record<string, unknown> = { loId: selection.loId, hiId: selection.hiId, ids: selection.ids ? JSON.stringify(selection.ids) : null };
    let where = '';
    for (const name of equalityNames) {
      const value = selection.equal[name];
      if (!isSet(value)) continue;
      where += `${prefix}${equalityColumns[name]} = @${name} AND `;
      params[name] = value;
    }
    const isEqualityFiltered = where !== '' || Boolean(selection.ids);
    if (selection.ids) where += `${prefix}id IN (SELECT value FROM json_each(@ids)) AND `;
    return { where: `${where}${prefix}id BETWEEN @loId AND @hiId`, params, isEqualityFiltered };
  }

  /**
   * One page. Without equality filters the ids are contiguous (1..N, never deleted, verify() names a
   * gap), so the page starts at a computed id and the total is hiId - loId + 1: no COUNT, no OFFSET.
   * With filters, the offset is skipped inside the covering (column, id) index and only the page's
   * rows are read from the table; the total is counted up to a cap (docs/SEARCH.md).
   */
  function page(selection: AuditSelection, request: PageRequest) {
    if (selection.hiId < selection.loId) return { rows: [] as ListEntry[], total: 0 };
    const { where, params, isEqualityFiltered } = whereOf(selection);
    const direction = request.newestFirst ? 'DESC' : 'ASC';
    if (!isEqualityFiltered) {
      const bound = request.newestFirst ? 'a.id <= @start AND a.id >= @loId' : 'a.id >= @start AND a.id <= @hiId';
      const start = request.newestFirst ? selection.hiId - request.offset : selection.loId + request.offset;
      const rows = prepared<ListEntry>(`SELECT ${listColumns} FROM ${pageFrom} WHERE ${bound} ORDER BY a.id ${direction} LIMIT ${request.limit}`).all({
        start,
        loId: selection.loId,
        hiId: selection.hiId,
      });
      return { rows, total: selection.hiId - selection.loId + 1 };
    }
    const inner = `SELECT id FROM audit_log WHERE ${where} ORDER BY id ${direction} LIMIT ${request.limit} OFFSET @offset`;
    const rows = prepared<ListEntry>(`SELECT ${listColumns} FROM ${pageFrom} WHERE a.id IN (${inner}) ORDER BY a.id ${direction}`).all({
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
   * The next newest-first batch of a selection for the streamed export: one CSV line per entry, made
   * by SQLite (`csv.line`, an SQL expression over `a`, the entry, `actor.cell`, its actor's name
   * already made a cell by `csv.nameCell`, and `c.nic_handle`): no object or array per row in
   * JavaScript. Names come by joins; staff is small, so each name is made a cell once per batch
   * rather than once per row. Each batch is a fresh index range below the previous batch's last id
   * (keyset), so no statement stays open between batches and memory holds one batch at a time. The
   * batch's bound replaces the selection's upper id rather than joining it: with two upper bounds
   * SQLite seeks from the higher one and walks down through every row already exported, which made
   * each batch slower than the last (56 s for 1M rows of a 10M log).
   */
  function exportBatchBelow(selection: AuditSelection, belowId: number, size: number, csv: { line: string; nameCell: string }) {
    const { where, params } = whereOf({ ...selection, hiId: Math.min(selection.hiId, belowId - 1) }, 'a');
    return prepared<string>(
      `WITH actor(id, cell) AS MATERIALIZED (SELECT id, ${csv.nameCell} FROM staff)
       SELECT ${csv.line} FROM audit_log a LEFT JOIN actor ON actor.id = a.actor_id LEFT JOIN customers c ON c.id = a.customer_id
       WHERE ${where} ORDER BY a.id DESC LIMIT ${size}`,
    )
      .pluck()
      .all(params);
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

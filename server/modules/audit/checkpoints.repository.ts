import type Database from 'better-sqlite3';
import { sortMap, type SortOrder } from '../../http/list-query.js';
import { checkpointListContract } from './audit.schemas.js';

export interface CheckpointRow {
  id: number;
  createdAt: string;
  entryCount: number;
  headHash: string;
  keyId: string;
  signature: string;
}

const columns = 'id, created_at AS createdAt, entry_count AS entryCount, head_hash AS headHash, key_id AS keyId, signature';

/** Takes the raw connection, so that the read-only CLI connection can use it too. */
export function createCheckpointsRepository(sqlite: Database.Database) {
  const newestFirst = sqlite.prepare<[], CheckpointRow>(`SELECT ${columns} FROM audit_checkpoints ORDER BY id DESC`);
  const byId = sqlite.prepare<[number], CheckpointRow>(`SELECT ${columns} FROM audit_checkpoints WHERE id = ?`);
  const head = sqlite.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const hashAt = sqlite.prepare<[number], string>('SELECT hash FROM audit_log WHERE id = ?').pluck();
  // Both directions walk the primary key; prepared once each.
  const orders = sortMap(checkpointListContract, { id: 'id' });
  const pages = Object.fromEntries(
    (['asc', 'desc'] as const).map((order) => [
      order,
      sqlite.prepare<[number, number], CheckpointRow>(`SELECT ${columns} FROM audit_checkpoints ORDER BY ${orders.id} ${order} LIMIT ? OFFSET ?`),
    ]),
  ) as Record<SortOrder, Database.Statement<[number, number], CheckpointRow>>;
  const total = sqlite.prepare<[], number>('SELECT count(*) FROM audit_checkpoints').pluck();
  return {
    /** Lazily newest first: verification usually stops at the first (the latest) checkpoint. */
    newestFirst: () => newestFirst.iterate(),
    byId: (id: number) => byId.get(id),
    head: () => head.get() ?? { id: 0, hash: null },
    hashAt: (id: number) => hashAt.get(id) ?? null,
    page: (order: SortOrder, offset: number, limit: number) => ({ rows: pages[order].all(limit, offset), total: total.get() ?? 0 }),
    insert(row: Omit<CheckpointRow, 'id'>): number {
      const result = sqlite
        .prepare(
          'INSERT INTO audit_checkpoints (created_at, entry_count, head_hash, key_id, signature) VALUES (@createdAt, @entryCount, @headHash, @keyId, @signature)',
        )
        .run(row);
      return Number(result.lastInsertRowid);
    },
  };
}

import type Database from 'better-sqlite3';
import { entryHash, type ChainedEntry } from './audit-chain.js';

// Rows written as they stand, with their chain links, outside audit.record() and outside any
// audited change: for loads that build a log in bulk (the bench's ten million entries) and for
// tests that rewrite rows the way someone holding the file could. The product never calls it.

const insertSql = `INSERT INTO audit_log (id, at, actor_id, actor_role, action, target_type, target_id, customer_id, ticket_ref, reason, details, personal, prev_hash, hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Returns `append(entry, prevHash)`: inserts the entry linked to `prevHash` and returns its hash. */
export function rawAuditAppender(sqlite: Database.Database): (entry: ChainedEntry, prevHash: string) => string {
  const insert = sqlite.prepare(insertSql);
  return (entry, prevHash) => {
    const hash = entryHash(prevHash, entry);
    insert.run(
      entry.id,
      entry.at,
      entry.actorId,
      entry.actorRole,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.customerId,
      entry.ticketRef,
      entry.reason,
      entry.details,
      entry.personal,
      prevHash,
      hash,
    );
    return hash;
  };
}

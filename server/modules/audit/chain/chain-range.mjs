// Verifies one range of the audit chain. Plain JavaScript on purpose: worker threads load it as is,
// under tsx, under vitest and in production alike (no TypeScript loader inside a worker).
import crypto from 'node:crypto';

// SQLite builds the exact JSON text entryHash() hashes (audit-chain.ts: JSON.stringify of the same
// fields in the same order), so JavaScript receives one string per entry and hashes it: the walk
// costs one row step and one SHA-256 per entry. If SQLite ever wrote a value differently from
// JSON.stringify, the entry is re-hashed from its columns (contentOf) before being called broken.
const rangeSql = `SELECT id, prev_hash, hash,
  json_array(id, at, actor_id, actor_role, action, target_type, target_id, customer_id, ticket_ref, reason, details, personal)
  FROM audit_log WHERE id BETWEEN ? AND ? ORDER BY id`;
const columnsSql = `SELECT id, at, actor_id, actor_role, action, target_type, target_id, customer_id, ticket_ref, reason, details, personal
  FROM audit_log WHERE id = ?`;

const sha256 = (text) => crypto.hash('sha256', text);

function contentOf(sqlite, id) {
  return JSON.stringify(sqlite.prepare(columnsSql).raw().get(id));
}

/**
 * Walks entries fromId..toId in id order. `expectedPrev` is the hash the first entry must link to,
 * or null when the range starts in the middle of a parallel walk (the caller joins the ranges).
 * Returns how many entries were good before the first bad one, and the range's boundary hashes.
 */
export function verifyRange(sqlite, { fromId, toId, expectedPrev }) {
  let expectedId = fromId;
  let previous = expectedPrev;
  let firstPrev = null;
  let checked = 0;
  const bad = (id, problem) => ({ checked, firstBad: { id, problem }, firstPrev, lastHash: previous });
  for (const [id, prevHash, hash, json] of sqlite.prepare(rangeSql).raw().iterate(fromId, toId)) {
    if (id !== expectedId) return bad(expectedId, `entry ${expectedId} is missing (next is ${id})`);
    if (checked === 0) firstPrev = prevHash;
    if (previous !== null && prevHash !== previous) return bad(id, 'its link to the previous entry does not match');
    if (sha256(`${prevHash}\n${json}`) !== hash && sha256(`${prevHash}\n${contentOf(sqlite, id)}`) !== hash) {
      return bad(id, 'its content does not match its hash');
    }
    previous = hash;
    expectedId = id + 1;
    checked += 1;
  }
  if (expectedId <= toId) return bad(expectedId, `entry ${expectedId} is missing (the log ends at ${expectedId - 1})`);
  return { checked, firstBad: null, firstPrev, lastHash: previous };
}

import type Database from 'better-sqlite3';
import type { StatementCache } from '../../../../db/statement-cache.js';
import { customerIdBucketBits } from '../../../../db/schema/customer-counts.js';
import { countedFilters, locateInBuckets, type CustomerFilter, type SortOrder } from './customer-list.plan.js';
import { idBucketsSql, listParams } from './customer-list.sql.js';

type Buckets = ReadonlyArray<readonly [bucket: number, rows: number]>;

/**
 * Deep pages of the id order: the offset becomes a keyset (`id < bound`) plus an OFFSET shorter
 * than one bucket (4,096 ids). The per-bucket counts (up to ~50,000 rows to sum, a few ms) are kept in memory
 * until the database changes: `PRAGMA data_version` moves when another connection commits,
 * `total_changes()` when this one writes, so a cached array is never stale.
 */
export function createIdBuckets(sqlite: Database.Database, prepared: StatementCache) {
  const dataVersion = sqlite.prepare<[], number>('PRAGMA data_version').pluck();
  const totalChanges = sqlite.prepare<[], number>('SELECT total_changes()').pluck();
  const cache = new Map<string, Buckets>();
  let cachedAt = '';

  function buckets(filter: CustomerFilter, order: SortOrder): Buckets {
    const version = `${dataVersion.get()}:${totalChanges.get()}`;
    if (version !== cachedAt) {
      cache.clear();
      cachedAt = version;
    }
    const key = `${order}:${JSON.stringify(countedFilters.map((name) => filter[name] ?? null))}`;
    let found = cache.get(key);
    if (!found) {
      const ascending = prepared<[number, number]>(idBucketsSql(filter)).raw(true).all(listParams(filter)) as unknown as Array<readonly [number, number]>;
      found = order === 'asc' ? ascending : ascending.reverse();
      cache.set(key, found);
    }
    return found;
  }

  /** The keyset bound and the rows to skip after it, or null when the offset is past the end. */
  return function locate(filter: CustomerFilter, order: SortOrder, offset: number): { idBound: number; skip: number } | null {
    const at = locateInBuckets(buckets(filter, order), offset);
    if (!at) return null;
    // Descending: ids below the start of the next bucket; ascending: ids from this bucket's start.
    const idBound = (order === 'asc' ? at.bucket : at.bucket + 1) * 2 ** customerIdBucketBits;
    return { idBound, skip: at.skip };
  };
}

import type Database from 'better-sqlite3';

/**
 * Whether anything in the database may have changed since a moment: `total_changes()` counts every
 * row this connection has inserted, updated or deleted (triggers included, rolled-back work too),
 * and `PRAGMA data_version` moves whenever another connection (a CLI, another process) commits.
 * Equal stamps mean no write at all in between, so whatever was read then is still true. Reading
 * both costs a few microseconds, about a quarter of the session lookup it lets us skip.
 */
export function createChangeStamp(sqlite: Database.Database) {
  const ownChanges = sqlite.prepare<[], number>('SELECT total_changes()').pluck();
  const othersCommits = sqlite.prepare<[], number>('PRAGMA data_version').pluck();
  return {
    /** The stamp now; hold on to it with what was read under it. */
    take: (): ChangeStamp => ({ own: ownChanges.get() ?? 0, others: othersCommits.get() ?? 0 }),
    /** True when nothing was written since `stamp` was taken (by this connection or any other). */
    unchangedSince(stamp: ChangeStamp): boolean {
      return stamp.own === ownChanges.get() && stamp.others === othersCommits.get();
    },
  };
}

export interface ChangeStamp {
  own: number;
  others: number;
}

export type ChangeStamps = ReturnType<typeof createChangeStamp>;

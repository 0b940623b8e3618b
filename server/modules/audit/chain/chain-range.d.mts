import type Database from 'better-sqlite3';

export interface RangeRequest {
  fromId: number;
  toId: number;
  /** The hash the first entry must link to; null in the middle of a parallel walk. */
  expectedPrev: string | null;
}

export interface RangeResult {
  checked: number;
  firstBad: { id: number; problem: string } | null;
  /** The first entry's stored link (joined to the previous range's lastHash). */
  firstPrev: string | null;
  /** The hash of the last good entry (null when none). */
  lastHash: string | null;
}

export function verifyRange(sqlite: Database.Database, request: RangeRequest): RangeResult;

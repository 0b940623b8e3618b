import type Database from 'better-sqlite3';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { verifyRange, type RangeResult } from './chain-range.mjs';

export interface ChainWalk {
  ok: boolean;
  /** Entries found good, from `fromId` on, before the first bad one. */
  checked: number;
  firstBad?: { id: number; problem: string };
}

interface WalkRequest {
  sqlite: Database.Database;
  fromId: number;
  toId: number;
  /** The hash entry `fromId` must link to (the genesis hash, or a checkpoint's head). */
  expectedPrev: string;
  /** Ranges walked at once; 1 walks in this thread. Defaults to the machine's cores. */
  parallelism?: number;
  /** Fewer entries than this are walked in this thread (tests lower it to exercise the join). */
  parallelFrom?: number;
}

// Below this many entries a walk takes well under a second: starting workers would cost more.
const defaultParallelFrom = 200_000;

function walkInWorker(path: string, range: { fromId: number; toId: number; expectedPrev: string | null }): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./chain-worker.mjs', import.meta.url), { workerData: { path, range } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/**
 * Walks entries fromId..toId. Each entry stores its predecessor's hash, so the range is cut in parts
 * walked at once by worker threads (each on its own read-only connection), then joined: part k's
 * first link must equal part k-1's last hash. The first bad entry in id order is the one reported.
 */
export async function walkChain({ sqlite, fromId, toId, expectedPrev, parallelism, parallelFrom = defaultParallelFrom }: WalkRequest): Promise<ChainWalk> {
  const count = toId - fromId + 1;
  if (count <= 0) return { ok: true, checked: 0 };
  const parts = Math.max(1, Math.min(parallelism ?? availableParallelism(), 8));
  const isFile = !sqlite.memory && sqlite.name !== '';
  if (parts === 1 || count < parallelFrom || !isFile) {
    const result = verifyRange(sqlite, { fromId, toId, expectedPrev });
    return result.firstBad ? { ok: false, checked: result.checked, firstBad: result.firstBad } : { ok: true, checked: result.checked };
  }
  const size = Math.ceil(count / parts);
  const ranges = Array.from({ length: parts }, (_, k) => ({
    fromId: fromId + k * size,
    toId: Math.min(toId, fromId + (k + 1) * size - 1),
    expectedPrev: k === 0 ? expectedPrev : null,
  })).filter((range) => range.fromId <= range.toId);
  const results = await Promise.all(ranges.map((range) => walkInWorker(sqlite.name, range)));
  let checked = 0;
  let previousHash: string | null = expectedPrev;
  for (const [k, result] of results.entries()) {
    const range = ranges[k]!;
    if (k > 0 && result.firstPrev !== null && result.firstPrev !== previousHash) {
      return { ok: false, checked, firstBad: { id: range.fromId, problem: 'its link to the previous entry does not match' } };
    }
    if (result.firstBad) return { ok: false, checked: checked + result.checked, firstBad: result.firstBad };
    checked += result.checked;
    previousHash = result.lastHash;
  }
  return { ok: true, checked };
}

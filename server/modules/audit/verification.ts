import type Database from 'better-sqlite3';
import type { KeyObject } from 'node:crypto';
import { genesisHash } from './audit-chain.js';
import { walkChain } from './chain/chain-verifier.js';
import { isSignatureValid, keyIdOf } from './checkpoint-signature.js';
import { createCheckpointsRepository, type CheckpointRow } from './checkpoints.repository.js';

export interface VerifyReport {
  ok: boolean;
  /** `checkpoint`: walked only after the last good checkpoint; `full`: walked from the first entry. */
  mode: 'checkpoint' | 'full';
  /** Entries the report vouches for when ok (the log's size at the start of the walk). */
  entries: number;
  /** Entries actually re-hashed in this run. */
  walked: number;
  verifiedAt: string;
  checkpoint: Pick<CheckpointRow, 'id' | 'entryCount' | 'createdAt'> | null;
  firstBad?: { id: number; problem: string };
  /** Checkpoint rows skipped because they are not signed by the configured key (forged or rotated). */
  untrustedCheckpoints: number;
}

interface VerifyRequest {
  sqlite: Database.Database;
  /** The configured signing key (or its public half); without it no checkpoint is trusted. */
  key: KeyObject | null;
  mode: 'checkpoint' | 'full';
  now: () => Date;
  parallelism?: number;
}

/** The newest checkpoint that the configured key signed, and how many newer rows were not. */
function latestTrusted(sqlite: Database.Database, key: KeyObject | null) {
  const repository = createCheckpointsRepository(sqlite);
  const keyId = key ? keyIdOf(key) : null;
  let untrusted = 0;
  for (const row of repository.newestFirst()) {
    if (key && row.keyId === keyId && isSignatureValid(key, row, row.signature)) return { checkpoint: row, untrusted };
    untrusted += 1;
  }
  return { checkpoint: null, untrusted };
}

/** What the signed checkpoint says against what the log holds now; null when they agree. */
export function checkpointMismatch(sqlite: Database.Database, checkpoint: Pick<CheckpointRow, 'id' | 'entryCount' | 'headHash' | 'createdAt'>) {
  const repository = createCheckpointsRepository(sqlite);
  const head = repository.head();
  const label = `checkpoint #${checkpoint.id} of ${checkpoint.createdAt}`;
  if (head.id < checkpoint.entryCount) {
    return { id: head.id + 1, problem: `entries ${head.id + 1} to ${checkpoint.entryCount} are gone: ${label} vouched for ${checkpoint.entryCount} entries` };
  }
  if (repository.hashAt(checkpoint.entryCount) !== checkpoint.headHash) {
    return { id: checkpoint.entryCount, problem: `its hash differs from the one signed in ${label}: the log was rewritten up to here` };
  }
  return null;
}

/**
 * Proves the log intact. From the last trusted checkpoint only the newer entries are walked; the
 * checkpoint's head must still be the stored hash of its entry (a rewrite re-hashing the whole chain
 * is caught here). When something is wrong the full walk runs to name the first broken entry.
 */
export async function verifyLog({ sqlite, key, mode, now, parallelism }: VerifyRequest): Promise<VerifyReport> {
  const head = createCheckpointsRepository(sqlite).head();
  const { checkpoint, untrusted } = latestTrusted(sqlite, key);
  const base = {
    mode,
    entries: head.id,
    checkpoint: checkpoint && { id: checkpoint.id, entryCount: checkpoint.entryCount, createdAt: checkpoint.createdAt },
    untrustedCheckpoints: untrusted,
  };
  const fullWalk = () => walkChain({ sqlite, fromId: 1, toId: head.id, expectedPrev: genesisHash, parallelism });
  const report = (walked: number, firstBad?: VerifyReport['firstBad']): VerifyReport => ({
    ...base,
    ok: !firstBad,
    walked,
    verifiedAt: now().toISOString(),
    ...(firstBad ? { firstBad } : {}),
  });

  if (mode === 'full') {
    const walk = await fullWalk();
    if (!walk.ok) return report(walk.checked, walk.firstBad);
    return report(walk.checked, checkpoint ? (checkpointMismatch(sqlite, checkpoint) ?? undefined) : undefined);
  }
  const mismatch = checkpoint && checkpointMismatch(sqlite, checkpoint);
  if (mismatch) {
    const walk = await fullWalk();
    return report(walk.checked, walk.ok || (walk.firstBad?.id ?? 0) > mismatch.id ? mismatch : walk.firstBad);
  }
  const fromId = (checkpoint?.entryCount ?? 0) + 1;
  const walk = await walkChain({ sqlite, fromId, toId: head.id, expectedPrev: checkpoint?.headHash ?? genesisHash, parallelism });
  return report(walk.checked, walk.firstBad);
}

import { createPublicKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { Database_ } from '../../../db/client.js';
import { conflict, notFound } from '../../http/errors.js';
import { genesisHash } from './audit-chain.js';
import type { AuditActor } from './audit.service.js';
import type { AuditedChanges } from './audited-change.js';
import { verifyRange } from './chain/chain-range.mjs';
import { walkChain } from './chain/chain-verifier.js';
import { checkpointFormat, isSignatureValid, keyIdOf, publicKeyPem, signStatement, statementOf } from './checkpoint-signature.js';
import { createCheckpointsRepository, type CheckpointRow } from './checkpoints.repository.js';
import { checkpointMismatch, verifyLog, type VerifyReport } from './verification.js';

/** An exported checkpoint: everything needed to check it later, away from the console. */
export const exportedCheckpointSchema = z
  .object({
    format: z.literal(checkpointFormat),
    checkpoint: z.number().int().positive(),
    createdAt: z.string().min(1),
    entryCount: z.number().int().min(0),
    headHash: z.string().regex(/^[0-9a-f]{64}$/),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    publicKey: z.string().min(40).max(1000),
    signature: z.string().min(40).max(200),
    statement: z.string(),
  })
  .strict();
export type ExportedCheckpoint = z.infer<typeof exportedCheckpointSchema>;

export interface ExportCheck {
  ok: boolean;
  checkpoint: number;
  entryCount: number;
  createdAt: string;
  /** Whether the file was signed by the key this console is configured with. */
  signedByConsoleKey: boolean;
  /** Entries appended since the checkpoint, all linking onto it when ok. */
  entriesSince: number;
  problem?: string;
}

export function exportOf(row: CheckpointRow, key: KeyObject): ExportedCheckpoint {
  return {
    format: checkpointFormat,
    checkpoint: row.id,
    createdAt: row.createdAt,
    entryCount: row.entryCount,
    headHash: row.headHash,
    keyId: row.keyId,
    publicKey: publicKeyPem(key),
    signature: row.signature,
    statement: statementOf(row),
  };
}

/**
 * Checks a checkpoint file held outside the console against the log as it is now (read-only): the
 * signature, the signed head against the stored entry, then the whole chain from the first entry
 * (a row rewritten before the checkpoint without re-hashing is named too).
 */
export async function checkExported(sqlite: Database_['sqlite'], file: ExportedCheckpoint, consoleKey: KeyObject | null): Promise<ExportCheck> {
  const base = { checkpoint: file.checkpoint, entryCount: file.entryCount, createdAt: file.createdAt, entriesSince: 0 };
  let key: KeyObject;
  try {
    key = createPublicKey(file.publicKey);
  } catch {
    return { ...base, ok: false, signedByConsoleKey: false, problem: 'the public key in the file cannot be read' };
  }
  const signedByConsoleKey = consoleKey !== null && keyIdOf(consoleKey) === keyIdOf(key);
  if (keyIdOf(key) !== file.keyId || !isSignatureValid(key, file, file.signature)) {
    return { ...base, ok: false, signedByConsoleKey, problem: 'the signature does not match the file: the file itself was altered' };
  }
  const mismatch = checkpointMismatch(sqlite, { id: file.checkpoint, entryCount: file.entryCount, headHash: file.headHash, createdAt: file.createdAt });
  if (mismatch) return { ...base, ok: false, signedByConsoleKey, problem: `entry ${mismatch.id}: ${mismatch.problem}` };
  const head = createCheckpointsRepository(sqlite).head();
  const walk = await walkChain({ sqlite, fromId: 1, toId: head.id, expectedPrev: genesisHash });
  const entriesSince = Math.max(0, walk.checked - file.entryCount);
  if (walk.firstBad) return { ...base, ok: false, signedByConsoleKey, entriesSince, problem: `entry ${walk.firstBad.id}: ${walk.firstBad.problem}` };
  return { ...base, ok: true, signedByConsoleKey, entriesSince };
}

interface CheckpointsDeps {
  database: Database_;
  changes: AuditedChanges;
  signingKey: KeyObject | null;
  clock: () => Date;
}

export const chainBroken = (report: VerifyReport) =>
  conflict('audit.chain_broken', `The audit chain is broken at entry ${report.firstBad?.id}: no checkpoint is signed over a broken log.`);

export function createCheckpoints({ database, changes, signingKey, clock }: CheckpointsDeps) {
  const repository = createCheckpointsRepository(database.sqlite);
  let lastReport: VerifyReport | null = null;

  const requireKey = () => {
    if (!signingKey) throw conflict('audit.no_signing_key', 'No AUDIT_SIGNING_KEY is configured: checkpoints cannot be signed.');
    return signingKey;
  };

  async function verify(mode: 'checkpoint' | 'full'): Promise<VerifyReport> {
    lastReport = await verifyLog({ sqlite: database.sqlite, key: signingKey, mode, now: clock });
    return lastReport;
  }

  /**
   * Verifies from the last checkpoint, then signs the head: a checkpoint never blesses a broken log.
   * Entries appended while the walk ran are walked inside the change's transaction (a few, in-thread).
   * With `onlyWhenNew` (the periodic run), nothing is written unless entries other than the previous
   * checkpoint's own audit entry arrived.
   */
  async function create(actor: AuditActor | null, { onlyWhenNew = false } = {}) {
    const key = requireKey();
    const report = await verify('checkpoint');
    if (!report.ok) throw chainBroken(report);
    const previous = report.checkpoint?.entryCount ?? 0;
    if (onlyWhenNew && report.entries - previous <= 1) return null;
    return changes.apply((change) => {
      const head = repository.head();
      if (head.id > report.entries) {
        const lastWalked = repository.hashAt(report.entries) ?? genesisHash;
        const tail = verifyRange(database.sqlite, { fromId: report.entries + 1, toId: head.id, expectedPrev: lastWalked });
        if (tail.firstBad) throw chainBroken({ ...report, ok: false, firstBad: tail.firstBad });
      }
      const statement = { createdAt: change.nowIso, entryCount: head.id, headHash: head.hash ?? genesisHash };
      const row = { ...statement, keyId: keyIdOf(key), signature: signStatement(key, statement) };
      const id = repository.insert(row);
      return {
        result: { id, ...row },
        audit: {
          actor,
          action: 'audit.checkpoint',
          targetType: 'audit_checkpoint',
          targetId: id,
          details: { entryCount: head.id, headHash: statement.headHash },
        },
      };
    }).result;
  }

  function exportCheckpoint(id: number, actor: AuditActor) {
    const row = repository.byId(id);
    if (!row) throw notFound('audit.checkpoint_not_found', 'No checkpoint has this number.');
    const file = exportOf(row, requireKey());
    changes.apply(() => ({
      result: null,
      audit: { actor, action: 'audit.checkpoint_export', targetType: 'audit_checkpoint', targetId: id, details: { entryCount: row.entryCount } },
    }));
    return file;
  }

  return {
    verify,
    create,
    exportCheckpoint,
    check: (file: ExportedCheckpoint) => checkExported(database.sqlite, file, signingKey),
    list: (...args: Parameters<typeof repository.page>) => repository.page(...args),
    /** The last verification's result (dashboards show it without walking again). */
    lastReport: () => lastReport,
  };
}

export type Checkpoints = ReturnType<typeof createCheckpoints>;

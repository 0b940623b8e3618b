import { z } from 'zod';
import { documentedAs, viewSchema } from '../../http/views.js';
import type { AuditDetail, AuditListRow, ChangeLine } from './audit-view.js';
import type { CheckpointRow } from './checkpoints.repository.js';
import type { Checkpoints, ExportCheck } from './checkpoints.service.js';
import type { VerifyReport } from './verification.js';

// The audit log's answers, for the OpenAPI document; each schema checked against its view's type.

const id = z.number().int();
const fields = z.record(z.string(), z.unknown());

/** A list row: no personal values, only whether the entry has any. */
export const auditListRowSchema = documentedAs(
  'AuditListRow',
  viewSchema<AuditListRow>()(
    z.object({
      id,
      at: z.string(),
      actorId: id.nullable(),
      actorName: z.string().nullable(),
      actorRole: z.string().nullable(),
      action: z.string(),
      targetType: z.string(),
      targetId: z.string().nullable(),
      customerId: id.nullable(),
      customerHandle: z.string().nullable(),
      ticketRef: z.string().nullable(),
      reason: z.string().nullable(),
      details: fields,
      hasPersonal: z.boolean(),
    }),
  ),
);

const changeLine = viewSchema<ChangeLine>()(z.object({ field: z.string(), before: z.unknown(), after: z.unknown(), isPersonal: z.boolean() }));

/** One entry with its chain hashes and readable diff; personal values null until an audited reveal. */
export const auditDetailSchema = documentedAs(
  'AuditEntry',
  viewSchema<AuditDetail>()(
    auditListRowSchema.extend({
      prevHash: z.string(),
      hash: z.string(),
      changes: z.array(changeLine),
      context: fields,
      personalContext: fields,
      isRevealed: z.boolean(),
    }),
  ),
);

export const checkpointRowSchema = viewSchema<CheckpointRow>()(
  z.object({ id, createdAt: z.string(), entryCount: z.number().int(), headHash: z.string(), keyId: z.string(), signature: z.string() }),
);

/** A new checkpoint; null only for the scheduled run when nothing was appended since the last one. */
export const createdCheckpointSchema = viewSchema<Awaited<ReturnType<Checkpoints['create']>>>()(checkpointRowSchema.nullable());

export const verifyReportSchema = viewSchema<VerifyReport>()(
  z.object({
    ok: z.boolean(),
    mode: z.enum(['checkpoint', 'full']),
    entries: z.number().int(),
    walked: z.number().int(),
    verifiedAt: z.string(),
    checkpoint: z.object({ id, entryCount: z.number().int(), createdAt: z.string() }).nullable(),
    firstBad: z.object({ id, problem: z.string() }).optional(),
    untrustedCheckpoints: z.number().int(),
  }),
);

export const exportCheckSchema = viewSchema<ExportCheck>()(
  z.object({
    ok: z.boolean(),
    checkpoint: id,
    entryCount: z.number().int(),
    createdAt: z.string(),
    signedByConsoleKey: z.boolean(),
    entriesSince: z.number().int(),
    problem: z.string().optional(),
  }),
);

import { z } from 'zod';
import { loginResults } from '../../../db/schema/activity.js';
import { flagResolutions, flagRules, flagSeverities, flagStatuses, manualFlagKinds } from '../../../db/schema/flags.js';
import { documentedAs, viewSchema } from '../../http/views.js';
import type { RecordedFlags } from './detection/detector.js';
import type { FlagRow, FlagsRepository } from './flags.repository.js';
import type { FlagDetail } from './flags.service.js';

// Flags as the API sends them, for the OpenAPI document; each schema checked against its view's type.

const id = z.number().int();

export const flagRowSchema = documentedAs(
  'FlagListRow',
  viewSchema<FlagRow>()(
    z.object({
      id,
      customerId: id,
      nicHandle: z.string(),
      rule: z.enum(flagRules),
      severity: z.enum(flagSeverities),
      kind: z.enum(manualFlagKinds).nullable(),
      status: z.enum(flagStatuses),
      resolution: z.enum(flagResolutions).nullable(),
      assigneeId: id.nullable(),
      assigneeName: z.string().nullable(),
      summary: z.string(),
      summaryParams: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
      ticketRef: z.string().nullable(),
      raisedBy: id.nullable(),
      raisedByName: z.string().nullable(),
      raisedAt: z.string(),
      lastEvidenceAt: z.string().nullable(),
      updatedAt: z.string(),
      resolvedAt: z.string().nullable(),
      version: id,
    }),
  ),
);

/** A flag with the login events behind it and the notes on it. */
export const flagDetailSchema = documentedAs(
  'Flag',
  viewSchema<FlagDetail>()(
    flagRowSchema.extend({
      evidence: z.array(
        z.object({
          id,
          occurredAt: z.string(),
          ip: z.string(),
          country: z.string(),
          result: z.enum(loginResults),
          isNewDevice: z.boolean(),
          latitude: z.number().nullable(),
          longitude: z.number().nullable(),
          deviceId: z.string().nullable(),
          device: z.string(),
          locationSource: z.string().nullable(),
        }),
      ),
      notes: z.array(z.object({ id, staffId: id, staffName: z.string(), at: z.string(), text: z.string() })),
    }),
  ),
);

export const assigneeSchema = viewSchema<ReturnType<FlagsRepository['assignees']>[number]>()(z.object({ id, displayName: z.string(), role: z.string() }));

/** What a detection run did: the flags it raised and those it added evidence to. */
export const recordedFlagsSchema = viewSchema<RecordedFlags>()(z.object({ raised: z.array(id), joined: z.array(id) }));

import { z } from 'zod';
import { flagResolutions, flagRules, flagSeverities, flagStatuses, manualFlagKinds } from '../../../db/schema/flags.js';
import { reason, ticketRef } from '../../http/fields.js';
import { filterUntil, listContract, recordId, type ListFilterOf } from '../../http/list-query.js';

const version = z.number({ error: 'The flag version you saw is required' }).int().positive();
const note = z.string().trim().min(3, 'Write a note (at least 3 characters)').max(4000);

/** "I received a login notification I don't recognise": an agent raises a flag from a call. */
export const raiseFlagBody = z
  .object({
    customerId: z.number().int().positive(),
    kind: z.enum(manualFlagKinds, { error: 'Choose what the caller reported' }),
    severity: z.enum(flagSeverities, { error: 'Choose a severity' }),
    note,
    ticketRef,
  })
  .strict();
export type RaiseFlagBody = z.infer<typeof raiseFlagBody>;

/** A lead takes the flag in hand: who works it, and how severe it really is. */
export const triageFlagBody = z
  .object({
    assigneeId: z.number().int().positive().nullable().optional(),
    severity: z.enum(flagSeverities).optional(),
    note: note.optional(),
    version,
  })
  .strict();
export type TriageFlagBody = z.infer<typeof triageFlagBody>;

export const resolveFlagBody = z.object({ resolution: z.enum(flagResolutions, { error: 'Choose how the case ended' }), note: reason, version }).strict();
export type ResolveFlagBody = z.infer<typeof resolveFlagBody>;

export const flagNoteBody = z.object({ text: note }).strict();

/** The guide's advice to the customer (change the password now, enable 2FA), tied to a ticket. */
export const securityAdviceBody = z.object({ ticketRef, flagId: z.number().int().positive().optional() }).strict();
export type SecurityAdviceBody = z.infer<typeof securityAdviceBody>;

export const flagListContract = listContract({
  resource: 'flags',
  sortFields: ['severity', 'raisedAt', 'id'],
  // The queue: most severe first, then oldest first (the tie-break is in the repository).
  defaultSort: ['severity', 'DESC'],
  filters: {
    isActive: z.boolean().optional(),
    status: z.enum(flagStatuses).optional(),
    severity: z.enum(flagSeverities).optional(),
    rule: z.enum(flagRules).optional(),
    customerId: recordId.optional(),
    assigneeId: recordId.optional(),
    /** Who raised it by hand (the agent's "flags I raised"). */
    raisedBy: recordId.optional(),
    /** Age: raised before this instant (the lead's "waiting for more than a week"). */
    raisedBefore: filterUntil.optional(),
  },
});
export type FlagListFilter = ListFilterOf<typeof flagListContract>;

import { z } from 'zod';
import { overrideReason, reason, ticketRef } from '../../http/fields.js';

export { reason, ticketRef };

/** How the caller proved who they are; `other` needs a note. */
export const identityChecks = ['security_questions', 'callback_on_file_phone', 'sms_code_to_phone', 'id_document_video', 'other'] as const;
export type IdentityCheck = (typeof identityChecks)[number];

export const promoteBody = z
  .object({
    ticketRef,
    identityCheck: z.enum(identityChecks, { error: 'Choose how the caller’s identity was checked' }),
    identityCheckNote: z.string().trim().max(500).optional(),
    reason,
    overrideReason: overrideReason.optional(),
    version: z.number({ error: 'The record version you saw is required' }).int().positive(),
  })
  .strict()
  .refine((body) => body.identityCheck !== 'other' || (body.identityCheckNote?.length ?? 0) >= 3, {
    path: ['identityCheckNote'],
    message: 'Describe how identity was checked',
  });
export type PromoteBody = z.infer<typeof promoteBody>;

import { z } from 'zod';

/** How the caller proved who they are; `other` needs a note. */
export const identityChecks = ['security_questions', 'callback_on_file_phone', 'sms_code_to_phone', 'id_document_video', 'other'] as const;

export const ticketRef = z
  .string()
  .trim()
  .min(3, 'Enter the helpdesk ticket reference')
  .max(64)
  .regex(/^[A-Za-z0-9#_\-./]+$/, 'Letters, digits and # _ - . / only');
export const reason = z.string().trim().min(5, 'Explain why (at least 5 characters)').max(2000);

export const promoteBody = z
  .object({
    ticketRef,
    identityCheck: z.enum(identityChecks, { error: 'Choose how the caller’s identity was checked' }),
    identityCheckNote: z.string().trim().max(500).optional(),
    reason,
    version: z.number({ error: 'The record version you saw is required' }).int().positive(),
  })
  .strict()
  .refine((body) => body.identityCheck !== 'other' || (body.identityCheckNote?.length ?? 0) >= 3, {
    path: ['identityCheckNote'],
    message: 'Describe how identity was checked',
  });
export type PromoteBody = z.infer<typeof promoteBody>;

import { z } from 'zod';

// Fields that every sensitive action carries (SPEC §1: a ticket reference and a reason), declared
// once so that every capability validates them alike and the UI can reuse the same rules.

export const ticketRef = z
  .string()
  .trim()
  .min(3, 'Enter the helpdesk ticket reference')
  .max(64)
  .regex(/^[A-Za-z0-9#_\-./]+$/, 'Letters, digits and # _ - . / only');

export const reason = z.string().trim().min(5, 'Explain why (at least 5 characters)').max(2000);

/** A lead passing a lock (SPEC §4.6) says why; the override is audited. */
export const overrideReason = z.string().trim().min(5, 'Explain why you override the lock (at least 5 characters)').max(2000);

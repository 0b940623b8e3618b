import { z } from 'zod';

/** A code from the authenticator app (6 digits) or a recovery code (XXXXX-XXXXX), spaces allowed. */
export const secondFactorCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z -]{6,20}$/, 'Enter the code from your authenticator app');

export const confirmEnrolmentBody = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{3} ?\d{3}$/, 'Enter the 6-digit code from your authenticator app'),
  })
  .strict();
export type ConfirmEnrolmentBody = z.infer<typeof confirmEnrolmentBody>;

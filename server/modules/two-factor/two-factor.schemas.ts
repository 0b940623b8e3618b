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

export const twoFactorStatus = z.object({
  enrolled: z.boolean(),
  enrolledAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
  enforced: z.boolean(),
});
export const twoFactorEnrolment = z.object({
  secret: z.string().describe('base32, for typing into the app'),
  uri: z.string().describe('otpauth:// URI'),
  qrCode: z.string().describe('the URI as a PNG data URL'),
  algorithm: z.literal('SHA1'),
  digits: z.literal(6),
  period: z.literal(30),
});
export const recoveryCodesAnswer = z.object({ recoveryCodes: z.array(z.string()) });

/** Actions named by their URL take no fields: anything sent is a mistake, refused before any change. */
export const noFields = z.object({}).strict();

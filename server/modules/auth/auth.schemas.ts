import { z } from 'zod';
import { secondFactorCode } from '../two-factor/two-factor.schemas.js';

export const loginBody = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: 'Enter a valid e-mail address' })),
    password: z.string().min(1, 'Enter your password').max(1024),
    /** The authenticator (or recovery) code: asked for (401 auth.code_required) once the password is right. */
    code: secondFactorCode.optional(),
  })
  .strict();
export type LoginBody = z.infer<typeof loginBody>;

/** A confirmation of who is at the keyboard: the password, or the authenticator code when enrolled. */
export const reauthenticateBody = z
  .object({
    password: z.string().min(1, 'Enter your password').max(1024).optional(),
    code: secondFactorCode.optional(),
  })
  .strict()
  .refine((body) => body.password !== undefined || body.code !== undefined, { message: 'Enter your password', path: ['password'] });
export type ReauthenticateBody = z.infer<typeof reauthenticateBody>;

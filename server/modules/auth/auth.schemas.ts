import { z } from 'zod';

export const loginBody = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: 'Enter a valid e-mail address' })),
    password: z.string().min(1, 'Enter your password').max(1024),
  })
  .strict();
export type LoginBody = z.infer<typeof loginBody>;

/** A confirmation of who is at the keyboard: the password, or the authenticator code when enrolled. */
export const reauthenticateBody = z
  .object({
    password: z.string().min(1, 'Enter your password').max(1024).optional(),
    code: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z-]{6,20}$/, 'Enter the code from your authenticator app')
      .optional(),
  })
  .strict()
  .refine((body) => body.password !== undefined || body.code !== undefined, { message: 'Enter your password', path: ['password'] });
export type ReauthenticateBody = z.infer<typeof reauthenticateBody>;

import { z } from 'zod';
import { newPassword } from '../staff/staff.schemas.js';

export const changePasswordBody = z
  .object({ currentPassword: z.string().min(1, 'Enter your current password').max(1024), newPassword })
  .strict()
  .refine((body) => body.currentPassword !== body.newPassword, { message: 'Choose a password different from the current one', path: ['newPassword'] });
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

/** A session as the API names it: the keyed hash stored in the database (never the cookie's token). */
export const sessionIdParam = z.string().regex(/^[0-9a-f]{64}$/, 'Not a session id');

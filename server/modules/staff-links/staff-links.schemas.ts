import { z } from 'zod';
import { newPassword } from '../staff/staff.schemas.js';

export const setPasswordBody = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This link is not complete: open it again from the e-mail'),
    password: newPassword,
  })
  .strict();
export type SetPasswordBody = z.infer<typeof setPasswordBody>;

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

import { z } from 'zod';
import { staffRoles } from '../../../db/schema/staff.js';
import { permissions } from '../../http/policy.js';
import { documentedAs, viewSchema } from '../../http/views.js';
import type { profileOf } from './auth.service.js';

// What the sign-in routes answer, for the OpenAPI document; each schema checked against its view's type.

/** The signed-in person as the console reads them: who, what they may do, and the CSRF token. */
export const profileSchema = documentedAs(
  'Profile',
  viewSchema<ReturnType<typeof profileOf>>()(
    z.object({
      id: z.number().int(),
      email: z.string(),
      displayName: z.string(),
      role: z.enum(staffRoles),
      twoFactorEnabled: z.boolean(),
      mustEnrolTwoFactor: z.boolean(),
      permissions: z.array(z.enum(permissions as [(typeof permissions)[number], ...(typeof permissions)[number][]])),
      csrfToken: z.string(),
    }),
  ),
);

export const reauthenticated = viewSchema<{ freshUntil: string }>()(z.object({ freshUntil: z.string() }));

import { z } from 'zod';
import { viewSchema } from '../../http/views.js';
import type { StaffSelf } from './staff-self.service.js';

// What a person's own account routes answer, for the OpenAPI document; checked against the views' types.

export const ownSessionSchema = viewSchema<ReturnType<StaffSelf['sessions']>[number]>()(
  z.object({
    id: z.string(),
    isCurrent: z.boolean(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    device: z.string().nullable(),
    clientAddress: z.string().nullable(),
  }),
);

export const passwordChangedSchema = viewSchema<Awaited<ReturnType<StaffSelf['changePassword']>>>()(z.object({ otherSessionsEnded: z.number().int() }));

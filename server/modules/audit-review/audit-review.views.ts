import { z } from 'zod';
import { documentedAs, viewSchema } from '../../http/views.js';
import type { ReviewRow } from './audit-review.repository.js';

/** An entry drawn for review, as the queue and a recorded review answer it (OpenAPI document). */
export const reviewRowSchema = documentedAs(
  'AuditReview',
  viewSchema<ReviewRow>()(
    z.object({
      id: z.number().int(),
      auditId: z.number().int(),
      actorId: z.number().int(),
      actorName: z.string().nullable(),
      customerId: z.number().int().nullable(),
      customerHandle: z.string().nullable(),
      action: z.string(),
      at: z.string(),
      reasons: z.array(z.string()),
      outcome: z.enum(['fine', 'follow_up']).nullable(),
      note: z.string().nullable(),
      reviewedBy: z.number().int().nullable(),
      reviewedAt: z.string().nullable(),
    }),
  ),
);

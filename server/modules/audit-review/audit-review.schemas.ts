import { z } from 'zod';
import { listContract } from '../../http/list-query.js';

const filters = { status: z.enum(['pending', 'reviewed']).optional() };

// By entry number (the order the actions happened): oldest first by default, as a reviewer works the
// sample in the order it was drawn; either direction is served by an index (audit-review.repository.ts).
export const reviewListContract = listContract({ resource: 'audit-reviews', sortFields: ['id'], defaultSort: ['id', 'ASC'], filters });

export const reviewBody = z
  .object({
    outcome: z.enum(['fine', 'follow_up']),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine((body) => body.outcome === 'fine' || (body.note?.length ?? 0) >= 5, {
    path: ['note'],
    message: 'Say what needs following up (at least 5 characters)',
  });
export type ReviewBody = z.infer<typeof reviewBody>;

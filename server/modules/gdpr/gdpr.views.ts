import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { gdprRequestFiles, gdprRequests } from '../../../db/schema/gdpr.js';
import { documentedAs, viewSchema } from '../../http/views.js';
import { blockerSchema } from '../blocked-actions/blocked-actions.js';
import type { GdprErasure } from './gdpr.erasure.js';
import { identityMethods } from './gdpr.rules.js';
import type { GdprRequestListRow, GdprRequestView, GdprService } from './gdpr.service.js';

// GDPR requests as the API sends them, for the OpenAPI document: the table's row (drizzle-zod) with
// the clock and the account the service adds; each schema checked against its view's type.

const day = z.string().describe('A calendar day, YYYY-MM-DD');

export const gdprRequestListRowSchema = documentedAs(
  'GdprRequestListRow',
  viewSchema<GdprRequestListRow>()(
    createSelectSchema(gdprRequests)
      .omit({ clockDueOn: true })
      .extend({
        reference: z.string(),
        dueOn: day,
        extendedDueOn: day,
        effectiveDueOn: day,
        daysLeft: z.number().int(),
        pausedDays: z.number().int(),
        isPaused: z.boolean(),
        urgency: z.enum(['overdue', 'due_soon', 'on_time', 'closed']),
        identityMethods: z.array(z.enum(identityMethods)).readonly(),
        customer: z
          .object({ nicHandle: z.string(), displayName: z.string(), processingRestricted: z.boolean().optional(), state: z.string().optional() })
          .nullable(),
      }),
  ),
);

/** A request with the files produced for it (reports, exports, letters); the stored path stays on the server. */
export const gdprRequestSchema = documentedAs(
  'GdprRequest',
  viewSchema<GdprRequestView>()(gdprRequestListRowSchema.extend({ files: z.array(createSelectSchema(gdprRequestFiles).omit({ storagePath: true })) })),
);

export const gdprSummarySchema = viewSchema<ReturnType<GdprService['summary']>>()(
  z.object({ open: z.number().int(), dueSoon: z.number().int(), overdue: z.number().int(), nearest: z.number().int().nullable() }),
);

export const erasureEligibilitySchema = viewSchema<ReturnType<GdprErasure['eligibility']>>()(
  z.object({ eligible: z.boolean(), blockers: z.array(blockerSchema) }),
);

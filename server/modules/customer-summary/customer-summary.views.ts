import { z } from 'zod';
import { viewSchema } from '../../http/views.js';
import type { CustomerSummary, SummaryItem, SummaryValue } from './customer-summary.js';

// The summary strip as the API sends it, for the OpenAPI document; checked against the views' types.

const summaryValue = viewSchema<SummaryValue>()(
  z.union([
    z.string(),
    z.number(),
    z.object({ instant: z.string() }),
    z.object({ cents: z.number().int(), currency: z.string() }),
    z.object({ enum: z.string(), values: z.array(z.string()).readonly() }),
  ]),
);

const summaryItem = viewSchema<SummaryItem>()(
  z.object({
    key: z.string(),
    tone: z.enum(['ok', 'info', 'warning', 'danger']),
    code: z.string(),
    values: z.record(z.string(), summaryValue),
    message: z.string(),
    tab: z.string().describe('The customer-page tab behind the item (its path under the page)'),
  }),
);

export const customerSummarySchema = viewSchema<ReturnType<CustomerSummary['get']>>()(z.object({ id: z.number().int(), items: z.array(summaryItem) }));

import { parseRecordId } from '../../http/list-query.js';
import type { RouteDefinition } from '../../http/routes.js';
import type { CustomerSummary } from './customer-summary.js';
import { customerSummarySchema } from './customer-summary.views.js';

export function customerSummaryRoutes(summary: CustomerSummary): RouteDefinition[] {
  return [
    {
      method: 'get',
      path: '/api/customers/:id/summary',
      access: 'customers.read',
      schemas: { response: customerSummarySchema },
      handler: (req, res) => res.json(summary.get(parseRecordId(req.params.id))),
    },
  ];
}

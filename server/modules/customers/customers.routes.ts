import { listRoute, recordRoute } from '../../http/list-query.js';
import type { RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import { customerListContract, findExactQuery } from './customers.schemas.js';
import type { CustomersService } from './customers.service.js';
import { customerListRow, customerRecord, exactMatch } from './customers.views.js';

export function customersRoutes(service: CustomersService): RouteDefinition[] {
  return [
    listRoute({ access: 'customers.read', contract: customerListContract, list: service.list, row: customerListRow }),
    {
      // Declared before /:id so that "find-exact" is never read as an id.
      method: 'get',
      path: '/api/customers/find-exact',
      access: 'customers.read',
      schemas: { query: findExactQuery, response: exactMatch },
      handler: (req, res) => res.json(service.findExact(parseOr400(findExactQuery, req.query, 'search').q)),
    },
    recordRoute({ resource: 'customers', access: 'customers.read', get: service.get, response: customerRecord }),
  ];
}

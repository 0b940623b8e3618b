import { parseListQuery, parseRecordId, sendList } from '../../http/list-query.js';
import type { RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import { customerListContract, findExactQuery } from './customers.schemas.js';
import type { CustomersService } from './customers.service.js';

export function customersRoutes(service: CustomersService): RouteDefinition[] {
  return [
    {
      method: 'get', path: '/api/customers', access: 'customers.read',
      handler: (req, res) => {
        const query = parseListQuery(req.query, customerListContract);
        const page = service.list(query);
        // The total is then a lower bound (docs/SEARCH.md): the pager may show "1,000+".
        if (page.totalIsCapped) res.setHeader('X-Total-Capped', 'true');
        sendList(res, 'customers', query.offset, page);
      },
    },
    {
      // Declared before /:id so that "find-exact" is never read as an id.
      method: 'get', path: '/api/customers/find-exact', access: 'customers.read',
      handler: (req, res) => res.json(service.findExact(parseOr400(findExactQuery, req.query, 'search').q)),
    },
    { method: 'get', path: '/api/customers/:id', access: 'customers.read', handler: (req, res) => res.json(service.get(parseRecordId(req.params.id))) },
  ];
}

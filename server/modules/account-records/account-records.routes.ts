import type { z } from 'zod';
import type { Database_ } from '../../../db/client.js';
import { notFound } from '../../http/errors.js';
import { parseListQuery, parseRecordId, sendList, type ListContract } from '../../http/list-query.js';
import type { RouteDefinition } from '../../http/routes.js';
import { accountRecordResources } from './account-records.definitions.js';
import { createAccountRecordsRepository } from './account-records.repository.js';

export function accountRecordsRoutes(database: Database_): RouteDefinition[] {
  return accountRecordResources.flatMap((definition): RouteDefinition[] => {
    const repository = createAccountRecordsRepository(database, definition);
    const filters = Object.fromEntries(Object.entries(definition.filters).map(([name, { schema }]) => [name, schema.optional()])) as z.ZodRawShape;
    const contract: ListContract<z.ZodRawShape> = {
      resource: definition.resource,
      sortFields: Object.keys(definition.sortColumns),
      defaultSort: definition.defaultSort,
      filters,
    };
    return [
      {
        method: 'get', path: `/api/${definition.resource}`, access: 'customers.read',
        handler: (req, res) => {
          const query = parseListQuery(req.query, contract);
          sendList(res, definition.resource, query.offset, repository.list(query));
        },
      },
      {
        method: 'get', path: `/api/${definition.resource}/:id`, access: 'customers.read',
        handler: (req, res) => {
          const record = repository.findById(parseRecordId(req.params.id));
          if (!record) throw notFound(`${definition.resource}.not_found`, `No ${definition.resource} record with this id.`);
          res.json(record);
        },
      },
    ];
  });
}

import { createSelectSchema } from 'drizzle-zod';
import type { Database_ } from '../../../db/client.js';
import { notFound } from '../../http/errors.js';
import { listRoute, parseRecordId } from '../../http/list-query.js';
import type { RouteDefinition } from '../../http/routes.js';
import { accountRecordResources, listContractOf } from './account-records.definitions.js';
import { createAccountRecordsRepository } from './account-records.repository.js';

export function accountRecordsRoutes(database: Database_): RouteDefinition[] {
  return accountRecordResources.flatMap((definition): RouteDefinition[] => {
    const repository = createAccountRecordsRepository(database, definition);
    // The record as sent is the table's row (the repository reads every column): its schema comes from the table.
    const record = createSelectSchema(definition.table);
    return [
      listRoute({ access: 'customers.read', contract: listContractOf(definition), list: repository.list, row: record }),
      {
        method: 'get',
        path: `/api/${definition.resource}/:id`,
        access: 'customers.read',
        schemas: { response: record },
        handler: (req, res) => {
          const record = repository.findById(parseRecordId(req.params.id));
          if (!record) throw notFound(`${definition.resource}.not_found`, `No ${definition.resource} record with this id.`);
          res.json(record);
        },
      },
    ];
  });
}

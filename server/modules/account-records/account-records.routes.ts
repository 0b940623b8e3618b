import type { Database_ } from '../../../db/client.js';
import { notFound } from '../../http/errors.js';
import { listRoute, parseRecordId } from '../../http/list-query.js';
import type { RouteDefinition } from '../../http/routes.js';
import { accountRecordResources, listContractOf } from './account-records.definitions.js';
import { createAccountRecordsRepository } from './account-records.repository.js';

export function accountRecordsRoutes(database: Database_): RouteDefinition[] {
  return accountRecordResources.flatMap((definition): RouteDefinition[] => {
    const repository = createAccountRecordsRepository(database, definition);
    return [
      listRoute({ access: 'customers.read', contract: listContractOf(definition), list: repository.list }),
      {
        method: 'get',
        path: `/api/${definition.resource}/:id`,
        access: 'customers.read',
        handler: (req, res) => {
          const record = repository.findById(parseRecordId(req.params.id));
          if (!record) throw notFound(`${definition.resource}.not_found`, `No ${definition.resource} record with this id.`);
          res.json(record);
        },
      },
    ];
  });
}

import { createSelectSchema } from 'drizzle-zod';
import { messages } from '../../../db/schema/messages.js';
import { listRoute, recordRoute, parseRecordId } from '../../http/list-query.js';
import { actorOf, type RouteDefinition } from '../../http/routes.js';
import { messageListContract } from './messages.schemas.js';
import type { MessagesService } from './messages.service.js';

// A message as sent is its row (MessageRecord): the schema comes from the table.
const messageRecord = createSelectSchema(messages);

export function messagesRoutes(service: MessagesService): RouteDefinition[] {
  return [
    listRoute({ access: 'customers.read', contract: messageListContract, list: service.list, row: messageRecord }),
    recordRoute({ resource: 'messages', access: 'customers.read', get: service.get, response: messageRecord }),
    {
      method: 'post',
      path: '/api/messages/:id/retry',
      access: 'messages.retry',
      schemas: { body: null, response: messageRecord },
      handler: (req, res) => res.json(service.retry(actorOf(req), parseRecordId(req.params.id))),
    },
  ];
}

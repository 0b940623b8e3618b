import { z } from 'zod';
import { messageStatuses } from '../../../db/schema/messages.js';
import { filterText, recordId, type ListContract } from '../../http/list-query.js';

const filters = {
  customerId: recordId.optional(),
  status: z.enum(messageStatuses).optional(),
  template: filterText.optional(),
  causeAction: filterText.optional(),
};

export const messageListContract: ListContract<typeof filters> = {
  resource: 'messages',
  sortFields: ['id', 'createdAt', 'sentAt', 'status'],
  defaultSort: ['id', 'DESC'],
  filters,
};
export type MessageListFilter = z.infer<z.ZodObject<typeof filters>>;

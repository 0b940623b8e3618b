import { z } from 'zod';
import { messages, messageStatuses } from '../../../db/schema/messages.js';
import { filterText, recordId } from '../../http/list-query.js';
import { accountRecords, listContractOf } from '../account-records/account-records.definitions.js';

// Listing messages is listing one more kind of customer record: the same definition shape, and so
// the same prepared-statement repository, as the customer page's other tabs.
export const messageRecords = accountRecords({
  resource: 'messages',
  table: messages,
  sortColumns: { id: messages.id, createdAt: messages.createdAt, sentAt: messages.sentAt, status: messages.status },
  defaultSort: ['id', 'DESC'],
  filters: {
    customerId: { schema: recordId, column: messages.customerId },
    status: { schema: z.enum(messageStatuses), column: messages.status },
    template: { schema: filterText, column: messages.template },
    causeAction: { schema: filterText, column: messages.causeAction },
  },
});

export const messageListContract = listContractOf(messageRecords);

/** A message as the API sends it (the UI imports this type). */
export type MessageRecord = typeof messages.$inferSelect;

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database_ } from '../../../db/client.js';
import { messages, messageStatuses } from '../../../db/schema/messages.js';
import { filterText, recordId, type ListQuery } from '../../http/list-query.js';
import type { AccountRecordResource } from '../account-records/account-records.definitions.js';
import { createAccountRecordsRepository } from '../account-records/account-records.repository.js';
import type { MessageListFilter } from './messages.schemas.js';

export type MessageRow = typeof messages.$inferSelect;

// Listing messages is listing one more kind of customer record: the same prepared-statement
// repository as the customer page's other tabs.
const messageRecords: AccountRecordResource = {
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
};

export function createMessagesRepository(database: Database_) {
  const { sqlite, db } = database;
  const records = createAccountRecordsRepository(database, messageRecords);
  const due = sqlite.prepare<[string, number], { id: number }>(
    "SELECT id FROM messages WHERE status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ?",
  );

  return {
    insert: (values: typeof messages.$inferInsert) => db.insert(messages).values(values).returning({ id: messages.id }).get(),
    findById: (id: number) => db.select().from(messages).where(eq(messages.id, id)).get(),
    dueIds: (now: string, limit: number) => due.all(now, limit).map((row) => row.id),
    update: (id: number, values: Partial<typeof messages.$inferInsert>) => db.update(messages).set(values).where(eq(messages.id, id)).run(),
    list: (query: ListQuery<MessageListFilter>) => records.list(query as ListQuery<Record<string, unknown>>),
  };
}

export type MessagesRepository = ReturnType<typeof createMessagesRepository>;

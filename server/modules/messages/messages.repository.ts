import { eq } from 'drizzle-orm';
import type { Database_ } from '../../../db/client.js';
import { messages } from '../../../db/schema/messages.js';
import type { ListQueryOf } from '../../http/list-query.js';
import { createAccountRecordsRepository } from '../account-records/account-records.repository.js';
import { messageRecords, type messageListContract } from './messages.schemas.js';

export type MessageRow = typeof messages.$inferSelect;

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
    list: (query: ListQueryOf<typeof messageListContract>) => records.list(query),
  };
}

export type MessagesRepository = ReturnType<typeof createMessagesRepository>;

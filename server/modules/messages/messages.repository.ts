import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { countRows, type Database_ } from '../../../db/client.js';
import { messages } from '../../../db/schema/messages.js';
import type { ListQuery } from '../../http/list-query.js';
import type { MessageListFilter } from './messages.schemas.js';

export type MessageRow = typeof messages.$inferSelect;
const sortColumns = { id: messages.id, createdAt: messages.createdAt, sentAt: messages.sentAt, status: messages.status };

export function createMessagesRepository({ sqlite, db }: Database_) {
  const due = sqlite.prepare<[string, number], { id: number }>(
    "SELECT id FROM messages WHERE status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ?",
  );

  function where(filter: MessageListFilter & { id?: number[] }): SQL | undefined {
    const parts: SQL[] = [];
    if (filter.id) parts.push(inArray(messages.id, filter.id));
    if (filter.customerId !== undefined) parts.push(eq(messages.customerId, filter.customerId));
    if (filter.status) parts.push(eq(messages.status, filter.status));
    if (filter.template) parts.push(eq(messages.template, filter.template));
    if (filter.causeAction) parts.push(eq(messages.causeAction, filter.causeAction));
    return parts.length > 0 ? and(...parts) : undefined;
  }

  return {
    insert: (values: typeof messages.$inferInsert) => db.insert(messages).values(values).returning({ id: messages.id }).get(),
    findById: (id: number) => db.select().from(messages).where(eq(messages.id, id)).get(),
    dueIds: (now: string, limit: number) => due.all(now, limit).map((row) => row.id),
    update: (id: number, values: Partial<typeof messages.$inferInsert>) => db.update(messages).set(values).where(eq(messages.id, id)).run(),
    list(query: ListQuery<MessageListFilter>) {
      const condition = where(query.filter);
      const column = sortColumns[query.sort.field as keyof typeof sortColumns];
      const rows = db.select().from(messages).where(condition)
        .orderBy(query.sort.order === 'asc' ? asc(column) : desc(column), desc(messages.id))
        .limit(query.limit).offset(query.offset).all();
      return { rows, total: countRows(db, messages, condition) };
    },
  };
}

export type MessagesRepository = ReturnType<typeof createMessagesRepository>;

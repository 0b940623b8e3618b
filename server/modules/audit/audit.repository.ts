import { and, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { countRows, type Database_ } from '../../../db/client.js';
import { auditLog } from '../../../db/schema/audit.js';
import type { ListQuery } from '../../http/list-query.js';
import type { ChainedEntry } from './audit-chain.js';
import type { AuditListFilter } from './audit.schemas.js';

export interface StoredEntry extends ChainedEntry {
  prevHash: string;
  hash: string;
}

const columns = `id, at, actor_id AS actorId, actor_role AS actorRole, action, target_type AS targetType, target_id AS targetId,
  customer_id AS customerId, ticket_ref AS ticketRef, reason, details, personal, prev_hash AS prevHash, hash`;

export function createAuditRepository({ sqlite, db }: Database_) {
  const lastStatement = sqlite.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const insertStatement = sqlite.prepare<StoredEntry>(
    `INSERT INTO audit_log (id, at, actor_id, actor_role, action, target_type, target_id, customer_id, ticket_ref, reason, details, personal, prev_hash, hash)
     VALUES (@id, @at, @actorId, @actorRole, @action, @targetType, @targetId, @customerId, @ticketRef, @reason, @details, @personal, @prevHash, @hash)`,
  );
  const allStatement = sqlite.prepare<[], StoredEntry>(`SELECT ${columns} FROM audit_log ORDER BY id`);

  function conditions(filter: AuditListFilter & { id?: number[] }): SQL | undefined {
    const parts: SQL[] = [];
    if (filter.id) parts.push(inArray(auditLog.id, filter.id));
    if (filter.actorId !== undefined) parts.push(eq(auditLog.actorId, filter.actorId));
    if (filter.action) parts.push(eq(auditLog.action, filter.action));
    if (filter.customerId !== undefined) parts.push(eq(auditLog.customerId, filter.customerId));
    if (filter.ticketRef) parts.push(eq(auditLog.ticketRef, filter.ticketRef));
    if (filter.targetType) parts.push(eq(auditLog.targetType, filter.targetType));
    if (filter.targetId) parts.push(eq(auditLog.targetId, filter.targetId));
    if (filter.at_gte) parts.push(gte(auditLog.at, filter.at_gte));
    if (filter.at_lte) parts.push(lte(auditLog.at, filter.at_lte));
    return parts.length > 0 ? and(...parts) : undefined;
  }

  return {
    last: () => lastStatement.get(),
    insert: (entry: StoredEntry) => insertStatement.run(entry),
    iterateAll: () => allStatement.iterate(),
    list(query: ListQuery<AuditListFilter>) {
      const where = conditions(query.filter);
      const order = query.sort.order === 'asc' ? auditLog.id : desc(auditLog.id);
      const rows = db.select().from(auditLog).where(where).orderBy(order).limit(query.limit).offset(query.offset).all();
      const total = countRows(db, auditLog, where);
      return { rows, total };
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;

import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { countRows, type Database_ } from '../../../db/client.js';
import { customers } from '../../../db/schema/customers.js';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ListQuery } from '../../http/list-query.js';
import type { CustomerListFilter } from './customers.schemas.js';
import { foldSearchKey } from './search-keys.js';

const sortColumns = {
  id: customers.id,
  nicHandle: customers.nicHandle,
  lastName: customers.lastNameKey,
  createdAt: customers.createdAt,
  country: customers.country,
  state: customers.state,
};

// Spelled out: drizzle renders columns unqualified in single-table queries, and an unqualified
// `id` inside this subquery would mean invoices.id.
const hasUnpaidInvoice = sql<number>`EXISTS (SELECT 1 FROM invoices WHERE invoices.customer_id = customers.id AND invoices.status = 'unpaid')`;

/** `key >= prefix AND key < prefix + U+FFFF`: a prefix test SQLite answers from the index. */
function startsWith(column: AnySQLiteColumn, prefix: string): SQL {
  return and(gte(column, prefix), lt(column, `${prefix}\uffff`)) as SQL;
}

export function createCustomersRepository({ sqlite, db }: Database_) {
  const byHandle = sqlite.prepare<[string], { id: number; nicHandle: string }>('SELECT id, nic_handle AS nicHandle FROM customers WHERE nic_handle = ?');
  const byCode = sqlite.prepare<[string], { id: number; nicHandle: string }>('SELECT id, nic_handle AS nicHandle FROM customers WHERE customer_code = ?');
  const byEmail = sqlite.prepare<[string, string], { id: number; nicHandle: string }>(
    'SELECT id, nic_handle AS nicHandle FROM customers WHERE primary_email = ? UNION SELECT id, nic_handle FROM customers WHERE backup_email = ? ORDER BY id LIMIT 1',
  );

  function searchCondition(q: string): SQL | undefined {
    const lower = q.trim().toLowerCase();
    const key = foldSearchKey(q);
    const parts: SQL[] = [startsWith(customers.nicHandle, lower), startsWith(customers.primaryEmail, lower), startsWith(customers.backupEmail, lower)];
    const digits = q.replace(/[\s-]/g, '');
    if (/^\d{2,8}$/.test(digits)) parts.push(startsWith(customers.customerCode, digits));
    if (key) parts.push(startsWith(customers.lastNameKey, key), startsWith(customers.firstNameKey, key), startsWith(customers.organisationKey, key));
    return or(...parts);
  }

  function where(filter: CustomerListFilter & { id?: number[] }): SQL | undefined {
    const parts: (SQL | undefined)[] = [];
    if (filter.id) parts.push(inArray(customers.id, filter.id));
    if (filter.q) parts.push(searchCondition(filter.q));
    if (filter.state) parts.push(eq(customers.state, filter.state));
    if (filter.country) parts.push(eq(customers.country, filter.country));
    if (filter.legalForm) parts.push(eq(customers.legalForm, filter.legalForm));
    if (filter.hasBackupEmail !== undefined) parts.push(filter.hasBackupEmail ? isNotNull(customers.backupEmail) : isNull(customers.backupEmail));
    if (filter.hasUnpaidInvoice !== undefined) parts.push(filter.hasUnpaidInvoice ? sql`${hasUnpaidInvoice}` : sql`NOT ${hasUnpaidInvoice}`);
    if (filter.createdAt_gte) parts.push(gte(customers.createdAt, filter.createdAt_gte));
    if (filter.createdAt_lte) parts.push(lte(customers.createdAt, `${filter.createdAt_lte}\uffff`));
    const present = parts.filter((part): part is SQL => part !== undefined);
    return present.length > 0 ? and(...present) : undefined;
  }

  const selection = { customer: customers, hasUnpaidInvoice };

  return {
    findExact(kind: 'handle' | 'code' | 'email', value: string) {
      if (kind === 'handle') return byHandle.get(value);
      if (kind === 'code') return byCode.get(value);
      return byEmail.get(value, value);
    },
    findById: (id: number) => db.select(selection).from(customers).where(eq(customers.id, id)).get(),
    list(query: ListQuery<CustomerListFilter>) {
      const condition = where(query.filter);
      const column = sortColumns[query.sort.field as keyof typeof sortColumns];
      const rows = db.select(selection).from(customers).where(condition)
        .orderBy(query.sort.order === 'asc' ? asc(column) : desc(column), asc(customers.id))
        .limit(query.limit).offset(query.offset).all();
      return { rows, total: countRows(db, customers, condition) };
    },
  };
}

export type CustomersRepository = ReturnType<typeof createCustomersRepository>;

import { z } from 'zod';
import { loginEvents, emailHistory, emailSlots, loginResults } from '../../../db/schema/activity.js';
import { invoiceStatuses, invoices, orderStatuses, orders } from '../../../db/schema/billing.js';
import { customerUsers, serviceKinds, serviceStatuses, services, subUserRights } from '../../../db/schema/customers.js';
import { filterText, recordId, type ListContract } from '../../http/list-query.js';
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * The records shown on a customer's page. They are read-only here (they come from the
 * provider's other systems), so one definition each is all a resource needs: its table, the
 * columns it may be sorted and filtered by (equality filters), and its default order.
 */
export interface AccountRecordResource<F extends string = string, K extends string = string> {
  resource: string;
  table: SQLiteTable & { id: AnySQLiteColumn; customerId: AnySQLiteColumn };
  /** The column of each sort field: the contract's sort fields are these keys, so none lacks its column. */
  sortColumns: Record<F, AnySQLiteColumn>;
  defaultSort: readonly [NoInfer<F>, 'ASC' | 'DESC'];
  filters: Record<K, { schema: z.ZodType; column: AnySQLiteColumn }>;
}

/** Declares a definition keeping its sort and filter names literal (for its contract's types). */
export function accountRecords<F extends string, K extends string>(definition: AccountRecordResource<F, K>): AccountRecordResource<F, K> {
  return definition;
}

/** The list protocol's contract for a definition: its sorts, and its filters as optional fields. */
export function listContractOf<F extends string, K extends string>(
  definition: AccountRecordResource<F, K>,
): ListContract<Record<K, z.ZodOptional<z.ZodType>>, F> {
  return {
    resource: definition.resource,
    sortFields: Object.keys(definition.sortColumns) as F[],
    defaultSort: definition.defaultSort,
    filters: Object.fromEntries(Object.entries<{ schema: z.ZodType }>(definition.filters).map(([name, { schema }]) => [name, schema.optional()])) as Record<
      K,
      z.ZodOptional<z.ZodType>
    >,
  };
}

// The JSON record of each resource as the API sends it (the UI imports these types).
export type ServiceRecord = typeof services.$inferSelect;
export type SubUserRecord = typeof customerUsers.$inferSelect;
export type InvoiceRecord = typeof invoices.$inferSelect;
export type OrderRecord = typeof orders.$inferSelect;
export type LoginEventRecord = typeof loginEvents.$inferSelect;
export type EmailHistoryRecord = typeof emailHistory.$inferSelect;

const byCustomer = (table: { customerId: AnySQLiteColumn }) => ({ customerId: { schema: recordId, column: table.customerId } });

export const accountRecordResources: readonly AccountRecordResource[] = [
  {
    resource: 'services',
    table: services,
    sortColumns: {
      id: services.id,
      name: services.name,
      kind: services.kind,
      status: services.status,
      createdAt: services.createdAt,
      expiresAt: services.expiresAt,
    },
    defaultSort: ['id', 'ASC'],
    filters: {
      ...byCustomer(services),
      status: { schema: z.enum(serviceStatuses), column: services.status },
      kind: { schema: z.enum(serviceKinds), column: services.kind },
      name: { schema: filterText, column: services.name },
    },
  },
  {
    resource: 'invoices',
    table: invoices,
    sortColumns: {
      id: invoices.id,
      number: invoices.number,
      issuedAt: invoices.issuedAt,
      dueAt: invoices.dueAt,
      amountCents: invoices.amountCents,
      status: invoices.status,
    },
    defaultSort: ['issuedAt', 'DESC'],
    filters: { ...byCustomer(invoices), status: { schema: z.enum(invoiceStatuses), column: invoices.status } },
  },
  {
    resource: 'orders',
    table: orders,
    sortColumns: { id: orders.id, number: orders.number, createdAt: orders.createdAt, amountCents: orders.amountCents, status: orders.status },
    defaultSort: ['createdAt', 'DESC'],
    filters: { ...byCustomer(orders), status: { schema: z.enum(orderStatuses), column: orders.status } },
  },
  {
    resource: 'customer-users',
    table: customerUsers,
    sortColumns: {
      id: customerUsers.id,
      login: customerUsers.login,
      rights: customerUsers.rights,
      createdAt: customerUsers.createdAt,
      lastLoginAt: customerUsers.lastLoginAt,
    },
    defaultSort: ['id', 'ASC'],
    filters: { ...byCustomer(customerUsers), rights: { schema: z.enum(subUserRights), column: customerUsers.rights } },
  },
  {
    resource: 'login-events',
    table: loginEvents,
    sortColumns: { id: loginEvents.id, occurredAt: loginEvents.occurredAt, country: loginEvents.country, result: loginEvents.result },
    defaultSort: ['occurredAt', 'DESC'],
    filters: {
      ...byCustomer(loginEvents),
      result: { schema: z.enum(loginResults), column: loginEvents.result },
      isNewDevice: { schema: z.boolean(), column: loginEvents.isNewDevice },
    },
  },
  {
    resource: 'email-history',
    table: emailHistory,
    sortColumns: { id: emailHistory.id, changedAt: emailHistory.changedAt },
    defaultSort: ['id', 'DESC'],
    filters: { ...byCustomer(emailHistory), slot: { schema: z.enum(emailSlots), column: emailHistory.slot } },
  },
];

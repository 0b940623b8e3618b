import { getTableColumns } from 'drizzle-orm';
import { customers } from '../../../db/schema/customers.js';

export type CustomerRow = typeof customers.$inferSelect;
export interface CustomerRecord {
  customer: CustomerRow;
  hasUnpaidInvoice: boolean;
}

// The list and search statements are raw SQL (prepared once, see customers.repository.ts), so
// the row shape is derived here from the drizzle table: a new column appears in the API
// without touching the SQL, and booleans / JSON are decoded exactly as drizzle would.
const columns = Object.entries(getTableColumns(customers));
const keys = columns.map(([key]) => key);
const decoders = columns.map(([, column]) =>
  column.columnType === 'SQLiteBoolean' || column.columnType === 'SQLiteTextJson' ? (value: unknown) => column.mapFromDriverValue(value) : null,
);

export const unpaidInvoiceSql = "EXISTS (SELECT 1 FROM invoices i WHERE i.status = 'unpaid' AND i.customer_id = c.id)";

/** Every column of `customers c` in table order, then the unpaid-invoice flag; read with `.raw()`. */
export const customerSelectList = `${columns.map(([, column]) => `c.${column.name}`).join(', ')}, ${unpaidInvoiceSql}`;

/** One `.raw()` row of `customerSelectList` (arrays skip better-sqlite3's per-column key lookups). */
export function toCustomerRecord(values: readonly unknown[]): CustomerRecord {
  const customer: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const value = values[i];
    const decode = decoders[i];
    customer[keys[i] as string] = decode && value !== null ? decode(value) : value;
  }
  return { customer: customer as CustomerRow, hasUnpaidInvoice: values[keys.length] === 1 };
}

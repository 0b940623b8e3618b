import { createRowReader } from '../../../../db/row-reader.js';
import { customers } from '../../../../db/schema/customers.js';

export type CustomerRow = typeof customers.$inferSelect;
export interface CustomerRecord {
  customer: CustomerRow;
  hasUnpaidInvoice: boolean;
}

const reader = createRowReader<CustomerRow>(customers, 'c');

export const unpaidInvoiceSql = "EXISTS (SELECT 1 FROM invoices i WHERE i.status = 'unpaid' AND i.customer_id = c.id)";

/** Every column of `customers c` in table order, then the unpaid-invoice flag; read with `.raw()`. */
export const customerSelectList = `${reader.selectList}, ${unpaidInvoiceSql}`;

export function toCustomerRecord(values: readonly unknown[]): CustomerRecord {
  return { customer: reader.read(values), hasUnpaidInvoice: values[reader.columnCount] === 1 };
}

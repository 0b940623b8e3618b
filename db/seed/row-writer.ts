import type Database from 'better-sqlite3';
import { BatchedInsert } from './batched-insert.js';
import type { CustomerRow, CustomerUserRow, EmailHistoryRow, InvoiceRow, LoginEventRow, OrderRow, SeedSummary, ServiceRow } from './rows.js';

const ROWS_PER_STATEMENT = 64;

/**
 * Writes seed rows through raw prepared INSERTs with positional parameters: drizzle's builder
 * would re-plan every row, and binding by name costs a lookup per column; the seeder writes
 * ~12 rows per customer. Customers (wide rows, where batching measured no gain) go one by one.
 */
export class RowWriter {
  readonly counts: SeedSummary = {
    customers: 0,
    services: 0,
    invoices: 0,
    orders: 0,
    customerUsers: 0,
    loginEvents: 0,
    emailHistory: 0,
  };

  private readonly customerStatement: Database.Statement<unknown[]>;
  private readonly services: BatchedInsert;
  private readonly customerUsers: BatchedInsert;
  private readonly invoices: BatchedInsert;
  private readonly orders: BatchedInsert;
  private readonly loginEvents: BatchedInsert;
  private readonly emailHistories: BatchedInsert;

  constructor(sqlite: Database.Database) {
    const customerColumns =
      'id,nic_handle,customer_code,legal_form,first_name,last_name,organisation,address_line1,address_line2,' +
      'postal_code,city,country,language,phone,primary_email,backup_email,new_backup_required,' +
      'two_factor_methods,backup_codes_left,state,subsidiary,prepaid_credit_cents,processing_restricted,' +
      'last_name_key,first_name_key,organisation_key,created_at,updated_at,version';
    const placeholders = customerColumns
      .split(',')
      .map(() => '?')
      .join(',');
    this.customerStatement = sqlite.prepare(`INSERT INTO customers (${customerColumns}) VALUES (${placeholders})`);
    const batched = (table: string, columns: string): BatchedInsert => new BatchedInsert(sqlite, table, columns.split(','), ROWS_PER_STATEMENT);
    this.services = batched('services', 'customer_id,kind,name,status,created_at,expires_at,admin_contact,tech_contact,billing_contact');
    this.customerUsers = batched('customer_users', 'customer_id,login,email,rights,created_at,last_login_at');
    this.invoices = batched('invoices', 'customer_id,number,issued_at,due_at,amount_cents,currency,status,paid_at');
    this.orders = batched('orders', 'customer_id,number,description,created_at,amount_cents,currency,status');
    this.loginEvents = batched('login_events', 'customer_id,occurred_at,ip,country,device,result,is_new_device');
    this.emailHistories = batched('email_history', 'customer_id,changed_at,slot,old_value,new_value,cause');
  }

  customer(row: CustomerRow): void {
    this.customerStatement.run(
      row.id,
      row.nicHandle,
      row.customerCode,
      row.legalForm,
      row.firstName,
      row.lastName,
      row.organisation,
      row.addressLine1,
      row.addressLine2,
      row.postalCode,
      row.city,
      row.country,
      row.language,
      row.phone,
      row.primaryEmail,
      row.backupEmail,
      0,
      row.twoFactorMethods,
      row.backupCodesLeft,
      row.state,
      row.subsidiary,
      row.prepaidCreditCents,
      row.processingRestricted,
      row.lastNameKey,
      row.firstNameKey,
      row.organisationKey,
      row.createdAt,
      row.updatedAt,
      1,
    );
    this.counts.customers++;
  }

  service(row: ServiceRow): void {
    const out = this.services;
    out.push(row.customerId);
    out.push(row.kind);
    out.push(row.name);
    out.push(row.status);
    out.push(row.createdAt);
    out.push(row.expiresAt);
    out.push(row.adminContact);
    out.push(row.techContact);
    out.push(row.billingContact);
    out.endRow();
    this.counts.services++;
  }

  customerUser(row: CustomerUserRow): void {
    const out = this.customerUsers;
    out.push(row.customerId);
    out.push(row.login);
    out.push(row.email);
    out.push(row.rights);
    out.push(row.createdAt);
    out.push(row.lastLoginAt);
    out.endRow();
    this.counts.customerUsers++;
  }

  invoice(row: InvoiceRow): void {
    const out = this.invoices;
    out.push(row.customerId);
    out.push(row.number);
    out.push(row.issuedAt);
    out.push(row.dueAt);
    out.push(row.amountCents);
    out.push(row.currency);
    out.push(row.status);
    out.push(row.paidAt);
    out.endRow();
    this.counts.invoices++;
  }

  order(row: OrderRow): void {
    const out = this.orders;
    out.push(row.customerId);
    out.push(row.number);
    out.push(row.description);
    out.push(row.createdAt);
    out.push(row.amountCents);
    out.push(row.currency);
    out.push(row.status);
    out.endRow();
    this.counts.orders++;
  }

  loginEvent(row: LoginEventRow): void {
    const out = this.loginEvents;
    out.push(row.customerId);
    out.push(row.occurredAt);
    out.push(row.ip);
    out.push(row.country);
    out.push(row.device);
    out.push(row.result);
    out.push(row.isNewDevice);
    out.endRow();
    this.counts.loginEvents++;
  }

  emailHistory(row: EmailHistoryRow): void {
    const out = this.emailHistories;
    out.push(row.customerId);
    out.push(row.changedAt);
    out.push(row.slot);
    out.push(row.oldValue);
    out.push(row.newValue);
    out.push(row.cause);
    out.endRow();
    this.counts.emailHistory++;
  }

  /** Writes buffered rows; call before committing. */
  flush(): void {
    this.services.flush();
    this.customerUsers.flush();
    this.invoices.flush();
    this.orders.flush();
    this.loginEvents.flush();
    this.emailHistories.flush();
  }
}

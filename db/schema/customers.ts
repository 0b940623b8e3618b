import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const legalForms = ['individual', 'company', 'association', 'public_body'] as const;
export const customerStates = ['active', 'suspended', 'erased'] as const;
export const twoFactorMethods = ['sms', 'totp', 'security_key'] as const;
export type LegalForm = (typeof legalForms)[number];
export type CustomerState = (typeof customerStates)[number];
export type TwoFactorMethod = (typeof twoFactorMethods)[number];

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export const customers = sqliteTable(
  'customers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nicHandle: text('nic_handle').notNull().unique(), // lower-case, with the -ovh suffix
    customerCode: text('customer_code').notNull().unique(), // 8 digits, shown as 0123-45-67
    legalForm: text('legal_form', { enum: legalForms }).notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    organisation: text('organisation'),
    addressLine1: text('address_line1').notNull(),
    addressLine2: text('address_line2'),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    country: text('country').notNull(), // ISO 3166-1 alpha-2
    language: text('language').notNull(), // fr, en, de, es, it, nl, pl, pt
    phone: text('phone'),
    primaryEmail: text('primary_email').notNull(), // lower-case
    backupEmail: text('backup_email'), // lower-case, differs from primary
    newBackupRequired: integer('new_backup_required', { mode: 'boolean' }).notNull().default(false),
    twoFactorMethods: text('two_factor_methods', { mode: 'json' })
      .$type<TwoFactorMethod[]>()
      .notNull()
      .default(sql`'[]'`),
    backupCodesLeft: integer('backup_codes_left').notNull().default(0),
    state: text('state', { enum: customerStates }).notNull().default('active'),
    subsidiary: text('subsidiary').notNull(), // FR, GB, DE, ES, IT, NL, PL, PT, IE, BE
    prepaidCreditCents: integer('prepaid_credit_cents').notNull().default(0),
    processingRestricted: integer('processing_restricted', { mode: 'boolean' }).notNull().default(false),
    // Search keys: lower-case, accents folded (see server/modules/customers/query/search-keys.ts).
    lastNameKey: text('last_name_key').notNull(),
    firstNameKey: text('first_name_key').notNull(),
    organisationKey: text('organisation_key'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('customers_primary_email_idx').on(t.primaryEmail),
    index('customers_backup_email_idx').on(t.backupEmail),
    index('customers_last_name_key_idx').on(t.lastNameKey, t.id),
    index('customers_first_name_key_idx').on(t.firstNameKey, t.id),
    index('customers_organisation_key_idx').on(t.organisationKey, t.id),
    // Two expression indexes on the full name (first + last, last + first) live in migration
    // 0005_full_name_search_keys.sql: drizzle-kit cannot write an expression containing commas.
    index('customers_state_idx').on(t.state, t.id),
    index('customers_country_idx').on(t.country, t.id),
    index('customers_legal_form_idx').on(t.legalForm, t.id),
    index('customers_created_at_idx').on(t.createdAt, t.id),
    // Accounts whose backup became the primary and still need a new backup (agent's tile, list
    // filter): a handful among a million, so only they are indexed.
    index('customers_new_backup_required_idx')
      .on(t.id)
      .where(sql`new_backup_required = 1`),
  ],
);

export const serviceKinds = ['domain', 'web_hosting', 'vps', 'dedicated_server', 'email_pro', 'public_cloud'] as const;
export const serviceStatuses = ['active', 'suspended', 'expired', 'terminated'] as const;

export const services = sqliteTable(
  'services',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: serviceKinds }).notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: serviceStatuses }).notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at'),
    // Contacts are NIC-handles; they may belong to other customers (delegation).
    adminContact: text('admin_contact').notNull(),
    techContact: text('tech_contact').notNull(),
    billingContact: text('billing_contact').notNull(),
  },
  (t) => [
    index('services_customer_idx').on(t.customerId, t.id),
    // Erasure replaces the person's handle where other accounts' services name it as a contact
    // (gdpr.eraser.ts): without these, three scans of every service inside the erasure's transaction.
    index('services_admin_contact_idx').on(t.adminContact),
    index('services_tech_contact_idx').on(t.techContact),
    index('services_billing_contact_idx').on(t.billingContact),
  ],
);

export const subUserRights = ['read', 'write'] as const;

export const customerUsers = sqliteTable(
  'customer_users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    login: text('login').notNull(),
    email: text('email').notNull(),
    rights: text('rights', { enum: subUserRights }).notNull(),
    createdAt: text('created_at').notNull(),
    lastLoginAt: text('last_login_at'),
  },
  (t) => [index('customer_users_customer_idx').on(t.customerId, t.id)],
);

import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from './customers.js';
import { staff } from './staff.js';

/** What the provider's login system reports: a failure says which factor failed. */
export const loginResults = ['success', 'wrong_password', 'twofa_failed'] as const;
export type LoginResult = (typeof loginResults)[number];
/** Where an event's coordinates come from: sent with it, or looked up offline from its IP or country. */
export const locationSources = ['reported', 'ip', 'country'] as const;

export const loginEvents = sqliteTable(
  'login_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    occurredAt: text('occurred_at').notNull(),
    ip: text('ip').notNull(),
    country: text('country').notNull(),
    /** The device's label as the login system names it (browser and system). */
    device: text('device').notNull(),
    deviceId: text('device_id'),
    result: text('result', { enum: loginResults }).notNull(),
    isNewDevice: integer('is_new_device', { mode: 'boolean' }).notNull().default(false),
    latitude: real('latitude'),
    longitude: real('longitude'),
    locationSource: text('location_source', { enum: locationSources }),
    /** The login system's own id for the event: a batch sent twice stores nothing twice. Null for demo rows. */
    externalId: text('external_id'),
  },
  (t) => [index('login_events_customer_idx').on(t.customerId, t.occurredAt), uniqueIndex('login_events_external_idx').on(t.externalId)],
);

export const emailSlots = ['primary', 'backup'] as const;
export const emailChangeCauses = ['signup', 'customer', 'promotion', 'claim', 'erasure'] as const;

export const emailHistory = sqliteTable(
  'email_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    changedAt: text('changed_at').notNull(),
    slot: text('slot', { enum: emailSlots }).notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    cause: text('cause', { enum: emailChangeCauses }).notNull(),
    staffId: integer('staff_id').references(() => staff.id),
  },
  (t) => [index('email_history_customer_idx').on(t.customerId, t.id)],
);

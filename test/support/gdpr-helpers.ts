import type { Database_ } from '../../db/client.js';

// Small builders for the GDPR tests until the shared factories (test/support/factories.ts) land.
let sequence = 0;

export interface BuiltCustomer {
  id: number;
  nicHandle: string;
  firstName: string;
  lastName: string;
  primaryEmail: string;
  backupEmail: string;
  phone: string;
  addressLine1: string;
}

/** An account that can be erased (nothing blocks it) unless `blockers` says otherwise. */
export function buildCustomer(database: Database_, options: { language?: string } = {}): BuiltCustomer {
  sequence += 1;
  const n = `${process.pid % 1000}${sequence}`.padStart(5, '0').slice(-5);
  const customer = {
    nicHandle: `qg${n}-ovh`,
    customerCode: `9${n}${String(sequence).padStart(2, '0')}`.slice(0, 8),
    firstName: `Quentinelle${sequence}`,
    lastName: `Gdprtestova${sequence}`,
    primaryEmail: `quentinelle.gdpr${sequence}@example-gdpr.test`,
    backupEmail: `secours.gdpr${sequence}@example-gdpr.test`,
    phone: `+33 6 99 88 7${String(sequence).padStart(2, '0')} 11`,
    addressLine1: `${sequence} rue de l'Effacement-Testé`,
  };
  const id = Number(
    database.sqlite
      .prepare(
        `INSERT INTO customers (nic_handle, customer_code, legal_form, first_name, last_name, address_line1, postal_code, city, country,
         language, phone, primary_email, backup_email, subsidiary, last_name_key, first_name_key)
         VALUES (@nicHandle, @customerCode, 'individual', @firstName, @lastName, @addressLine1, '35000', 'Rennes', 'FR', @language, @phone,
         @primaryEmail, @backupEmail, 'FR', lower(@lastName), lower(@firstName))`,
      )
      .run({ ...customer, language: options.language ?? 'fr' }).lastInsertRowid,
  );
  return { id, ...customer };
}

export function todayIn(now: Date, timeZone = 'Europe/Paris'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export const daysAgo = (days: number) => todayIn(new Date(Date.now() - days * 86_400_000));

import type { TestServer } from './test-app.js';

// A person whose every identifying value is distinctive, so that the erasure sweep can look for each
// of them in every table and file.
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

export function buildCustomer(server: TestServer, options: { language?: string } = {}): BuiltCustomer {
  sequence += 1;
  const row = server.factories.customer({
    firstName: `Quentinelle${sequence}`,
    lastName: `Gdprtestova${sequence}`,
    primaryEmail: `quentinelle.gdpr${sequence}@example-gdpr.test`,
    backupEmail: `secours.gdpr${sequence}@example-gdpr.test`,
    phone: `+33 6 99 88 7${String(sequence).padStart(2, '0')} 11`,
    addressLine1: `${sequence} rue de l'Effacement-Testé`,
    language: options.language ?? 'fr',
  });
  return {
    id: row.id,
    nicHandle: row.nicHandle,
    firstName: row.firstName,
    lastName: row.lastName,
    primaryEmail: row.primaryEmail,
    backupEmail: row.backupEmail as string,
    phone: row.phone as string,
    addressLine1: row.addressLine1,
  };
}

export function todayIn(now: Date, timeZone = 'Europe/Paris'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export const daysAgo = (days: number) => todayIn(new Date(Date.now() - days * 86_400_000));

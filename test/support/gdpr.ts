import { expect } from 'vitest';
import type { ApiClient } from './api-client.js';
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

/** The newest audit entry, as the GDPR tests check it (action, who, what, and the sealed personal values). */
export function lastAudit(server: TestServer) {
  return server.database.sqlite
    .prepare('SELECT action, actor_role AS role, customer_id AS customerId, details, personal, reason FROM audit_log ORDER BY id DESC LIMIT 1')
    .get() as { action: string; role: string; customerId: number; details: string; personal: string | null; reason: string | null };
}

/**
 * Intake of a request by an agent for `customer` (or an unmatched requester), with the test file's own
 * defaults (channel, ticket) and the call's overrides; fails the test unless it is created.
 */
export function requestIntake(agent: () => ApiClient, defaults: { channel: string; ticketRef: string }) {
  return async function intake<T>(customer: BuiltCustomer | null, overrides: Record<string, unknown> = {}): Promise<T> {
    const response = await agent().post<T>('/api/gdpr-requests', {
      right: 'access',
      receivedOn: daysAgo(2),
      requesterName: customer ? `${customer.firstName} ${customer.lastName}` : 'Somebody Unknown',
      requesterEmail: customer?.primaryEmail ?? 'somebody@example-gdpr.test',
      ...(customer ? { customerId: customer.id } : {}),
      ...defaults,
      ...overrides,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
}

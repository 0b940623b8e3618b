import type { Database_ } from '../../../db/client.js';
import type { TwoFactorMethod } from '../../../db/schema/customers.js';

export interface AccountFacts {
  state: 'active' | 'suspended' | 'erased';
  backupEmail: string | null;
  newBackupRequired: number;
  twoFactorMethods: string;
  prepaidCreditCents: number;
  subsidiary: string;
  processingRestricted: number;
}

export interface UnpaidInvoices {
  currency: string;
  count: number;
  cents: number;
  overdue: number;
  overdueCents: number;
  oldestOverdueDueAt: string | null;
  oldestDueAt: string;
}

export interface LastLogin {
  occurredAt: string;
  country: string;
  device: string;
  isNewDevice: number;
}

// A handful of indexed reads per page view, each prepared once (hot path: every customer page).
export function createCustomerSummaryRepository({ sqlite }: Database_) {
  const account = sqlite.prepare<[number], AccountFacts>(
    `SELECT state, backup_email AS backupEmail, new_backup_required AS newBackupRequired, two_factor_methods AS twoFactorMethods,
            prepaid_credit_cents AS prepaidCreditCents, subsidiary, processing_restricted AS processingRestricted
       FROM customers WHERE id = ?`,
  );
  const unpaid = sqlite.prepare<{ id: number; now: string }, UnpaidInvoices>(
    `SELECT currency, COUNT(*) AS count, SUM(amount_cents) AS cents,
            SUM(due_at < :now) AS overdue, SUM(CASE WHEN due_at < :now THEN amount_cents ELSE 0 END) AS overdueCents,
            MIN(CASE WHEN due_at < :now THEN due_at END) AS oldestOverdueDueAt, MIN(due_at) AS oldestDueAt
       FROM invoices WHERE customer_id = :id AND status = 'unpaid' GROUP BY currency ORDER BY currency`,
  );
  const pendingOrders = sqlite.prepare<[number], { count: number }>(`SELECT COUNT(*) AS count FROM orders WHERE customer_id = ? AND status = 'pending'`);
  const services = sqlite.prepare<[number], { active: number | null; total: number }>(
    `SELECT SUM(status = 'active') AS active, COUNT(*) AS total FROM services WHERE customer_id = ?`,
  );
  const lastSuccess = sqlite.prepare<[number], LastLogin>(
    `SELECT occurred_at AS occurredAt, country, device, is_new_device AS isNewDevice
       FROM login_events WHERE customer_id = ? AND result = 'success' ORDER BY occurred_at DESC LIMIT 1`,
  );
  const failuresBetween = sqlite.prepare<{ id: number; from: string; to: string }, { count: number }>(
    `SELECT COUNT(*) AS count FROM login_events
      WHERE customer_id = :id AND occurred_at >= :from AND occurred_at < :to AND result <> 'success'`,
  );

  return {
    account: (id: number) => {
      const row = account.get(id);
      return row && { ...row, twoFactorMethods: JSON.parse(row.twoFactorMethods) as TwoFactorMethod[] };
    },
    unpaidInvoices: (id: number, now: string) => unpaid.all({ id, now }),
    pendingOrders: (id: number) => pendingOrders.get(id)?.count ?? 0,
    services: (id: number) => services.get(id) ?? { active: 0, total: 0 },
    lastSuccessfulLogin: (id: number) => lastSuccess.get(id),
    failedLogins: (id: number, from: string, to: string) => failuresBetween.get({ id, from, to })?.count ?? 0,
  };
}

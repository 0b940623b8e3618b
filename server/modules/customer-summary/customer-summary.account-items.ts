import type { Database_ } from '../../../db/client.js';
import { createCustomerSummaryRepository, type UnpaidInvoices } from './customer-summary.repository.js';
import type { SummaryContributor, SummaryItem } from './customer-summary.js';

const DAY_MS = 24 * 60 * 60 * 1000;

// Prepaid credit has no currency column: it is held in the currency of the billing subsidiary.
const subsidiaryCurrency: Record<string, string> = { GB: 'GBP', PL: 'PLN' };

function money(cents: number, currency: string) {
  return { cents, currency };
}

function invoiceItem(group: UnpaidInvoices): SummaryItem {
  const base = { key: 'invoices', tab: 'billing' } as const;
  const amount = money(group.cents, group.currency);
  if (group.overdue > 0 && group.oldestOverdueDueAt) {
    return {
      ...base,
      tone: 'danger',
      code: 'invoices.overdue',
      values: { smart_count: group.count, amount, overdue: group.overdue, since: { instant: group.oldestOverdueDueAt } },
      message: `${group.count} unpaid invoice(s), ${group.cents / 100} ${group.currency}; ${group.overdue} overdue, oldest due ${group.oldestOverdueDueAt}`,
    };
  }
  return {
    ...base,
    tone: 'warning',
    code: 'invoices.unpaid',
    values: { smart_count: group.count, amount, due: { instant: group.oldestDueAt } },
    message: `${group.count} unpaid invoice(s), ${group.cents / 100} ${group.currency}, next due ${group.oldestDueAt}`,
  };
}

/**
 * The account's own facts: state (with what the records say about it), 2FA, backup e-mail,
 * unpaid invoices, pending orders, prepaid credit, services, processing restriction and sign-ins.
 */
export function accountSummaryItems(database: Database_): SummaryContributor {
  const repository = createCustomerSummaryRepository(database);
  return ({ customerId, now }) => {
    const account = repository.account(customerId);
    if (!account) return [];
    const nowIso = now.toISOString();
    const items: SummaryItem[] = [];
    const unpaid = repository.unpaidInvoices(customerId, nowIso);

    // The database keeps no suspension reason: the strip shows the facts that go with it.
    const overdueSince = unpaid
      .map((group) => group.oldestOverdueDueAt)
      .filter((at): at is string => at !== null)
      .sort()[0];
    if (account.state === 'suspended' && overdueSince) {
      items.push({
        key: 'state',
        tab: 'billing',
        tone: 'danger',
        code: 'state.suspended_overdue',
        values: { since: { instant: overdueSince } },
        message: `Suspended; an invoice is overdue since ${overdueSince}`,
      });
    } else {
      const tone = account.state === 'active' ? 'ok' : account.state === 'suspended' ? 'danger' : 'info';
      items.push({ key: 'state', tab: '', tone, code: `state.${account.state}`, values: {}, message: account.state });
    }
    if (account.processingRestricted) {
      items.push({ key: 'processing-restricted', tab: '', tone: 'danger', code: 'processing_restricted', values: {}, message: 'Processing restricted (GDPR)' });
    }

    items.push(
      account.twoFactorMethods.length > 0
        ? {
            key: 'two-factor',
            tab: '2fa',
            tone: 'ok',
            code: 'two_factor.on',
            values: { methods: { enum: 'twoFactor', values: account.twoFactorMethods } },
            message: `2FA: ${account.twoFactorMethods.join(', ')}`,
          }
        : { key: 'two-factor', tab: '2fa', tone: 'warning', code: 'two_factor.none', values: {}, message: 'No 2FA' },
    );

    const backup = account.newBackupRequired ? 'new_required' : account.backupEmail ? 'present' : 'missing';
    items.push({
      key: 'backup-email',
      tab: '',
      tone: backup === 'present' ? 'ok' : 'warning',
      code: `backup_email.${backup}`,
      values: {},
      message: `Backup e-mail: ${backup}`,
    });

    if (unpaid.length === 0) items.push({ key: 'invoices', tab: 'billing', tone: 'ok', code: 'invoices.none', values: {}, message: 'No unpaid invoice' });
    else items.push(...unpaid.map(invoiceItem));

    const orders = repository.pendingOrders(customerId);
    items.push({
      key: 'orders',
      tab: 'billing',
      tone: orders > 0 ? 'info' : 'ok',
      code: 'orders.pending',
      values: { smart_count: orders },
      message: `${orders} pending order(s)`,
    });

    const currency = subsidiaryCurrency[account.subsidiary] ?? 'EUR';
    items.push(
      account.prepaidCreditCents > 0
        ? {
            key: 'credit',
            tab: 'billing',
            tone: 'info',
            code: 'credit.some',
            values: { amount: money(account.prepaidCreditCents, currency) },
            message: `Prepaid credit ${account.prepaidCreditCents / 100} ${currency}`,
          }
        : { key: 'credit', tab: 'billing', tone: 'ok', code: 'credit.none', values: {}, message: 'No prepaid credit' },
    );

    const services = repository.services(customerId);
    const active = services.active ?? 0;
    items.push({
      key: 'services',
      tab: 'services',
      tone: 'info',
      code: 'services.active',
      values: { smart_count: active, total: services.total },
      message: `${active} active service(s) of ${services.total}`,
    });

    const last = repository.lastSuccessfulLogin(customerId);
    if (!last) {
      items.push({ key: 'last-login', tab: 'login-events', tone: 'info', code: 'last_login.never', values: {}, message: 'Never signed in' });
    } else {
      const values = { at: { instant: last.occurredAt }, country: { enum: 'country', values: [last.country] } };
      items.push(
        last.isNewDevice
          ? {
              key: 'last-login',
              tab: 'login-events',
              tone: 'warning',
              code: 'last_login.new_device',
              values,
              message: `Last sign-in ${last.occurredAt} from ${last.country}, new device`,
            }
          : {
              key: 'last-login',
              tab: 'login-events',
              tone: 'info',
              code: 'last_login.known_device',
              values,
              message: `Last sign-in ${last.occurredAt} from ${last.country}`,
            },
      );
      // A success right after a burst of failures is the takeover pattern (SPEC §4.6): say so.
      const before = repository.failedLogins(customerId, new Date(new Date(last.occurredAt).getTime() - DAY_MS).toISOString(), last.occurredAt);
      if (before > 0) {
        items.push({
          key: 'failures-before-login',
          tab: 'login-events',
          tone: 'danger',
          code: 'failed_logins.before_last',
          values: { smart_count: before },
          message: `${before} failed sign-in(s) in the 24 h before it`,
        });
      }
    }
    const recent = repository.failedLogins(customerId, new Date(now.getTime() - DAY_MS).toISOString(), nowIso);
    items.push({
      key: 'failed-logins',
      tab: 'login-events',
      tone: recent > 0 ? 'danger' : 'ok',
      code: 'failed_logins.last_24h',
      values: { smart_count: recent },
      message: `${recent} failed sign-in(s) in the last 24 h`,
    });
    return items;
  };
}

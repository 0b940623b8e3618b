import { describe, expect, it } from 'vitest';
import type { Factories } from '../support/factories.js';
import { screenshot } from '../support/browser.js';
import { openAccountByQuickFind } from './customer-page.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
/** The date as the strip shows it: British order, in the default zone (Europe/Paris). */
const shownDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The accounts an agent meets on the phone, each built with the factories, and the words the
 * strip must say about it. The strip's rules are tested item by item in test/customer-summary.test.ts.
 */
const accounts: { name: string; build: (factories: Factories) => { nicHandle: string; facts: Record<string, RegExp> } }[] = [
  {
    name: 'overdue-invoice',
    build: (factories) => {
      const customer = factories.customer();
      const dueAt = hoursAgo(20 * 24);
      factories.invoice(customer.id, { status: 'unpaid', amountCents: 4990, dueAt, paidAt: null });
      return { nicHandle: customer.nicHandle, facts: { invoices: new RegExp(`1 unpaid invoice, €49\\.90, overdue since ${escape(shownDate(dueAt))}`) } };
    },
  },
  {
    name: 'suspended',
    build: (factories) => {
      const customer = factories.customer({ state: 'suspended', backupEmail: null });
      factories.invoice(customer.id, { status: 'unpaid', dueAt: hoursAgo(45 * 24), paidAt: null });
      return { nicHandle: customer.nicHandle, facts: { state: /Suspended · invoice overdue since/, 'backup-email': /No backup e-mail/ } };
    },
  },
  {
    name: 'no-2fa',
    build: (factories) => ({ nicHandle: factories.customer({ twoFactorMethods: [] }).nicHandle, facts: { 'two-factor': /^No 2FA$/ } }),
  },
  {
    name: 'credit',
    build: (factories) => ({ nicHandle: factories.customer({ prepaidCreditCents: 15_000 }).nicHandle, facts: { credit: /Prepaid credit €150\.00/ } }),
  },
  {
    name: 'login-burst',
    build: (factories) => {
      const customer = factories.customer();
      for (let i = 0; i < 15; i++) factories.loginEvent(customer.id, { occurredAt: hoursAgo(3 + i * 0.1), result: 'wrong_password', country: 'VN' });
      const success = factories.loginEvent(customer.id, { occurredAt: hoursAgo(2), result: 'success', country: 'VN', isNewDevice: true });
      return {
        nicHandle: customer.nicHandle,
        facts: {
          'last-login': new RegExp(`Last sign-in ${escape(shownDate(success.occurredAt))}, \\d\\d:\\d\\d CES?T, Vietnam, new device`),
          'failures-before-login': /15 failed sign-ins in the 24 h before it/,
        },
      };
    },
  },
];

describe('the account at a glance', () => {
  const journey = startJourney({ customers: 0 }); // only the accounts built here

  it.each(accounts)('shows the facts of the $name account above the tabs', async ({ name, build }) => {
    const { nicHandle, facts } = build(journey.server.factories);
    const page = await journey.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    await signIn(page, journey.server.baseUrl, 'agent@guichet.test');
    await openAccountByQuickFind(page, nicHandle);
    const strip = page.getByRole('navigation', { name: 'Account at a glance' });
    for (const [key, text] of Object.entries(facts)) {
      await expect.poll(() => strip.locator(`[data-summary="${key}"]`).first().textContent(), { timeout: 15_000 }).toMatch(text);
    }
    await screenshot(page, `summary-${name}`);
    await page.close();
  });

  it('opens the tab behind a fact', async () => {
    const customer = journey.server.factories.customer();
    journey.server.factories.invoice(customer.id, { status: 'unpaid', dueAt: hoursAgo(30 * 24), paidAt: null });
    const page = await journey.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, journey.server.baseUrl, 'agent@guichet.test');
    await openAccountByQuickFind(page, customer.nicHandle);
    await page.locator('[data-summary="invoices"] a').click();
    await page.waitForURL(/\/show\/billing$/);
    await expect.poll(() => page.getByRole('tab', { name: 'Billing' }).getAttribute('aria-selected'), { timeout: 15_000 }).toBe('true');
  });
});

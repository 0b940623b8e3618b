import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { openAccountByQuickFind } from './customer-page.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

// The demo's fixture accounts (docs/DEMO-DATA.md), as an agent sees them in the summary strip.
// The strip's rules are tested item by item on factory rows in test/customer-summary.test.ts.
const fixtures = [
  { handle: 'fg33333-ovh', name: 'overdue-invoice', facts: { invoices: /1 unpaid invoice, €[\d.,]+, overdue since \d\d\/10\/2026/ } },
  { handle: 'lm99999-ovh', name: 'suspended', facts: { state: /Suspended · invoice overdue since/, 'backup-email': /No backup e-mail/ } },
  { handle: 'hl22222-ovh', name: 'no-2fa', facts: { 'two-factor': /^No 2FA$/ } },
  { handle: 'cb12121-ovh', name: 'credit', facts: { credit: /Prepaid credit €150\.00/ } },
  {
    handle: 'mb77777-ovh',
    name: 'login-burst',
    facts: { 'last-login': /Last sign-in 31\/10\/2026, 04:22 CET, Vietnam, new device/, 'failures-before-login': /15 failed sign-ins in the 24 h before it/ },
  },
] as const;

describe('the account at a glance', () => {
  const journey = startJourney({ customers: 14 }); // the fixture accounts of docs/DEMO-DATA.md

  it.each(fixtures)('shows the facts of $handle ($name) above the tabs', async ({ handle, name, facts }) => {
    const page = await journey.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, journey.server.baseUrl, 'agent@guichet.test');
    await openAccountByQuickFind(page, handle);
    const strip = page.getByRole('navigation', { name: 'Account at a glance' });
    for (const [key, text] of Object.entries(facts)) {
      await expect.poll(() => strip.locator(`[data-summary="${key}"]`).first().textContent(), { timeout: 15_000 }).toMatch(text);
    }
    await screenshot(page, `summary-${name}`);
    await page.close();
  });

  it('opens the tab behind a fact', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, journey.server.baseUrl, 'agent@guichet.test');
    await openAccountByQuickFind(page, 'fg33333-ovh');
    await page.locator('[data-summary="invoices"] a').click();
    await page.waitForURL(/\/show\/billing$/);
    await expect.poll(() => page.getByRole('tab', { name: 'Billing' }).getAttribute('aria-selected'), { timeout: 15_000 }).toBe('true');
  });
});

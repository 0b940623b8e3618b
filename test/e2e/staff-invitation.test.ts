import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';
import { signedInAs } from '../support/api-client.js';

async function staffPage(browser: Browser, baseUrl: string, email: string, locale = 'en-GB'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale });
  page.setDefaultTimeout(15_000);
  await signIn(page, baseUrl, email);
  return page;
}

describe('staff invitations and approvals in the console', () => {
  // No SMTP: the one-time link is shown to whoever must hand it over.
  const journey = startJourney();

  it('an admin invites an agent, a lead approves, and the new agent sets a password and signs in', async () => {
    const admin = await staffPage(journey.browser, journey.server.baseUrl, 'admin@guichet.test');
    await admin.goto(`${journey.server.baseUrl}/#/staff/create`);
    await admin.getByLabel('E-mail').fill('zoe.new@guichet.test');
    await admin.getByLabel('Name').fill('Zoé New');
    await admin.getByRole('combobox', { name: 'Role' }).click();
    await admin.getByRole('option', { name: /agent/i }).click();
    await screenshot(admin, 'staff-create-invitation');
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByText(/must approve it/).waitFor();
    await admin.getByText('zoe.new@guichet.test').waitFor();
    expect(await admin.getByText('role grant').count()).toBeGreaterThan(0);
    await screenshot(admin, 'staff-list-pending-approval');

    const lead = await staffPage(journey.browser, journey.server.baseUrl, 'lead@guichet.test');
    await lead.goto(`${journey.server.baseUrl}/#/staff-approvals`);
    await lead.getByText('zoe.new@guichet.test').waitFor();
    await screenshot(lead, 'staff-approvals-pending');
    await lead.getByRole('button', { name: 'Approve' }).first().click();
    const dialog = lead.getByRole('dialog', { name: /One-time link for Zoé New/ });
    await dialog.waitFor();
    await screenshot(lead, 'staff-approval-link-shown-once');
    const link = await dialog.getByRole('textbox').inputValue();
    expect(link).toMatch(/#\/set-password\/[A-Za-z0-9_-]{43}$/);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const newcomer = await journey.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    newcomer.setDefaultTimeout(15_000);
    await newcomer.goto(link.replace(/^http:\/\/[^/]+/, journey.server.baseUrl));
    await newcomer.getByRole('heading', { name: 'Choose your password' }).waitFor();
    await newcomer.getByLabel('New password', { exact: false }).fill('zoe-chooses-her-own-42');
    await newcomer.getByLabel('Type it again', { exact: false }).fill('zoe-chooses-her-own-42');
    await screenshot(newcomer, 'set-password-page');
    await newcomer.getByRole('button', { name: 'Set my password' }).click();
    await newcomer.getByText('Your password is set.').waitFor();
    await signIn(newcomer, journey.server.baseUrl, 'zoe.new@guichet.test', 'zoe-chooses-her-own-42');
    expect(await newcomer.getByText('Welcome, Zoé New').count()).toBe(1);
  });

  it('lays the approvals list out on one line a row, headers and statuses unbroken, at 1400 and 1440 px in both languages', async () => {
    const admin = await signedInAs(journey.server.baseUrl, 'admin');
    for (const [email, displayName, role] of [
      ['marie-christine.longnom@guichet.test', 'Marie-Christine Longnom-Delavallée', 'compliance'],
      ['bob.court@guichet.test', 'Bob Court', 'lead'],
    ] as const) {
      expect((await admin.post('/api/staff', { email, displayName, role })).status).toBe(201);
    }
    for (const [locale, width] of [
      ['en-GB', 1400],
      ['fr-FR', 1400],
      ['en-GB', 1440],
      ['fr-FR', 1440],
    ] as const) {
      const lead = await journey.browser.newPage({ viewport: { width, height: 900 }, locale });
      lead.setDefaultTimeout(15_000);
      await signIn(lead, journey.server.baseUrl, 'lead@guichet.test');
      await lead.goto(`${journey.server.baseUrl}/#/staff-approvals`);
      await lead.getByText('bob.court@guichet.test').waitFor();
      await screenshot(lead, `staff-approvals-${locale}-${width}`);
      // Every header and every cell of one line of text stays on one line: its text spans no more than
      // one line's height (cells that are two lines by design, name over address, are left out).
      const wrapped = await lead.locator('thead th, tbody td').evaluateAll((cells) =>
        cells.flatMap((cell) => {
          const text = (cell as HTMLElement).innerText.trim();
          const range = document.createRange();
          range.selectNodeContents(cell);
          const lineHeight = parseFloat(getComputedStyle(cell).lineHeight) || 24;
          return text && !text.includes('\n') && range.getBoundingClientRect().height > lineHeight * 1.6 ? [text] : [];
        }),
      );
      expect(wrapped, `${locale} at ${width} px`).toEqual([]);
      // And no horizontal scrolling to reach the decision buttons.
      expect(await lead.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await lead.close();
    }
  });
});

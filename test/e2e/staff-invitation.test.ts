import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

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
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/axe.js';
import { screenshot } from '../support/browser.js';
import { openAccountByQuickFind, waitForTransitions } from './customer-page.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

const customerTabs = ['Identity & contact', '2FA', 'Services', 'Sub-users', 'Billing', 'Login events', 'E-mails', 'Messages'];

/** Fails with the list of serious/critical axe findings of the screen, naming it. */
async function expectAxeClean(page: Page, screen: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Still loading (react-admin's spinner in the app bar) is not the screen the agent reads.
  await page.locator('[role="progressbar"]').first().waitFor({ state: 'detached', timeout: 15_000 });
  await waitForTransitions(page);
  const findings = await seriousAxeViolations(page);
  await screenshot(page, `axe-${screen}`);
  expect(findings, screen).toEqual([]);
}

describe.each(['light', 'dark'] as const)('axe-core finds no serious violation, %s mode', (mode) => {
  const journey = startJourney({ customers: 14, demoFlags: true }); // the fixture accounts of docs/DEMO-DATA.md, with their flags

  async function newPage(): Promise<Page> {
    const page = await journey.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', colorScheme: mode, bypassCSP: true }); // the CSP forbids the injected axe script
    page.setDefaultTimeout(15_000);
    return page;
  }

  it('on the sign-in page, the dashboard, the customer list and every tab of a customer page', async () => {
    const page = await newPage();
    await page.goto(`${journey.server.baseUrl}/#/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectAxeClean(page, `${mode}-sign-in`);
    await signIn(page, journey.server.baseUrl, 'agent@guichet.test');
    await expectAxeClean(page, `${mode}-dashboard`);
    await page.getByRole('menuitem', { name: 'Customers' }).click();
    await page.getByRole('cell').first().waitFor();
    await expectAxeClean(page, `${mode}-customer-list`);
    await openAccountByQuickFind(page, 'sr55555-ovh');
    for (const [index, tab] of customerTabs.entries()) {
      await page.getByRole('tab', { name: tab }).click();
      await expectAxeClean(page, `${mode}-customer-tab-${index + 1}`);
    }
  });

  it('on the promote dialog and the messages', async () => {
    const page = await newPage();
    await signIn(page, journey.server.baseUrl, 'agent@guichet.test');
    await openAccountByQuickFind(page, 'xx11111-ovh');
    await page.getByRole('button', { name: 'Promote backup e-mail' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAxeClean(page, `${mode}-promote-dialog`);
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: 'Messages' }).click();
    await page.waitForURL(/#\/messages/);
    await expectAxeClean(page, `${mode}-messages`);
  });

  it("on a lead's screens: claims, flags (list and one flag), staff approvals, the audit log (list and one entry), the review queue, the audit chain", async () => {
    const page = await newPage();
    await signIn(page, journey.server.baseUrl, 'lead@guichet.test');
    const mainContent = () => page.locator('#main-content').waitFor();
    const screens: [string, string, () => Promise<unknown>][] = [
      ['claims', '#/email-claims', mainContent],
      ['flags', '#/flags', () => page.getByRole('cell').first().waitFor()],
      ['staff-approvals', '#/staff-approvals', mainContent],
      ['audit-log', '#/audit-log', () => page.getByRole('cell').first().waitFor()],
      ['review-queue', '#/audit-reviews', mainContent],
      // The page verifies the chain as it opens, its buttons disabled meanwhile: audited once the report shows,
      // not while the buttons turn from grey to their colours.
      ['audit-chain', '#/audit-checkpoints', () => page.getByTestId('chain-status').waitFor()],
    ];
    for (const [name, hash, ready] of screens) {
      await page.goto(`${journey.server.baseUrl}/${hash}`);
      await ready();
      await expectAxeClean(page, `${mode}-${name}`);
      if (name === 'flags' || name === 'audit-log') {
        await page.getByRole('cell').first().click();
        await page.waitForURL(/\/show/);
        await expectAxeClean(page, `${mode}-${name}-show`);
      }
    }
  });

  it('on the page of an address that does not exist', async () => {
    const page = await newPage();
    await signIn(page, journey.server.baseUrl, 'compliance@guichet.test');
    await page.goto(`${journey.server.baseUrl}/#/no-such-screen`);
    await page.locator('.RaNotFound-message').waitFor();
    await expectAxeClean(page, `${mode}-unknown-address`);
  });

  it('on the staff pages', async () => {
    const page = await newPage();
    await signIn(page, journey.server.baseUrl, 'admin@guichet.test');
    await page.getByRole('menuitem', { name: 'Staff' }).click();
    await page.getByRole('cell').first().waitFor();
    await expectAxeClean(page, `${mode}-staff-list`);
    await page.getByRole('cell').first().click();
    await page.waitForURL(/#\/staff\/\d+/);
    await expectAxeClean(page, `${mode}-staff-edit`);
  });
});

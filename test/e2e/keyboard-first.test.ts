import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { openAccountByQuickFind, waitForTransitions } from './customer-page.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

async function agentPage(journey: ReturnType<typeof startJourney>): Promise<Page> {
  const page = await journey.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  page.setDefaultTimeout(15_000);
  await signIn(page, journey.server.baseUrl, 'agent@guichet.test');
  return page;
}

const quickFind = (page: Page) => page.getByRole('searchbox', { name: 'Quick find' });

describe('keyboard first', () => {
  const journey = startJourney({ customers: 14 }); // the fixture accounts of docs/DEMO-DATA.md

  it('looks an account up with the keyboard alone: shortcut, type, Enter, read the strip', async () => {
    const page = await agentPage(journey);
    await page.getByRole('menuitem', { name: 'Customers' }).click();
    await page.getByRole('cell').first().waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // the page has the focus, no field
    await page.keyboard.press('/');
    expect(await quickFind(page).evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('fg33333-ovh');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/customers\/\d+\/show/);
    await page.locator('#react-admin-title').getByText('fg33333-ovh').waitFor();
    const strip = page.getByRole('navigation', { name: 'Account at a glance' });
    await expect.poll(() => strip.locator('[data-summary="invoices"]').textContent(), { timeout: 15_000 }).toMatch(/1 unpaid invoice, .*overdue since/);
    await screenshot(page, 'keyboard-lookup');

    // Ctrl+K from the page reaches the box again, selecting what it holds.
    await page.keyboard.press('Control+K');
    expect(await quickFind(page).evaluate((input) => input === document.activeElement)).toBe(true);
  });

  it('keeps the quick find in view when the page scrolls, with its shortcut shown', async () => {
    const page = await agentPage(journey);
    await page.setViewportSize({ width: 1440, height: 500 });
    await openAccountByQuickFind(page, 'sr55555-ovh');
    await page.mouse.wheel(0, 2000);
    await page.waitForFunction(() => window.scrollY > 0);
    expect(await quickFind(page).isVisible()).toBe(true);
    const box = await quickFind(page).boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(await page.locator('header kbd').innerText()).toContain('/');
  });

  it('says in words that the network failed, and keeps what was typed', async () => {
    const page = await agentPage(journey);
    await page.route('**/api/customers/find-exact?**', (route) => route.abort('internetdisconnected'));
    await quickFind(page).fill('xx11111-ovh');
    await quickFind(page).press('Enter');
    await page.getByText('The server could not be reached: check the connection, then press Enter again.').waitFor();
    expect(await quickFind(page).inputValue()).toBe('xx11111-ovh');
    await screenshot(page, 'quick-find-network-error');
  });

  it('focuses the first field of the promote dialog, checks the server rules first, and asks before losing typed text', async () => {
    const page = await agentPage(journey);
    let promotions = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/promote-backup-email')) promotions += 1;
    });
    await openAccountByQuickFind(page, 'xx11111-ovh');
    await page.getByRole('button', { name: 'Promote backup e-mail' }).click();
    const dialog = page.getByRole('dialog', { name: /Promote the backup e-mail of/ });
    await dialog.waitFor();
    const ticket = dialog.getByLabel('Ticket reference', { exact: false });
    await expect.poll(() => ticket.evaluate((input) => input === document.activeElement), { timeout: 15_000 }).toBe(true);

    await page.keyboard.type('no');
    await dialog.getByLabel('Reason').fill('abc');
    await dialog.getByRole('checkbox', { name: /I checked the caller.s identity/ }).check();
    await dialog.getByRole('button', { name: 'Promote', exact: true }).click();
    await dialog.getByText('Explain why, in 5 to 2,000 characters').waitFor();
    await dialog.getByText(/Enter the helpdesk ticket reference: 3 to 64/).waitFor();
    expect(promotions, 'nothing is sent while a rule is broken').toBe(0);

    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: 'Discard what you typed?' });
    await ask.waitFor();
    await waitForTransitions(page);
    await screenshot(page, 'promote-dialog-discard');
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await ticket.inputValue()).toBe('no');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Discard what you typed?' }).getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});

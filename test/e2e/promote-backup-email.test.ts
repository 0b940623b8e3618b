import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startJourney } from './harness.js';
import { fixtures } from '../../db/seed/fixtures.js';
import { screenshot } from '../support/browser.js';
import { openAccountByQuickFind, waitForTransitions } from './customer-page.js';
import { signIn } from './sign-in.js';

const { guideExample, unpaidInvoice } = fixtures;
const promoteLabel = 'Promote backup e-mail';

function promotionDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: /Promote the backup e-mail of/ });
}

/** The error under a form field: MUI links it to the input with aria-describedby. */
async function fieldError(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: false }).first();
  const describedBy = await input.getAttribute('aria-describedby');
  if (!describedBy) return '';
  return (await page.locator(`[id="${describedBy}"]`).textContent()) ?? '';
}

async function newStaffPage(browser: Browser, email: string, baseUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  // A step that cannot happen fails in seconds, naming the step, instead of the whole test timing out.
  page.setDefaultTimeout(15_000);
  await signIn(page, baseUrl, email);
  return page;
}

async function chooseIdentityCheck(dialog: Locator, page: Page, option: string): Promise<void> {
  await dialog.getByRole('combobox', { name: /How the caller.s identity was checked/ }).click();
  await page.getByRole('option', { name: option }).click();
}

describe("an agent promotes a caller's backup e-mail", () => {
  const journey = startJourney({ customers: 14 }); // the fixture accounts of docs/DEMO-DATA.md

  it('records the call, swaps the addresses, shows the banner and both messages in the outbox', async () => {
    const page = await newStaffPage(journey.browser, 'agent@guichet.test', journey.server.baseUrl);
    await openAccountByQuickFind(page, guideExample.nicHandle);

    await page.getByRole('button', { name: promoteLabel }).click();
    const dialog = promotionDialog(page);
    await dialog.waitFor();
    const currentPanel = dialog.locator('[data-address-panel="primary"]');
    const backupPanel = dialog.locator('[data-address-panel="backup"]');
    expect(await currentPanel.innerText()).toContain('Current primary — will be replaced');
    expect(await currentPanel.innerText()).toContain(guideExample.primaryEmail);
    expect(await backupPanel.innerText()).toContain('Backup — becomes primary');
    expect(await backupPanel.innerText()).toContain(guideExample.backupEmail);
    const submit = dialog.getByRole('button', { name: 'Promote', exact: true });
    expect(await submit.isDisabled(), 'disabled until the agent confirms').toBe(true);
    await waitForTransitions(page);
    await screenshot(page, 'promote-backup-email-dialog');

    // No ticket: refused under the field, by the server's own rule, before anything is sent.
    await chooseIdentityCheck(dialog, page, 'Called back on the phone number on file');
    await dialog.getByLabel('Reason').fill('Caller lost access to the primary mailbox (provider closed the account).');
    await dialog.getByRole('checkbox', { name: /I checked the caller.s identity/ }).check();
    await submit.click();
    await expect.poll(() => fieldError(page, 'Ticket reference')).toContain('Enter the helpdesk ticket reference');

    // A ticket outside the server's format: the same schema refuses it in the browser.
    await dialog.getByLabel('Ticket reference', { exact: false }).fill('TCK 42!');
    await submit.click();
    await expect.poll(() => fieldError(page, 'Ticket reference')).toContain('3 to 64 letters, digits or # _ - . /');
    await screenshot(page, 'promote-backup-email-field-error');

    await dialog.getByLabel('Ticket reference', { exact: false }).fill('TCK-2024-0042');
    await submit.click();
    await page.getByText(`Backup e-mail promoted: ${guideExample.backupEmail} is now the primary address`).waitFor();
    await dialog.waitFor({ state: 'detached' });

    // The page shows the new state without a reload.
    const banner = page.locator('[data-banner="new_backup_required"]');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('A new backup e-mail is required');
    const primaryEmail = page.locator('.RaLabeled-label', { hasText: /^Primary e-mail$/ }).locator('..');
    await expect.poll(() => primaryEmail.innerText()).toContain(guideExample.backupEmail);
    const promote = page.getByRole('button', { name: promoteLabel });
    expect(await promote.isDisabled()).toBe(true);
    const blockerId = await promote.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${blockerId}"]`).innerText()).toBe('No backup e-mail on file.');
    await waitForTransitions(page);
    await screenshot(page, 'promote-backup-email-after');

    // The e-mail history names who made the change, not "staff #1".
    await page.getByRole('tab', { name: 'E-mails' }).click();
    await page.getByRole('row').filter({ hasText: 'Backup promotion' }).filter({ hasText: 'Alice Agent' }).first().waitFor();

    await page.getByRole('tab', { name: 'Messages' }).click();
    const promotedRow = page.getByRole('row').filter({ hasText: `Votre adresse de secours est devenue votre adresse principale (${guideExample.nicHandle})` });
    const noticeRow = page.getByRole('row').filter({ hasText: `Alerte de sécurité : l’adresse e-mail principale de ${guideExample.nicHandle} a changé` });
    // Delivery happens just after the commit; the tab refreshes itself while a message is queued.
    await promotedRow.getByText('In outbox').waitFor();
    await noticeRow.getByText('In outbox').waitFor();
    expect(await promotedRow.innerText()).toContain(guideExample.backupEmail);
    expect(await noticeRow.innerText()).toContain(guideExample.primaryEmail);
    await screenshot(page, 'promote-backup-email-messages');

    await noticeRow.getByText('Alerte de sécurité').click();
    const htmlFrame = page.locator('iframe[title^="HTML version"]');
    await htmlFrame.waitFor();
    expect(await htmlFrame.getAttribute('sandbox')).toBe('');
    await page.frameLocator('iframe[title^="HTML version"]').getByText('Bonjour Jean Dupont,').waitFor();
    // Chromium paints a sandboxed frame only inside the viewport: make the whole page fit in it.
    await page.setViewportSize({ width: 1400, height: 1800 });
    await screenshot(page, 'promote-backup-email-message-show');
  });

  it('asks to reload and confirm again when someone changed the account meanwhile', async () => {
    const page = await newStaffPage(journey.browser, 'agent@guichet.test', journey.server.baseUrl);
    await openAccountByQuickFind(page, unpaidInvoice.nicHandle);
    await page.getByRole('button', { name: promoteLabel }).click();
    const dialog = promotionDialog(page);
    await dialog.getByLabel('Ticket reference', { exact: false }).fill('TCK-2024-0043');
    await chooseIdentityCheck(dialog, page, 'Other (describe)');
    await dialog.getByLabel('Describe the identity check', { exact: false }).fill('Passport number read out and matched');
    await dialog.getByLabel('Reason').fill('Primary mailbox hacked, customer locked out of it.');
    await dialog.getByRole('checkbox', { name: /I checked the caller.s identity/ }).check();

    // A colleague saves the account while this agent is on the phone.
    journey.server.database.sqlite.prepare('UPDATE customers SET version = version + 1 WHERE id = ?').run(unpaidInvoice.id);
    await dialog.getByRole('button', { name: 'Promote', exact: true }).click();
    await dialog.getByText('Someone changed this account since you opened it').waitFor();
    await waitForTransitions(page);
    await screenshot(page, 'promote-backup-email-stale');

    await dialog.getByRole('button', { name: 'Reload the account' }).click();
    const confirmation = dialog.getByRole('checkbox', { name: /I checked the caller.s identity/ });
    expect(await confirmation.isChecked(), 'the confirmation was for the record as it was').toBe(false);
    await confirmation.check();
    await dialog.getByRole('button', { name: 'Promote', exact: true }).click();
    await page.getByText(`Backup e-mail promoted: ${unpaidInvoice.backupEmail} is now the primary address`).waitFor();
  });

  it('does not offer the promotion to a compliance officer', async () => {
    const page = await newStaffPage(journey.browser, 'compliance@guichet.test', journey.server.baseUrl);
    await openAccountByQuickFind(page, fixtures.company.nicHandle);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(fixtures.company.organisation);
    expect(await page.getByRole('button', { name: promoteLabel }).count()).toBe(0);
  });
});

import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../db/seed/fixtures.js';
import { screenshot } from '../support/browser.js';
import { openAccountByQuickFind, waitForTransitions } from './customer-page.js';
import { demoPassword } from '../support/test-app.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

const { loginBurst } = fixtures;

async function staffPage(browser: Browser, email: string, baseUrl: string, locale = 'en-GB'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale });
  page.setDefaultTimeout(15_000);
  await signIn(page, baseUrl, email);
  return page;
}

async function chooseOption(page: Page, scope: ReturnType<Page['getByRole']>, label: RegExp, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

describe('a lead works the fixture’s suspicious-activity flag', () => {
  // The demo's first start runs detection: mb77777-ovh's burst raises its flags (docs/DEMO-DATA.md).
  const journey = startJourney({ customers: 14, demoFlags: true });
  const flagStatus = (id: number) => journey.server.database.sqlite.prepare<[number], string>('SELECT status FROM flags WHERE id = ?').pluck().get(id);

  it('triages the flag, the agent is refused with the flag named, the lead overrides with a reason, then resolves it', async () => {
    const lead = await staffPage(journey.browser, 'lead@guichet.test', journey.server.baseUrl);
    await lead.goto(`${journey.server.baseUrl}/#/flags`);
    const row = lead.getByRole('row').filter({ hasText: loginBurst.nicHandle }).filter({ hasText: 'High' });
    await row.first().waitFor();
    await waitForTransitions(lead);
    await screenshot(lead, 'flags-queue');
    // A dashboard tile's hidden filter (open for too long) shows as an input the reader can see and clear.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    await lead.goto(`${journey.server.baseUrl}/#/flags?filter=${encodeURIComponent(JSON.stringify({ isActive: true, raisedBefore: tomorrow }))}`);
    const raisedBefore = lead.getByLabel('Raised before');
    await expect.poll(() => raisedBefore.inputValue()).toBe(tomorrow.slice(0, 10));
    await row.first().waitFor();
    await waitForTransitions(lead);
    await screenshot(lead, 'flags-queue-raised-before');
    await lead.goto(`${journey.server.baseUrl}/#/flags`);
    await row.first().click();
    await lead.getByRole('heading', { name: /^Flag #\d+$/ }).waitFor();
    const flagId = Number((await lead.getByRole('heading', { name: /^Flag #\d+$/ }).innerText()).replace(/\D/g, ''));
    await lead.getByText('Unknown device, new country').first().waitFor();
    await lead.getByRole('cell', { name: 'VN' }).first().waitFor();

    // Triage: the lead takes it in hand with a note.
    await lead.getByRole('button', { name: 'Triage' }).click();
    const triage = lead.getByRole('dialog', { name: `Triage flag #${flagId}` });
    await triage.getByLabel('Note').fill('Calling the customer back on the phone number on file.');
    await triage.getByRole('button', { name: 'Triage' }).click();
    await lead.getByText('The flag is being investigated.').waitFor();
    await lead.getByText('Investigating').first().waitFor();
    await waitForTransitions(lead);
    await screenshot(lead, 'flag-show-investigating');

    // The agent on the phone: the promotion is refused, naming the flag.
    const agent = await staffPage(journey.browser, 'agent@guichet.test', journey.server.baseUrl);
    await openAccountByQuickFind(agent, loginBurst.nicHandle);
    const banner = agent.locator('[data-banner="open_high_flag"]');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(`#${flagId}`);
    const promote = agent.getByRole('button', { name: 'Promote backup e-mail' });
    expect(await promote.isDisabled()).toBe(true);
    const blockerId = await promote.getAttribute('aria-describedby');
    expect(await agent.locator(`[id="${blockerId}"]`).innerText()).toContain(`Open high-severity flag #${flagId}`);
    await waitForTransitions(agent);
    await screenshot(agent, 'flag-agent-promotion-locked');

    // The lead overrides with a reason (and confirms their password).
    await openAccountByQuickFind(lead, loginBurst.nicHandle);
    await lead.getByRole('button', { name: 'Promote backup e-mail' }).click();
    const dialog = lead.getByRole('dialog', { name: /Promote the backup e-mail of/ });
    await dialog.getByLabel('Ticket reference', { exact: false }).fill('TCK-2026-0777');
    await chooseOption(lead, dialog, /How the caller.s identity was checked/, 'Called back on the phone number on file');
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Customer lost the primary mailbox to the attacker.');
    await dialog.getByLabel('Override reason (lead)', { exact: false }).fill('Identity confirmed by call-back; the flag is being worked.');
    await dialog.getByRole('checkbox', { name: /I checked the caller.s identity/ }).check();
    await waitForTransitions(lead);
    await screenshot(lead, 'flag-lead-override-dialog');
    // Overriding needs a recent confirmation of the lead's password: past the window, the console asks for it.
    journey.server.advanceClock(6 * 60_000);
    await dialog.getByRole('button', { name: 'Promote', exact: true }).click();
    const reauth = lead.getByRole('dialog', { name: 'Confirm it is you' });
    await reauth.getByLabel('Password').fill(demoPassword);
    await reauth.getByRole('button', { name: 'Confirm' }).click();
    await lead.getByText(`Backup e-mail promoted: ${loginBurst.backupEmail} is now the primary address`).waitFor();
    const audit = journey.server.database.sqlite
      .prepare<[number], { details: string }>("SELECT details FROM audit_log WHERE customer_id = ? AND action = 'customers.promote_backup_email'")
      .get(loginBurst.id);
    expect(JSON.parse(audit?.details ?? '{}')).toMatchObject({ overridden: ['flags.open_high_severity'] });

    // The lead resolves the flag.
    await lead.goto(`${journey.server.baseUrl}/#/flags/${flagId}/show`);
    await lead.getByRole('button', { name: 'Resolve' }).click();
    const resolve = lead.getByRole('dialog', { name: `Resolve flag #${flagId}` });
    await chooseOption(lead, resolve, /Outcome/, 'Customer secured');
    // The server's rule, checked before sending: a resolution says why in at least 5 characters.
    await resolve.getByLabel('Note').fill('Done');
    await resolve.getByRole('button', { name: 'Resolve' }).click();
    await resolve.getByText(/5 to 2,000 to resolve/).waitFor();
    expect(flagStatus(flagId)).toBe('investigating');
    await resolve.getByLabel('Note').fill('Password changed, two-factor authentication enabled with the customer.');
    await resolve.getByRole('button', { name: 'Resolve' }).click();
    await lead.getByText('The flag is resolved.').waitFor();
    await lead.getByText('Customer secured').first().waitFor();
    await waitForTransitions(lead);
    await screenshot(lead, 'flag-show-resolved');

    // Its history: raised by the rules, triaged, resolved, each entry opening the audit log.
    await lead.getByRole('tab', { name: 'History' }).click();
    const history = lead.getByTestId('record-history');
    await history.getByRole('listitem').nth(1).waitFor();
    expect(await history.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    await waitForTransitions(lead);
    await screenshot(lead, 'flag-history');
  });

  it('shows the queue and a flag in French', async () => {
    const lead = await staffPage(journey.browser, 'lead@guichet.test', journey.server.baseUrl);
    await lead.getByRole('button', { name: /English/i }).click();
    await lead.getByRole('menuitem', { name: /Français/ }).click();
    await lead.goto(`${journey.server.baseUrl}/#/flags`);
    await lead.getByRole('row').filter({ hasText: loginBurst.nicHandle }).first().waitFor();
    await waitForTransitions(lead);
    await screenshot(lead, 'flags-queue-fr');
    await openAccountByQuickFindFr(lead, loginBurst.nicHandle);
    await lead.getByRole('tab', { name: 'Signalements' }).click();
    await lead.getByRole('button', { name: 'Ouvrir un signalement' }).waitFor();
    expect(await lead.getByRole('tab', { name: 'Signalements' }).getAttribute('aria-selected')).toBe('true');
    await waitForTransitions(lead);
    await screenshot(lead, 'customer-flags-tab-fr');
  });
});

async function openAccountByQuickFindFr(page: Page, handle: string): Promise<void> {
  const quickFind = page.getByRole('searchbox').first();
  await quickFind.fill(handle);
  await quickFind.press('Enter');
  await page.waitForURL(/#\/customers\/\d+\/show/);
  await page.locator('#react-admin-title').getByText(handle).waitFor();
}

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../db/seed/fixtures.js';
import { screenshot } from '../support/browser.js';
import { openAccountByQuickFind, waitForTransitions } from './customer-page.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

const { guideExample } = fixtures;

async function leadPage(journey: ReturnType<typeof startJourney>): Promise<Page> {
  const page = await journey.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  page.setDefaultTimeout(15_000);
  await signIn(page, journey.server.baseUrl, 'lead@guichet.test');
  return page;
}

describe("a lead reviews an account's history", () => {
  const journey = startJourney({ customers: 50 });

  it('sees the dashboard tiles, the account timeline and an entry as a diff with an audited reveal', async () => {
    const { server } = journey;
    const customerId = server.database.sqlite.prepare('SELECT id FROM customers WHERE nic_handle = ?').pluck().get(guideExample.nicHandle) as number;
    const agentId = server.database.sqlite.prepare("SELECT id FROM staff WHERE email = 'agent@guichet.test'").pluck().get() as number;
    server.changes.apply(() => ({
      result: null,
      audit: {
        actor: { id: agentId, role: 'agent' },
        action: 'customers.promote_backup_email',
        targetType: 'customer',
        targetId: customerId,
        customerId,
        ticketRef: 'TCK-2024-0042',
        reason: 'Caller lost access to the primary mailbox',
        details: { identityCheck: 'callback_on_file_phone', before: { version: 1, newBackupRequired: false }, after: { version: 2, newBackupRequired: true } },
        personal: {
          before: { primaryEmail: guideExample.primaryEmail, backupEmail: guideExample.backupEmail },
          after: { primaryEmail: guideExample.backupEmail, backupEmail: null },
        },
      },
    }));

    const page = await leadPage(journey);
    await page
      .getByTestId('tile-audit.chain_status')
      .getByText(/entries verified, chain intact at/)
      .waitFor();
    await page.getByTestId('tile-audit.weekly_volumes').locator('.recharts-bar-rectangle').first().waitFor();
    await waitForTransitions(page);
    await screenshot(page, 'lead-dashboard');

    await openAccountByQuickFind(page, guideExample.nicHandle);
    await page.getByRole('tab', { name: 'History', exact: true }).click();
    const history = page.getByTestId('record-history');
    await history.getByText('Promoted the backup e-mail').waitFor();
    expect(await history.innerText()).toContain('TCK-2024-0042');
    expect(await history.innerText()).not.toContain(guideExample.primaryEmail);
    await screenshot(page, 'customer-history');

    await history.getByRole('link', { name: 'Promoted the backup e-mail' }).click();
    await page.getByRole('table', { name: 'What changed' }).waitFor();
    expect(await page.getByRole('table', { name: 'What changed' }).innerText()).not.toContain(guideExample.primaryEmail);
    await page.getByRole('button', { name: 'Reveal personal values' }).click();
    await page.getByText(guideExample.primaryEmail).first().waitFor();
    await screenshot(page, 'audit-entry-revealed');
    const reveals = server.database.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'audit.reveal' AND customer_id = ?").pluck().get(customerId);
    expect(reveals).toBe(1);
  });

  it('browses the log filtered by customer code and verifies the chain', async () => {
    const page = await leadPage(journey);
    await page.goto(`${journey.server.baseUrl}/#/audit-log`);
    await page.getByLabel('Customer (handle or code)').fill('0123-45-67');
    await page.waitForURL(/filter=.*0123-45-67/);
    await page.getByRole('cell', { name: 'Signed in' }).first().waitFor({ state: 'detached' });
    // The promotion, and the lead's own reveal of it (a sensitive read about the same account).
    expect(await page.getByRole('cell', { name: 'xx11111-ovh' }).count()).toBe(2);
    await page.getByRole('cell', { name: 'Revealed personal values' }).waitFor();
    await screenshot(page, 'audit-log-filtered');

    await page.getByRole('link', { name: 'Chain verification' }).click();
    await page
      .getByTestId('chain-status')
      .getByText(/entries verified, chain intact at/)
      .waitFor();
    await page.getByRole('button', { name: 'Sign a checkpoint now' }).click();
    await page.getByText(/Checkpoint #1 signed over \d+ entries/).waitFor();
    await page.getByRole('button', { name: 'Verify from the last checkpoint' }).click();
    await page.getByText(/from checkpoint #1/).waitFor();
    await screenshot(page, 'audit-chain');
  });
});

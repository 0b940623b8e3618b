import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../db/seed/fixtures.js';
import { screenshot } from '../support/browser.js';
import { openAccountByQuickFind, waitForTransitions } from './customer-page.js';
import { startJourney } from './harness.js';
import type { TestServer } from '../support/test-app.js';
import { signIn } from './sign-in.js';

const { guideExample } = fixtures;

/** An agent's promotion of the account's backup e-mail, as the audited change records it. */
function recordPromotion(server: TestServer, account: { nicHandle: string; primaryEmail: string; backupEmail: string | null }) {
  const customerId = server.database.sqlite.prepare('SELECT id FROM customers WHERE nic_handle = ?').pluck().get(account.nicHandle) as number;
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
        before: { primaryEmail: account.primaryEmail, backupEmail: account.backupEmail },
        after: { primaryEmail: account.backupEmail, backupEmail: null },
      },
    },
  }));
}

async function leadPage(journey: ReturnType<typeof startJourney>): Promise<Page> {
  const page = await journey.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  page.setDefaultTimeout(15_000);
  await signIn(page, journey.server.baseUrl, 'lead@guichet.test');
  return page;
}

describe("a lead reviews an account's history", () => {
  const journey = startJourney({ customers: 50, env: { REVIEW_SAMPLE_PERCENT: '100' } });

  it('sees the dashboard tiles, the account timeline and an entry as a diff with an audited reveal', async () => {
    const { server } = journey;
    recordPromotion(server, guideExample);

    const page = await leadPage(journey);
    await page
      .getByTestId('tile-audit.chain_status')
      .getByText(/entries verified, chain intact at/)
      .waitFor();
    await page.getByTestId('tile-audit.weekly_volumes').locator('.recharts-bar-rectangle').first().waitFor();
    await waitForTransitions(page);
    await page.mouse.move(0, 0);
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
    const reveals = server.database.sqlite
      .prepare("SELECT count(*) FROM audit_log a JOIN customers c ON c.id = a.customer_id WHERE a.action = 'audit.reveal' AND c.nic_handle = ?")
      .pluck()
      .get(guideExample.nicHandle);
    expect(reveals).toBe(1);
  });

  it('browses the log filtered by customer code and verifies the chain', async () => {
    const page = await leadPage(journey);
    await page.goto(`${journey.server.baseUrl}/#/audit-log`);
    await page.getByLabel('Customer (handle or code)').fill('0123-45-67');
    await page.waitForURL(/filter=.*0123-45-67/);
    await page.getByRole('cell', { name: 'Signed in' }).first().waitFor({ state: 'detached' });
    // The promotion, and the lead's own reveal of it (a sensitive read about the same account).
    expect(await page.getByRole('cell', { name: 'xx11111-ovh', exact: true }).count()).toBe(2);
    await page.getByRole('cell', { name: 'Revealed personal values' }).waitFor();
    // What each entry acted on, in words: the promotion's account by its handle, linked to its page.
    await page.getByRole('cell', { name: 'Customer xx11111-ovh', exact: true }).getByRole('link').waitFor();
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

  it("clears a review item after looking at the account's history, then reads the queue in French", async () => {
    const { server } = journey;
    const account = fixtures.unpaidInvoice;
    recordPromotion(server, { ...account, backupEmail: 'secours@example.net' });
    const page = await leadPage(journey);
    const tile = page.getByTestId('tile-audit.review_queue');
    await tile.getByText(/oldest waiting \d+ h/).waitFor();
    await tile.click();
    await page.waitForURL(/#\/audit-reviews/);
    const row = page.getByRole('row').filter({ hasText: account.nicHandle });
    // Queued by the random share, or (depending on when the test runs) as work outside working hours.
    await row.getByText(/Random sample|Outside working hours/).waitFor();
    await screenshot(page, 'review-queue');

    await row.getByRole('link', { name: account.nicHandle }).click();
    await page.getByTestId('record-history').getByText('Promoted the backup e-mail').waitFor();
    await page.goBack();
    await page.getByRole('row').filter({ hasText: account.nicHandle }).getByRole('button', { name: 'Fine' }).click();
    await page.getByText('Review recorded in the audit log').waitFor();
    await page.getByRole('row').filter({ hasText: account.nicHandle }).waitFor({ state: 'detached' });
    const review = server.database.sqlite
      .prepare('SELECT outcome FROM audit_reviews r JOIN customers c ON c.id = r.customer_id WHERE c.nic_handle = ?')
      .get(account.nicHandle);
    expect(review).toMatchObject({ outcome: 'fine' });
    expect(server.database.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'audit.review'").pluck().get()).toBe(1);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await page.getByText('File de revue').first().waitFor();
    await screenshot(page, 'review-queue-fr');
    await page.goto(`${server.baseUrl}/#/`);
    await page.getByText(/entrées vérifiées, chaîne intacte au/).waitFor();
    await waitForTransitions(page);
    await page.mouse.move(0, 0);
    await screenshot(page, 'lead-dashboard-fr');
    await page.goto(`${server.baseUrl}/#/audit-log`);
    await page.getByRole('columnheader', { name: 'Qui' }).waitFor();
    // Staff targets are named in words; their pages are the admins', so no link a lead could not follow.
    const staffTargets = page.getByRole('cell', { name: 'Personnel Louis Lead', exact: true });
    await staffTargets.first().waitFor();
    expect(await staffTargets.getByRole('link').count()).toBe(0);
    await screenshot(page, 'audit-log-fr');
  });
});

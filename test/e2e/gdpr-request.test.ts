import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../support/api-client.js';
import { screenshot, screenshotDir } from '../support/browser.js';
import { daysAgo } from '../support/gdpr.js';
import { demoPassword } from '../support/test-app.js';
import { waitForTransitions } from './customer-page.js';
import { verifyIdentity } from './gdpr-page.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

async function staffPage(browser: Browser, email: string, baseUrl: string, locale = 'en-GB'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale, acceptDownloads: true });
  page.setDefaultTimeout(15_000);
  await signIn(page, baseUrl, email);
  return page;
}

async function choose(page: Page, label: RegExp, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Intake through the form, as an officer does it on receiving a request; lands on the request's page. */
async function recordRequest(page: Page, input: { right: string; handle: string; name: string; email: string; ticket: string }): Promise<number> {
  await page.getByRole('combobox', { name: /^Right/ }).waitFor();
  await choose(page, /^Right/, input.right);
  await choose(page, /^Received by/, 'Web form (signed in)');
  await page.getByRole('combobox', { name: /^Account/ }).fill(input.handle);
  await page.getByRole('option', { name: new RegExp(input.handle) }).click();
  await page.getByRole('textbox', { name: /^Requester\W*$/ }).fill(input.name);
  await page.getByLabel(/^Requester’s e-mail/).fill(input.email);
  await page.getByLabel(/^Ticket/).fill(input.ticket);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/#\/gdpr-requests\/\d+\/show/);
  await page.locator('[data-testid="gdpr-status"][data-status="received"]').waitFor();
  return Number(/gdpr-requests\/(\d+)\/show/.exec(page.url())![1]);
}

describe('a compliance officer answers an access request and erases an account', () => {
  const journey = startJourney({ customers: 14 });

  it('records, verifies, generates and downloads the access report, then erases the account after typing its handle', async () => {
    const { server } = journey;
    // An erasable person: no service, no invoice, no order, no credit.
    const person = server.factories.customer({ firstName: 'Élodie', lastName: 'Effacée-Journey', primaryEmail: 'elodie.journey@example-gdpr.test' });
    // Two other requests so that the list and the dashboard show a late one and one due this week.
    const agent = await signedInAs(server.baseUrl, 'agent');
    for (const [days, name] of [
      [40, 'Bastien Retard'],
      [27, 'Chloé Bientôt'],
    ] as const) {
      const other = server.factories.customer({ firstName: name.split(' ')[0], lastName: name.split(' ')[1] });
      const body = {
        right: 'access',
        channel: 'post',
        receivedOn: daysAgo(days),
        requesterName: name,
        requesterAddress: '1 rue X',
        customerId: other.id,
        ticketRef: 'TCK-J',
      };
      expect((await agent.post('/api/gdpr-requests', body)).status).toBe(201);
    }

    const page = await staffPage(journey.browser, 'compliance@guichet.test', server.baseUrl);
    await page.getByText('Overdue GDPR requests').waitFor();
    await page.getByText('GDPR requests received per week').waitFor();
    await waitForTransitions(page);
    await screenshot(page, 'gdpr-en-dashboard');
    await page.getByRole('link', { name: /Overdue: 1/ }).click();
    await page.getByRole('row').filter({ hasText: 'Bastien Retard' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Chloé Bientôt' }).count()).toBe(0);
    // The list remembers its last filter: come back to every open request.
    await page.goto(`${server.baseUrl}/#/gdpr-requests?filter=${encodeURIComponent(JSON.stringify({ due: 'open' }))}`);
    await page.getByRole('row').filter({ hasText: 'Chloé Bientôt' }).locator('[data-urgency="due_soon"]').waitFor();
    await page.getByRole('row').filter({ hasText: 'Bastien Retard' }).locator('[data-urgency="overdue"]').waitFor();
    // The most urgent first, and the due-date column says it is the sorted one.
    const rowTexts = await page.getByRole('row').allInnerTexts();
    expect(rowTexts.findIndex((text) => text.includes('Bastien Retard'))).toBeLessThan(rowTexts.findIndex((text) => text.includes('Chloé Bientôt')));
    const sortedHeader = page.locator('th[aria-sort]');
    expect(await sortedHeader.getAttribute('aria-sort')).toBe('ascending');
    expect((await sortedHeader.innerText()).trim()).toBe('Due on (applies now)');
    // The day received reads like the due date beside it ("23 Oct 2026"), not as 2026-10-23.
    const receivedDay = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${daysAgo(40)}T12:00:00Z`));
    await page.getByRole('row').filter({ hasText: 'Bastien Retard' }).getByText(receivedDay, { exact: true }).waitFor();
    await waitForTransitions(page);
    await screenshot(page, 'gdpr-en-list');

    // Access (Art. 15): intake, identity, the report generated and downloaded.
    await page.goto(`${server.baseUrl}/#/gdpr-requests/create`);
    const accessId = await recordRequest(page, {
      right: 'Access (Art. 15)',
      handle: person.nicHandle,
      name: 'Élodie Effacée-Journey',
      email: person.primaryEmail,
      ticket: 'TCK-ACC-1',
    });
    await page.getByText('Not verified yet').waitFor();
    await screenshot(page, 'gdpr-en-access-received');
    await verifyIdentity(page);
    await page.getByRole('button', { name: 'Generate the access report' }).click();
    const reportRow = page.locator('[data-file-kind="access_report"]');
    await reportRow.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), reportRow.getByRole('link', { name: 'Download' }).click()]);
    const pdfPath = join(screenshotDir, 'gdpr-access-report.pdf');
    await download.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 4).toString('latin1')).toBe('%PDF');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdfPath, join(screenshotDir, 'gdpr-access-report')]);
    const downloads = server.database.sqlite
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'gdpr.file_downloaded' AND target_id = ?")
      .pluck()
      .get(String(accessId));
    expect(downloads).toBe(1);
    await waitForTransitions(page);
    await screenshot(page, 'gdpr-en-access-report-ready');

    // Erasure (Art. 17): intake, identity, the typed handle, a fresh password confirmation, completed.
    await page.goto(`${server.baseUrl}/#/gdpr-requests/create`);
    await recordRequest(page, {
      right: 'Erasure (Art. 17)',
      handle: person.nicHandle,
      name: 'Élodie Effacée-Journey',
      email: person.primaryEmail,
      ticket: 'TCK-ERA-1',
    });
    await verifyIdentity(page);
    // Signing in counts as a recent confirmation: make it old, as after a long morning, so the console asks again.
    server.database.sqlite.prepare('UPDATE sessions SET reauthenticated_at = NULL').run();
    await page.getByRole('button', { name: 'Erase the account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase the account' });
    await dialog.getByTestId('erasure-eligible').waitFor();
    const confirm = dialog.getByRole('textbox', { name: /Type the NIC-handle to confirm/ });
    await confirm.fill('zz99999-ovh');
    await dialog.getByRole('button', { name: 'Erase the account' }).click();
    await dialog.getByText(`Type ${person.nicHandle} exactly`).waitFor();
    await confirm.fill(person.nicHandle.toUpperCase());
    await waitForTransitions(page);
    await screenshot(page, 'gdpr-en-erasure-dialog');
    await dialog.getByRole('button', { name: 'Erase the account' }).click();
    const reauth = page.getByRole('dialog', { name: 'Confirm it is you' });
    await reauth.getByLabel(/Password/).fill(demoPassword);
    await reauth.getByRole('button', { name: 'Confirm' }).click();
    await page.locator('[data-testid="gdpr-status"][data-status="completed"]').waitFor({ timeout: 30_000 });
    await page
      .getByTestId('gdpr-erasure-result')
      .getByText(/Erased on .*nothing kept/)
      .waitFor();
    await waitForTransitions(page);
    await screenshot(page, 'gdpr-en-erasure-completed');
    const account = server.database.sqlite.prepare('SELECT state, last_name AS lastName FROM customers WHERE id = ?').get(person.id);
    expect(account).toEqual({ state: 'erased', lastName: 'erased' });
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText('Account erased').first().waitFor();
    await screenshot(page, 'gdpr-en-history');

    // The same screens in French, with the overdue request on the customer page's strip and tab.
    const french = await journey.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
    french.setDefaultTimeout(15_000);
    await french.goto(`${server.baseUrl}/#/login`);
    await french.getByLabel('E-mail').fill('compliance@guichet.test');
    await french.getByLabel('Mot de passe').fill(demoPassword);
    await french.getByRole('button', { name: 'Se connecter' }).click();
    await french.getByText('Demandes RGPD en retard').waitFor();
    await french.goto(`${server.baseUrl}/#/gdpr-requests`);
    await french
      .getByRole('row')
      .filter({ hasText: 'Bastien Retard' })
      .getByText(/En retard de \d+ jours/)
      .waitFor();
    await waitForTransitions(french);
    await screenshot(french, 'gdpr-fr-list');
    await french.getByRole('row').filter({ hasText: 'Bastien Retard' }).click();
    await french.getByTestId('gdpr-overdue').waitFor();
    await waitForTransitions(french);
    await screenshot(french, 'gdpr-fr-request-overdue');
    await french.getByRole('link', { name: 'Ouvrir le compte' }).click();
    await french.getByText(/Demande RGPD DSR-\d+ \(Accès \(art\. 15\)\) en retard de \d+ jour/).waitFor();
    await french.getByRole('tab', { name: 'RGPD' }).click();
    await french.getByRole('row').filter({ hasText: 'DSR-' }).first().waitFor();
    await waitForTransitions(french);
    await screenshot(french, 'gdpr-fr-customer-tab');
  });
});

import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../db/seed/fixtures.js';
import { screenshot } from '../support/browser.js';
import { sampleJpeg, samplePdf, samplePng } from '../support/claims.js';
import { pdfText } from '../support/pdf.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

const { withoutBackupEmail } = fixtures;
const newPrimary = 'helene.nouvelle@example.fr';

async function staffPage(browser: Browser, email: string, baseUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
  page.setDefaultTimeout(15_000);
  await signIn(page, baseUrl, email);
  return page;
}

const claimState = (page: Page) => page.getByTestId('claim-state').getAttribute('data-state');

async function uploadAs(page: Page, kind: string, name: string, buffer: Buffer, mimeType: string) {
  const before = await page.locator('[data-document-id]').count();
  await page.getByRole('combobox', { name: 'What the files are' }).click();
  await page.getByRole('option', { name: kind }).click();
  await page.getByTestId('file-input').setInputFiles({ name, mimeType, buffer });
  await expect.poll(() => page.locator('[data-document-id]').count()).toBe(before + 1);
}

describe('a mailed claim from letter to new address', () => {
  const journey = startJourney({ customers: 14 });

  it('agent records and reviews, a second person approves, the hold passes, the agent applies and the letter says so', async () => {
    const { server, browser } = journey;
    const customerId = server.database.sqlite.prepare('SELECT id FROM customers WHERE nic_handle = ?').pluck().get(withoutBackupEmail.nicHandle) as number;

    // The agent opens the account without a backup e-mail and records the letter from its Claims tab.
    const agent = await staffPage(browser, 'agent@guichet.test', server.baseUrl);
    await agent.goto(`${server.baseUrl}/#/customers/${customerId}/show/claims`);
    await agent.getByRole('link', { name: 'Record a mailed claim' }).click();
    // The form takes the handle from the customer page's link once it has loaded.
    await expect.poll(() => agent.getByLabel('NIC-handle as written').inputValue()).toBe(withoutBackupEmail.nicHandle);
    await agent.getByLabel('Received on').fill('2026-11-20');
    await agent.getByLabel('Requested new primary e-mail').fill(newPrimary);
    await agent.getByLabel('Sender name as written').fill('Hélène Lefèvre');
    await agent.getByLabel('Sender postal address as written').fill('14 rue des Écoles\n75005 Paris\nFrance');
    await agent.getByLabel('Ticket').fill('TCK-2026-1201');
    await agent.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => claimState(agent)).toBe('received');

    // Three scans, then the review: each document beside the account's name and address.
    await uploadAs(agent, "Holder's identity document", 'carte-identite.png', samplePng(60, 40), 'image/png');
    await uploadAs(agent, 'Proof of address', 'facture-edf.pdf', samplePdf(), 'application/pdf');
    await uploadAs(agent, 'Signed procedure form', 'formulaire.jpg', sampleJpeg(), 'image/jpeg');
    await agent.locator('[data-action="start-review"]').click();
    await expect.poll(() => claimState(agent)).toBe('in_review');
    expect(await agent.getByTestId('compare-account').first().innerText()).toContain(withoutBackupEmail.lastName);
    await screenshot(agent, 'email-claim-review');
    for (let i = 0; i < 3; i += 1) {
      await agent.locator('[data-document-id][data-status="pending"] [data-action="accept-document"]').first().click();
      await expect.poll(() => agent.locator('[data-document-id][data-status="accepted"]').count()).toBe(i + 1);
    }
    expect(await agent.locator('[data-action="approve"]').isDisabled(), 'an agent cannot approve').toBe(true);
    const claimUrl = agent.url();

    // A lead who neither recorded nor reviewed it approves; the current address is told, the hold starts.
    const lead = await staffPage(browser, 'lead@guichet.test', server.baseUrl);
    await lead.goto(claimUrl);
    await lead.locator('[data-action="approve"]').click();
    await expect.poll(() => claimState(lead)).toBe('approved');
    await lead.getByText(/On hold until/).waitFor();
    await screenshot(lead, 'email-claim-approved-on-hold');

    // The hold passes (the test clock moves 72 h; sessions end with it), the agent applies.
    server.advanceClock(72 * 3_600_000 + 60_000);
    const agentAgain = await staffPage(browser, 'agent@guichet.test', server.baseUrl);
    await agentAgain.goto(claimUrl);
    await agentAgain.locator('[data-action="apply"]').click();
    await expect.poll(() => claimState(agentAgain)).toBe('applied');
    await agentAgain.locator('[data-letter-status="rendered"]').waitFor();
    await screenshot(agentAgain, 'email-claim-applied');

    // The letter opens, in French, naming the new address; the account's primary e-mail is the new one.
    const href = await agentAgain.locator('[data-letter-status="rendered"] a').getAttribute('href');
    const letter = await agentAgain.request.get(`${server.baseUrl}${href}`);
    expect(letter.headers()['content-type']).toBe('application/pdf');
    const text = (await pdfText(Buffer.from(await letter.body()))).replace(/\s+/g, ' ');
    expect(text).toContain('a été acceptée');
    expect(text).toContain(newPrimary);
    expect(text).toContain('Hélène Lefèvre');
    await agentAgain.goto(`${server.baseUrl}/#/customers/${customerId}/show`);
    await agentAgain.getByText(newPrimary).first().waitFor();
  }, 180_000);
});

import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../db/seed/fixtures.js';
import { screenshot } from '../support/browser.js';
import { signedInAs, type ApiClient } from '../support/api-client.js';
import { claimBody, sampleJpeg, samplePdf, samplePng, uploadDocuments, type ClaimDetail } from '../support/claims.js';
import { pdfText } from '../support/pdf.js';
import { waitForTransitions } from './customer-page.js';
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
    // The lead finds it from the dashboard: the tile opens the claims they may approve, filter shown.
    const lead = await staffPage(browser, 'lead@guichet.test', server.baseUrl);
    const readyTile = lead.getByTestId('tile-claims.awaiting_my_approval');
    await readyTile.getByText('Claims ready for my approval').waitFor();
    expect(Number(await readyTile.locator('.MuiTypography-h3').innerText())).toBeGreaterThan(0);
    await readyTile.getByRole('link').click();
    await lead.getByRole('combobox', { name: 'Ready for my approval' }).waitFor();
    const readyRow = lead.getByRole('row').filter({ hasText: 'TCK-2026-1201' });
    await readyRow.waitFor();
    await waitForTransitions(lead);
    await screenshot(lead, 'email-claim-ready-for-my-approval');
    await readyRow.click();
    // Opened from the list (react-admin first holds the list's row): the whole claim page, not an error.
    await lead.waitForURL(claimUrl);
    // The day received reads as the list writes it ("20 Nov 2026"), not 2026-11-20.
    await lead.getByText('20 Nov 2026', { exact: true }).waitFor();
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

    // The claim's history, for those who read the audit log (not agents): every step, document decisions included.
    expect(await agentAgain.getByRole('tab', { name: 'History' }).count()).toBe(0);
    const leadAgain = await staffPage(browser, 'lead@guichet.test', server.baseUrl);
    await leadAgain.goto(claimUrl);
    await leadAgain.getByRole('tab', { name: 'History' }).click();
    await leadAgain.getByTestId('record-history').getByText('Applied an e-mail claim').waitFor();
    expect(await leadAgain.getByTestId('record-history').getByText('Decided on a claim document').count()).toBe(3);
    await waitForTransitions(leadAgain);
    await screenshot(leadAgain, 'email-claim-history');
    await agentAgain.goto(`${server.baseUrl}/#/customers/${customerId}/show`);
    await agentAgain.getByText(newPrimary).first().waitFor();
  }, 180_000);

  it('in French: the review beside the account, the account’s open flag linked, and a lead’s override of the lock', async () => {
    const { server, browser } = journey;
    const customer = server.factories.customer({ language: 'fr' });
    let agent: ApiClient = await signedInAs(server.baseUrl, 'agent');
    let claim = (await agent.post<ClaimDetail>('/api/email-claims', claimBody({ claimedHandle: customer.nicHandle }))).body;
    for (const [kind, name, bytes] of [
      ['holder_id', 'piece-identite.png', samplePng(60, 40)],
      ['proof_of_address', 'facture.pdf', samplePdf()],
      ['signed_form', 'formulaire.jpg', sampleJpeg()],
    ] as const)
      expect((await uploadDocuments(agent, claim.id, kind, [{ name, bytes }])).status).toBe(201);
    claim = (await agent.post<ClaimDetail>(`/api/email-claims/${claim.id}/start-review`, { version: claim.version })).body;
    const review = await staffPage(browser, 'lead@guichet.test', server.baseUrl);
    await inFrench(review);
    await review.goto(`${server.baseUrl}/#/email-claims/${claim.id}/show`);
    await review.getByTestId('compare-account').first().waitFor();
    await waitForTransitions(review);
    await screenshot(review, 'email-claim-review-fr');

    for (const document of claim.documents)
      claim = (await agent.post<ClaimDetail>(`/api/claim-documents/${document.id}/decision`, { decision: 'accept' })).body;
    const lead = await signedInAs(server.baseUrl, 'lead');
    claim = (await lead.post<ClaimDetail>(`/api/email-claims/${claim.id}/approve`, { version: claim.version })).body;
    expect(claim.state).toBe('approved');
    server.advanceClock(72 * 3_600_000 + 60_000);
    agent = await signedInAs(server.baseUrl, 'agent');
    const flag = await agent.post<{ id: number }>('/api/flags', {
      customerId: customer.id,
      kind: 'unrecognised_login_notification',
      severity: 'high',
      note: 'Le titulaire a reçu une alerte de connexion inconnue',
      ticketRef: 'TCK-2026-1202',
    });
    expect(flag.status).toBe(201);

    // The lead sees the flag named and linked, passes the lock with a reason checked by the server's rule.
    const page = await staffPage(browser, 'lead@guichet.test', server.baseUrl);
    await inFrench(page);
    await page.goto(`${server.baseUrl}/#/email-claims/${claim.id}/show`);
    const notice = page.getByTestId('open-flag-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain(`n° ${flag.body.id}`);
    expect(await notice.getByRole('link', { name: 'Voir le signalement' }).getAttribute('href')).toBe(`#/flags/${flag.body.id}/show`);
    await page.locator('[data-action="apply"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Signalement grave n° ${flag.body.id} ouvert sur ce compte`, { exact: false }).waitFor();
    await dialog.getByLabel('Motif du passage outre (responsable)', { exact: false }).fill('Vu');
    await dialog.locator('[data-action="confirm"]').click();
    await dialog.getByText(/Expliquez pourquoi vous passez outre le verrou/).waitFor();
    expect(await claimState(page)).toBe('approved');
    await dialog.getByLabel('Motif du passage outre (responsable)', { exact: false }).fill('Identité confirmée par rappel au numéro enregistré.');
    await waitForTransitions(page);
    await screenshot(page, 'email-claim-override-fr');
    await dialog.locator('[data-action="confirm"]').click();
    await expect.poll(() => claimState(page)).toBe('applied');
    const audit = server.database.sqlite
      .prepare<[string], string>("SELECT details FROM audit_log WHERE action = 'email_claims.apply' AND target_id = ?")
      .pluck()
      .get(String(claim.id));
    expect(JSON.parse(audit ?? '{}')).toMatchObject({ overridden: ['flags.open_high_severity'] });
    await page.getByRole('tab', { name: 'Historique' }).click();
    await page.getByTestId('record-history').getByText('A appliqué une demande de changement d’e-mail').waitFor();
    await waitForTransitions(page);
    await screenshot(page, 'email-claim-history-fr');
  }, 180_000);
});

async function inFrench(page: Page): Promise<void> {
  await page.getByRole('button', { name: /English/i }).click();
  await page.getByRole('menuitem', { name: /Français/ }).click();
}

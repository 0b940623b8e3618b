import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signedInAs, type ApiClient } from '../support/api-client.js';
import { screenshot } from '../support/browser.js';
import { buildCustomer, daysAgo } from '../support/gdpr.js';
import { waitForTransitions } from './customer-page.js';
import { verifyIdentity } from './gdpr-page.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

// The compliance officer's other steps, each through its dialog as a user meets it: rectification,
// restriction, the paused clock, the one extension, and a refusal with the remedies spelled out.

async function fileRequest(agent: ApiClient, body: Record<string, unknown>): Promise<number> {
  const response = await agent.post('/api/gdpr-requests', { channel: 'web_form', ticketRef: 'TCK-STEPS', receivedOn: daysAgo(2), ...body });
  expect(response.status).toBe(201);
  return (response.body as { id: number }).id;
}

async function openRequest(page: Page, baseUrl: string, id: number, status: string): Promise<void> {
  await page.goto(`${baseUrl}/#/gdpr-requests/${id}/show`);
  await page.locator(`[data-testid="gdpr-status"][data-status="${status}"]`).waitFor();
}

async function complete(page: Page, note: string): Promise<void> {
  await page.getByTestId('gdpr-actions').getByRole('button', { name: 'Complete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Complete' });
  await dialog.getByLabel('Note').fill(note);
  await dialog.getByRole('button', { name: 'Complete' }).click();
  await page.getByText('Request completed; the requester is told').waitFor();
  await page.locator('[data-testid="gdpr-status"][data-status="completed"]').waitFor();
}

describe('a compliance officer works requests through every dialog', () => {
  const journey = startJourney({ customers: 14 });

  it('rectifies an account, restricts one, pauses and extends a clock, and refuses with the remedies named', async () => {
    const { server } = journey;
    const agent = await signedInAs(server.baseUrl, 'agent');
    const rectified = buildCustomer(server, { language: 'en' });
    const restricted = buildCustomer(server, { language: 'en' });
    const posted = buildCustomer(server, { language: 'en' });
    const rectification = await fileRequest(agent, {
      right: 'rectification',
      customerId: rectified.id,
      requesterName: `${rectified.firstName} ${rectified.lastName}`,
      requesterEmail: rectified.primaryEmail,
      details: 'I moved to Lyon',
    });
    const restriction = await fileRequest(agent, {
      right: 'restriction',
      customerId: restricted.id,
      requesterName: `${restricted.firstName} ${restricted.lastName}`,
      requesterEmail: restricted.primaryEmail,
    });
    const byPost = await fileRequest(agent, {
      right: 'access',
      channel: 'post',
      customerId: posted.id,
      requesterName: `${posted.firstName} ${posted.lastName}`,
      requesterAddress: '3 rue du Courrier, 75002 Paris',
    });

    const page = await journey.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    page.setDefaultTimeout(15_000);
    await signIn(page, server.baseUrl, 'compliance@guichet.test');

    // Rectification (Art. 16): the account's fields pre-filled; only the changed one is sent.
    await openRequest(page, server.baseUrl, rectification, 'received');
    await verifyIdentity(page);
    await page.getByRole('button', { name: 'Rectify the account' }).click();
    const rectify = page.getByRole('dialog', { name: 'Rectify the account' });
    const city = rectify.getByRole('textbox', { name: /^City/ });
    await expect.poll(() => city.inputValue()).not.toBe('');
    await city.fill('Lyon');
    await waitForTransitions(page);
    await screenshot(page, 'gdpr-steps-en-rectify-dialog');
    await rectify.getByRole('button', { name: 'Rectify the account' }).click();
    await page.getByText('Account rectified').waitFor();
    expect(server.database.sqlite.prepare('SELECT city FROM customers WHERE id = ?').pluck().get(rectified.id)).toBe('Lyon');
    await complete(page, 'Address corrected as asked');

    // Restriction (Art. 18): the marker, then completion (refused by the server without the marker).
    await openRequest(page, server.baseUrl, restriction, 'received');
    await verifyIdentity(page);
    await page.getByRole('button', { name: 'Restrict processing' }).click();
    const restrict = page.getByRole('dialog', { name: 'Restrict processing' });
    await restrict.getByText(/shown on the account’s header/).waitFor();
    await restrict.getByRole('button', { name: 'Restrict processing' }).click();
    await page.getByText('Marker updated').waitFor();
    await page.getByRole('button', { name: 'Lift the restriction' }).waitFor();
    expect(server.database.sqlite.prepare('SELECT processing_restricted FROM customers WHERE id = ?').pluck().get(restricted.id)).toBe(1);
    await complete(page, 'Processing restricted');

    // A letter by post: proof of identity asked (the clock pauses), one extension of two months with its
    // reason, then a refusal whose answer names the CNIL and the courts.
    await openRequest(page, server.baseUrl, byPost, 'received');
    const compliance = await signedInAs(server.baseUrl, 'compliance');
    const dueBefore = ((await compliance.get(`/api/gdpr-requests/${byPost}`)).body as { effectiveDueOn: string }).effectiveDueOn;
    await page.getByRole('button', { name: 'Request proof of identity' }).click();
    const askProof = page.getByRole('dialog', { name: 'Request proof of identity' });
    await askProof.getByRole('button', { name: 'Request proof of identity' }).click();
    await page.getByText('Proof of identity requested: the clock is paused').waitFor();
    await page.getByTestId('gdpr-paused').waitFor();
    await page.locator('[data-testid="gdpr-status"][data-status="awaiting_identity"]').waitFor();

    await page.getByRole('button', { name: 'Extend the deadline' }).click();
    const extend = page.getByRole('dialog', { name: 'Extend the deadline' });
    await extend.getByRole('combobox', { name: /Extend by/ }).click();
    await page.getByRole('option', { name: '2 months' }).click();
    await extend.getByLabel(/^Reason/).fill('Many archived invoices to gather');
    await waitForTransitions(page);
    await screenshot(page, 'gdpr-steps-en-extend-dialog');
    await extend.getByRole('button', { name: 'Extend the deadline' }).click();
    await page.getByText('Deadline extended; the requester is told').waitFor();
    await page.getByText(/Extended by 2 month\(s\) on .*: Many archived invoices to gather/).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Extend the deadline' }).count()).toBe(0);
    const row = server.database.sqlite.prepare('SELECT extension_months AS months, paused_since AS pausedSince FROM gdpr_requests WHERE id = ?').get(byPost);
    expect(row).toEqual({ months: 2, pausedSince: daysAgo(0) });
    // The due date that applies is now receipt + three months (paused days added), shown as a day.
    const dueAfter = ((await compliance.get(`/api/gdpr-requests/${byPost}`)).body as { effectiveDueOn: string }).effectiveDueOn;
    expect(dueAfter > dueBefore).toBe(true);
    const shownDay = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${dueAfter}T12:00:00Z`));
    // The date that applies is the bold one (the latest possible date beside it is the same after two months).
    await page.locator('strong', { hasText: shownDay }).waitFor();

    await page.getByTestId('gdpr-actions').getByRole('button', { name: 'Refuse' }).click();
    const refuse = page.getByRole('dialog', { name: 'Refuse' });
    await refuse.getByRole('button', { name: 'Refuse' }).click();
    await refuse.getByText('Required').first().waitFor();
    await refuse.getByLabel(/^Reason/).fill('The letter is not signed and no proof of identity came');
    await refuse.getByTestId('refusal-remedy').getByText(/CNIL/).waitFor();
    await waitForTransitions(page);
    await screenshot(page, 'gdpr-steps-en-refuse-dialog');
    await refuse.getByRole('button', { name: 'Refuse' }).click();
    await page.getByText('Request refused; the requester is told').waitFor();
    await page.locator('[data-testid="gdpr-status"][data-status="refused"]').waitFor();
    await page.getByText('The letter is not signed and no proof of identity came').first().waitFor();
    await waitForTransitions(page);
    await screenshot(page, 'gdpr-steps-en-refused');
    const actions = server.database.sqlite
      .prepare("SELECT action FROM audit_log WHERE target_type = 'gdpr_request' AND target_id = ? ORDER BY id")
      .pluck()
      .all(String(byPost));
    expect(actions).toEqual(['gdpr.intake', 'gdpr.identity_requested', 'gdpr.extend', 'gdpr.refuse']);
  });
});

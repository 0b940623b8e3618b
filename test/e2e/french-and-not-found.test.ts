import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { demoPassword } from '../support/test-app.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

async function expectEveryTabVisible(page: Page) {
  const tabList = await page.getByRole('tablist').boundingBox();
  const tabs = await page.getByRole('tab').all();
  expect(tabs.length).toBeGreaterThan(8);
  for (const tab of tabs) {
    const box = await tab.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0), await tab.innerText()).toBeLessThanOrEqual((tabList?.x ?? 0) + (tabList?.width ?? 0));
  }
}

describe('French from the sign-in page on', () => {
  const journey = startJourney({ customers: 14 }); // the fixture accounts of docs/DEMO-DATA.md

  it('speaks French to a French browser before sign-in, then on the account and its strip', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
    await page.goto(`${journey.server.baseUrl}/#/login`);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    // A lead: the role with the most tabs on the customer page (the agent's plus the history).
    await page.getByLabel('E-mail').fill('lead@guichet.test');
    await page.getByLabel('Mot de passe').fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // The server's refusal, translated by its code.
    await page.getByRole('alert').filter({ hasText: 'E-mail ou mot de passe incorrect.' }).first().waitFor();
    await screenshot(page, 'fr-sign-in-refused');

    await page.getByLabel('Mot de passe').fill(demoPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const quickFind = page.getByRole('searchbox', { name: 'Recherche rapide' });
    await quickFind.waitFor();
    await screenshot(page, 'fr-dashboard');
    await quickFind.fill('mb77777-ovh');
    await quickFind.press('Enter');
    const strip = page.getByRole('navigation', { name: 'Le compte en un coup d’œil' });
    await expect
      .poll(() => strip.locator('[data-summary="last-login"]').textContent(), { timeout: 15_000 })
      .toMatch(/^Dernière connexion 31\/10\/2026\s04:22\sUTC\+1, Viêt Nam, nouvel appareil$/);
    expect(await strip.locator('[data-summary="failures-before-login"]').textContent()).toBe('15 échecs de connexion dans les 24 h qui précèdent');
    expect(await strip.locator('[data-summary="two-factor"]').textContent()).toBe('Pas de double authentification');
    await screenshot(page, 'fr-customer-strip');
    // Every tab fits at 1440 px in French, and in English: none hidden behind a scroll arrow.
    await expectEveryTabVisible(page);
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Identity & contact' }).waitFor();
    await expectEveryTabVisible(page);
  });
});

describe('a customer that does not exist', () => {
  const journey = startJourney({ customers: 14 });

  it('shows a not-found page with the search box instead of bouncing to the list', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    await signIn(page, journey.server.baseUrl, 'agent@guichet.test');
    await page.goto(`${journey.server.baseUrl}/#/customers/999999/show`);
    const notFound = page.getByTestId('customer-not-found');
    await notFound.getByRole('heading', { name: 'No such customer' }).waitFor();
    expect(page.url()).toContain('/customers/999999/show');
    await screenshot(page, 'customer-not-found');
    // The search box there has the focus: the agent types the handle straight away.
    const search = notFound.getByRole('searchbox', { name: 'Quick find' });
    await expect.poll(() => search.evaluate((input) => input === document.activeElement), { timeout: 15_000 }).toBe(true);
    await page.keyboard.type('xx11111-ovh');
    await page.keyboard.press('Enter');
    await page.locator('#react-admin-title').getByText('xx11111-ovh').waitFor();
  });

  it('keeps the agent on the account with a retry when the server fails', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    await signIn(page, journey.server.baseUrl, 'agent@guichet.test');
    let failures = 1;
    await page.route(/\/api\/customers\/1$/, (route) =>
      failures-- > 0
        ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ code: 'internal', message: 'Something broke (request 7)' }) })
        : route.continue(),
    );
    await page.goto(`${journey.server.baseUrl}/#/customers/1/show`);
    await page.getByText('Something broke (request 7)').waitFor();
    expect(page.url()).toContain('/customers/1/show');
    await screenshot(page, 'customer-load-failed');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('#react-admin-title').getByText('xx11111-ovh').waitFor();
  });
});

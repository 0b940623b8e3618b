import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('the customer list as an agent reads it', () => {
  const journey = startJourney({ customers: 0 }); // only the rows each test builds

  async function agentPage(locale = 'en-GB', colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await journey.browser.newPage({ viewport: { width: 1440, height: 900 }, locale, colorScheme });
    page.setDefaultTimeout(15_000);
    await signIn(page, journey.server.baseUrl, 'agent@guichet.test');
    return page;
  }

  async function search(page: Page, q: string): Promise<void> {
    const quickFind = page.getByRole('searchbox', { name: 'Quick find' });
    await quickFind.fill(q);
    await quickFind.press('Enter');
    await page.waitForURL(/#\/customers\?/);
  }

  it('says which address matched when a search finds an account through its backup e-mail', async () => {
    const { factories } = journey.server;
    const throughBackup = factories.customer({ primaryEmail: 'old.inbox@example.org', backupEmail: 'odile.brassac@example.net' });
    const throughPrimary = factories.customer({ primaryEmail: 'odile.brassac@example.com', backupEmail: null });
    const page = await agentPage();
    await search(page, 'odile.brassac@');
    const backupRow = page.getByRole('row').filter({ hasText: throughBackup.nicHandle });
    await expect.poll(() => backupRow.textContent()).toContain('Matched its backup e-mail: odile.brassac@example.net');
    expect(await page.getByRole('row').filter({ hasText: throughPrimary.nicHandle }).textContent()).not.toContain('Matched its backup');
    await screenshot(page, 'customer-list-backup-match');

    // An exact backup address opens the account directly, and says that is how it was found.
    await page.getByRole('searchbox', { name: 'Quick find' }).fill('odile.brassac@example.net');
    await page.getByRole('searchbox', { name: 'Quick find' }).press('Enter');
    await page.waitForURL(/#\/customers\/\d+\/show/);
    await page.getByText(`${throughBackup.nicHandle} opened through its backup e-mail`).waitFor();
    expect(page.url()).toContain(`/customers/${throughBackup.id}/show`);
  });

  it('shows the newest accounts first and marks the sorted column', async () => {
    const { factories } = journey.server;
    const newest = factories.customer({ lastName: 'Zeldovitch', createdAt: isoDaysAgo(0) });
    factories.customer({ lastName: 'Ancien', createdAt: isoDaysAgo(3000) });
    const page = await agentPage();
    await page.getByRole('menuitem', { name: 'Customers' }).click();
    await page.getByRole('cell').first().waitFor();
    expect(await page.getByRole('row').nth(1).textContent()).toContain(newest.nicHandle);
    // The one active sort label (its arrow shown, pointing down) is on the Created column.
    const sorted = page.locator('thead .MuiTableSortLabel-root.Mui-active');
    expect(await sorted.count()).toBe(1);
    expect(await sorted.textContent()).toBe('Created');
    expect(await sorted.getAttribute('class')).toContain('MuiTableSortLabel-directionDesc');
    // Assistive technology hears it too: aria-sort on that header cell, and on no other.
    expect(await page.locator('th[aria-sort]').count()).toBe(1);
    expect(await page.getByRole('columnheader', { name: 'Created' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts by name: an organisation by its name, a person by last then first name, the header marked', async () => {
    const { factories } = journey.server;
    factories.customer({ legalForm: 'company', organisation: 'Aaa Hébergement', lastName: 'Zzz' });
    factories.customer({ firstName: 'Aaron', lastName: 'Aab' });
    const page = await agentPage();
    await page.getByRole('menuitem', { name: 'Customers' }).click();
    await page.getByRole('cell').first().waitFor();
    await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
    await expect.poll(() => page.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => page.getByRole('row').nth(1).textContent()).toContain('Aaa Hébergement');
    expect(await page.getByRole('row').nth(2).textContent()).toContain('Aaron Aab');
    expect(await page.getByRole('columnheader', { name: 'Created' }).getAttribute('aria-sort')).toBeNull();
    await screenshot(page, 'customer-list-sorted-by-name');
  });

  it('opens an account from its row with the full page, actions included', async () => {
    const customer = journey.server.factories.customer({ lastName: 'Depuislaliste' });
    const page = await agentPage();
    await page.getByRole('menuitem', { name: 'Customers' }).click();
    await page.getByRole('link', { name: customer.nicHandle }).click();
    await page.waitForURL(/#\/customers\/\d+\/show/);
    await page.getByRole('button', { name: 'Promote backup e-mail' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: `Camille ${customer.lastName}` }).count()).toBe(1);
  });

  it("links a service's delegated contact to that contact's account", async () => {
    const { factories } = journey.server;
    const reseller = factories.customer({ lastName: 'Revendeur' });
    const customer = factories.customer();
    factories.service(customer.id, {
      name: 'delegated-contact.fr',
      adminContact: customer.nicHandle,
      techContact: reseller.nicHandle,
      billingContact: customer.nicHandle,
    });
    const page = await agentPage();
    await page.goto(`${journey.server.baseUrl}/#/customers/${customer.id}/show/services`);
    await page.getByRole('cell', { name: 'delegated-contact.fr' }).waitFor();
    // The account's own handle is plain text; the other customer's is a link to their account.
    expect(await page.getByRole('table').getByRole('link', { name: customer.nicHandle }).count()).toBe(0);
    await page.getByRole('table').getByRole('link', { name: reseller.nicHandle }).click();
    await page.waitForURL(new RegExp(`#/customers/${reseller.id}/show$`));
    await page.getByRole('heading', { level: 1, name: 'Camille Revendeur' }).waitFor();
    expect(await page.locator('#react-admin-title').textContent()).toContain(reseller.nicHandle);
  });

  it('says when a handle link names no account', async () => {
    const page = await agentPage();
    await page.goto(`${journey.server.baseUrl}/#/customers/handle/zz99999-ovh`);
    await page.getByRole('heading', { level: 1, name: 'No such customer' }).waitFor();
    expect(await page.getByText('No account has this NIC-handle').isVisible()).toBe(true);
  });

  it('leads from the agent’s tile to the accounts needing a new backup e-mail, the filter shown and removable', async () => {
    const { factories } = journey.server;
    const awaiting = [
      factories.customer({ lastName: 'Sanssecours', newBackupRequired: true, backupEmail: null }),
      factories.customer({ legalForm: 'company', organisation: 'Atelier Secours', newBackupRequired: true, backupEmail: null }),
    ];
    factories.customer({ lastName: 'Enrègle' });
    for (const [locale, mode, title, filterLabel] of [
      ['en-GB', 'light', 'Accounts needing a new backup e-mail', 'New backup e-mail required'],
      ['fr-FR', 'dark', 'Comptes en attente d’un nouvel e-mail de secours', 'Nouvel e-mail de secours requis'],
    ] as const) {
      const page = await agentPage(locale, mode);
      const tile = page.getByTestId('tile-customers.new_backup_required');
      await tile.getByText(title).waitFor();
      expect(await tile.locator('p').first().innerText()).toBe('2');
      await screenshot(page, `dashboard-agent-new-backup-${locale}-${mode}`);
      await tile.click();
      await page.waitForURL(/#\/customers\?/);
      await page.getByRole('row').filter({ hasText: 'Atelier Secours' }).waitFor();
      await expect.poll(() => page.getByRole('row').count()).toBe(3); // the header and the two accounts
      for (const account of awaiting) expect(await page.getByRole('row').filter({ hasText: account.nicHandle }).count()).toBe(1);
      // The filter the tile set is shown, with its value, and can be removed like any other.
      const filter = page.getByRole('combobox', { name: filterLabel });
      await filter.waitFor();
      await screenshot(page, `customer-list-new-backup-${locale}-${mode}`);
      await page.locator('button[data-key="newBackupRequired"]').click();
      // Other accounts come back (those of this file's other tests too): the settled one among them.
      await page.getByRole('row').filter({ hasText: 'Enrègle' }).first().waitFor();
      await page.close();
    }
  });

  it('starts clean when Customers is opened from the menu', async () => {
    journey.server.factories.customer({ lastName: 'Propre' });
    const page = await agentPage();
    await search(page, 'Propre');
    await expect.poll(() => page.getByRole('textbox', { name: 'Search' }).inputValue()).toBe('Propre');
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    await page.getByRole('menuitem', { name: 'Customers' }).click();
    // The list may first paint the cells of the search it leaves: wait for the clean state itself.
    await expect.poll(() => new URL(page.url()).hash).toBe('#/customers');
    await expect.poll(() => page.getByRole('textbox', { name: 'Search' }).inputValue()).toBe('');
    await page.getByRole('cell').first().waitFor();
  });

  it('says that a page past the end does not exist, with links to the last page and to page 1, instead of showing page 1', async () => {
    for (let i = 0; i < 25; i += 1) journey.server.factories.customer({ lastName: `Finliste${i}` });
    const page = await agentPage();
    await page.goto(`${journey.server.baseUrl}/#/customers?page=999&perPage=10&filter=${encodeURIComponent('{"q":"Finliste"}')}`);
    const notice = page.getByTestId('list-past-the-end');
    await expect.poll(() => notice.textContent()).toContain('Page 999 is past the end: this list has 25 results on 3 pages.');
    // No rows of page 1 under it to be mistaken for page 999.
    expect(await page.getByRole('cell').count()).toBe(0);
    await screenshot(page, 'customer-list-past-the-end');

    await notice.getByRole('button', { name: 'Go to the last page (3)' }).click();
    await expect.poll(() => new URL(page.url().replace('#/', '')).searchParams.get('page')).toBe('3');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Finliste' }).count()).toBe(5);
    expect(await notice.count()).toBe(0);
  });

  it('says it in French too', async () => {
    for (let i = 0; i < 3; i += 1) journey.server.factories.customer({ lastName: `Findeliste${i}` });
    const page = await agentPage('fr-FR');
    await page.goto(`${journey.server.baseUrl}/#/customers?page=7&perPage=10&filter=${encodeURIComponent('{"q":"Findeliste"}')}`);
    const notice = page.getByTestId('list-past-the-end');
    await expect.poll(() => notice.textContent()).toContain('La page 7 est au-delà de la fin : cette liste compte 3 résultats sur une seule page.');
    expect(await notice.getByRole('button', { name: 'Aller à la dernière page' }).count()).toBe(0);
    await screenshot(page, 'customer-list-past-the-end-fr');
    await notice.getByRole('button', { name: 'Aller à la page 1' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Findeliste' }).count()).toBe(3);
    expect(await notice.count()).toBe(0);
  });

  it('shows no pager when the list fails to load', async () => {
    journey.server.factories.customer();
    const page = await agentPage();
    await page.getByRole('menuitem', { name: 'Customers' }).click();
    await page.locator('.MuiTablePagination-displayedRows').waitFor();
    await page.route('**/api/customers?**', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ code: 'internal', message: 'Something broke (request 7)' }) }),
    );
    await page.getByRole('textbox', { name: 'Search' }).fill('Camille');
    await page.getByText('Could not load this list: Something broke (request 7)').waitFor();
    expect(await page.locator('.MuiTablePagination-root').count()).toBe(0);
    await screenshot(page, 'customer-list-failed');
  });
});

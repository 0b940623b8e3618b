import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

describe('a broad search on a large customer base', () => {
  const journey = startJourney({ customers: 3000 });

  it('pages through a capped result without claiming a false total', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    await signIn(page, journey.server.baseUrl, 'agent@guichet.test');
    // Sorted by number: a search sorted by number counts its matches up to 100 only (a search in
    // another order ranks every match up to 500, exact at this size), so 3,000 accounts suffice.
    await page.goto(`${journey.server.baseUrl}/#/customers?sort=id&order=DESC`);
    await page.getByRole('cell').first().waitFor();
    const search = page.getByRole('textbox', { name: 'Search' });
    const capped = page.waitForResponse(
      (response) => response.url().includes('/api/customers?') && response.url().includes('%22q%22') && response.headers()['x-total-capped'] === 'true',
    );
    await search.fill('ma');
    await capped;
    const pagination = page.locator('.MuiTablePagination-displayedRows');
    await expect.poll(() => pagination.textContent()).toBe('1-25 of more than 25');
    const next = page.getByRole('button', { name: /next page/i });
    expect(await next.isEnabled()).toBe(true);
    await next.click();
    await expect.poll(() => pagination.textContent()).toBe('26-50 of more than 50');
    await screenshot(page, 'broad-search-page-2');
  });
});

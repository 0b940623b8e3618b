import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

// Every list opens in a meaningful order and marks the column it is sorted by, with its arrow and
// with aria-sort for screen readers (common/Col.tsx), in English and French, light and dark.

// Lists the seeded data fills (an empty list draws no table): claims, GDPR requests, the review queue
// and the approvals use the same Col; their default orders are checked by their own journeys' data.
const listsByRole = {
  'lead@guichet.test': [
    ['flags', 'Severity', 'descending'],
    ['audit-log', 'No.', 'descending'],
  ],
  'admin@guichet.test': [['staff', 'Name', 'ascending']],
} as const;

describe('lists mark the column they are sorted by', () => {
  const journey = startJourney({ customers: 14, demoFlags: true });

  it.each(Object.entries(listsByRole))('as %s, on each of their lists', async (email, lists) => {
    for (const [locale, colorScheme] of [
      ['en-GB', 'light'],
      ['fr-FR', 'dark'],
    ] as const) {
      const page = await journey.browser.newPage({ viewport: { width: 1440, height: 900 }, locale, colorScheme });
      page.setDefaultTimeout(15_000);
      await signIn(page, journey.server.baseUrl, email);
      for (const [resource, header, direction] of lists) {
        await page.goto(`${journey.server.baseUrl}/#/${resource}`);
        await page.locator('tbody tr').first().waitFor();
        const sortedHeader = page.locator('th[aria-sort]');
        expect(await sortedHeader.count(), resource).toBe(1);
        expect(await sortedHeader.getAttribute('aria-sort'), resource).toBe(direction);
        if (locale === 'en-GB') expect((await sortedHeader.innerText()).trim(), resource).toBe(header);
        expect(await sortedHeader.locator('.MuiTableSortLabel-root.Mui-active').count(), resource).toBe(1);
        await screenshot(page, `sorted-${resource}-${locale}-${colorScheme}`);
      }
      await page.close();
    }
  });
});

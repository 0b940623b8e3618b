import { describe, expect, it } from 'vitest';
import { startJourney } from './harness.js';
import { screenshot } from '../support/browser.js';
import { signIn } from './sign-in.js';

describe("an agent finds a caller's account", () => {
  const journey = startJourney({ customers: 14 }); // the fixture accounts of docs/DEMO-DATA.md

  it("goes from a handle typed without suffix in capitals to that account's services", async () => {
    const page = await journey.browser.newPage({ locale: 'en-GB' });
    await signIn(page, journey.server.baseUrl, 'agent@guichet.test');

    const quickFind = page.getByRole('searchbox', { name: 'Quick find' });
    await quickFind.fill('XX11111');
    await quickFind.press('Enter');

    await page.waitForURL(/#\/customers\/\d+\/show/);
    await page.locator('#react-admin-title').getByText('xx11111-ovh').waitFor();
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.getByRole('tab', { name: 'Services' }).click();
    await page.waitForURL(/\/show\/services$/);
    const domainCell = page.getByRole('cell', { name: 'Domain', exact: true }).first();
    await domainCell.waitFor();
    await screenshot(page, 'find-customer-services');
    expect(await page.getByRole('row').count()).toBeGreaterThan(1);
  });
});

import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { demoPassword } from '../support/test-app.js';
import { startJourney } from './harness.js';
import { signIn } from './sign-in.js';

describe('my account', () => {
  const journey = startJourney();

  it('a staff member opens My account from the user menu, sees this session and changes the password', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    page.setDefaultTimeout(15_000);
    await signIn(page, journey.server.baseUrl, 'compliance@guichet.test');
    await page.getByRole('button', { name: /Camille Compliance/ }).click();
    await page.getByRole('menuitem', { name: 'My account' }).click();
    await page.getByText('this session').waitFor();
    // Which browser and address each session comes from, and when (with the time zone, as everywhere).
    const thisSession = page.getByRole('listitem').filter({ hasText: 'this session' });
    expect(await thisSession.textContent()).toMatch(/^(Chrome|Chromium|Headless Chrome) \d+ on Linux, from (::ffff:)?127\.0\.0\.1/);
    expect(await thisSession.textContent()).toMatch(/Signed in \d{2}\/\d{2}\/\d{4},? \d{2}:\d{2} (CET|CEST|UTC[+-]\d+) · last active/);
    await screenshot(page, 'my-account-sessions');
    await page.getByLabel('Current password').fill(demoPassword);
    await page.getByLabel('New password').fill('camille-picks-a-new-one');
    await page.getByRole('button', { name: 'Change my password' }).click();
    await page.getByText('Password changed.').waitFor();
    await screenshot(page, 'my-account');
    const check = await fetch(`${journey.server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'compliance@guichet.test', password: 'camille-picks-a-new-one' }),
    });
    expect(check.status).toBe(200);
  });
});

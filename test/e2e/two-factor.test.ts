import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { demoPassword } from '../support/test-app.js';
import { codeNow, nextStep, notACode } from '../support/two-factor.js';
import { startJourney } from './harness.js';
import { submitSignIn } from './sign-in.js';

describe('staff second factor in the browser (ENFORCE_2FA on)', () => {
  const journey = startJourney({ customers: 20, env: { ENFORCE_2FA: 'true' } });

  it('an agent is sent to set up the authenticator app at first sign-in, keeps the recovery codes, then signs in with a code', async () => {
    const { server } = journey;
    const person = await server.factories.staffMember({ role: 'agent', displayName: 'Agnès Totp' });
    const page = await journey.browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    page.setDefaultTimeout(15_000);
    await submitSignIn(page, server.baseUrl, person.email);

    // Only the set-up is reachable until it is done.
    await page.getByText('Your organisation requires an authenticator app').waitFor();
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('img', { name: 'QR code to scan with an authenticator app' }).waitFor();
    const key = (await page.getByTestId('totp-key').innerText()).replace(/\s/g, '');
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, 'two-factor-enrolment');
    await page.getByLabel('Authenticator code').fill(codeNow(server, key));
    await page.getByRole('button', { name: 'Confirm' }).click();
    const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await screenshot(page, 'two-factor-recovery-codes');
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByRole('button', { name: 'Profile' }).waitFor();

    // Next sign-in: the password, then the code the app shows (a new one: the set-up's was used).
    await page.context().clearCookies();
    nextStep(server);
    await page.goto(`${server.baseUrl}/#/login`);
    await page.reload();
    await page.getByLabel('E-mail').fill(person.email);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Authenticator code').waitFor();
    await page.getByLabel('Authenticator code').fill(notACode(server, key));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That code is not right').waitFor();
    await page.getByLabel('Authenticator code').fill(codeNow(server, key));
    await screenshot(page, 'two-factor-sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Profile' }).waitFor();
    await page.close();
  });

  it('shows the set-up and the recovery codes in French', async () => {
    const { server } = journey;
    const person = await server.factories.staffMember({ role: 'lead', displayName: 'Léa Totp' });
    const page = await journey.browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'fr-FR' });
    page.setDefaultTimeout(15_000);
    await submitSignIn(page, server.baseUrl, person.email);
    await page.getByText('Votre organisation exige une application d’authentification').waitFor();
    await page.getByRole('button', { name: 'Configurer une application d’authentification' }).click();
    await page.getByRole('img', { name: 'QR code à scanner avec une application d’authentification' }).waitFor();
    await screenshot(page, 'two-factor-enrolment-fr');
    const key = (await page.getByTestId('totp-key').innerText()).replace(/\s/g, '');
    await page.getByLabel('Code d’authentification').fill(codeNow(server, key));
    await page.getByRole('button', { name: 'Confirmer' }).click();
    const codes = page.getByRole('list', { name: 'Vos codes de secours' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await screenshot(page, 'two-factor-recovery-codes-fr');
    await page.close();
  });
});

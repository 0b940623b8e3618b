import type { Page } from 'playwright-core';
import { demoPassword } from '../support/test-app.js';

/** Signs in through the real sign-in page and waits for the console to show (English or French browser). */
export async function signIn(page: Page, baseUrl: string, email: string, password = demoPassword): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/^(Password|Mot de passe)/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
  await page.getByRole('button', { name: /^(Profile|Profil) ?:/ }).waitFor();
}

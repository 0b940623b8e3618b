import type { Page } from 'playwright-core';
import { demoPassword } from '../support/test-app.js';

/** Fills and sends the real sign-in page (English or French browser); what comes next is the caller's. */
export async function submitSignIn(page: Page, baseUrl: string, email: string, password = demoPassword): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/^(Password|Mot de passe)/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
}

/** Signs in through the real sign-in page and waits for the console to show. */
export async function signIn(page: Page, baseUrl: string, email: string, password = demoPassword): Promise<void> {
  await submitSignIn(page, baseUrl, email, password);
  await page.getByRole('button', { name: /^(Profile|Profil) ?:/ }).waitFor();
}

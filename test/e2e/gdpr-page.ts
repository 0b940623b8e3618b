import type { Page } from 'playwright-core';

/** On a request's page: identity verified through its dialog, as sent from the signed-in account. */
export async function verifyIdentity(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Verify identity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verify identity' });
  await dialog.getByRole('radio', { name: 'Sent from the signed-in account' }).check();
  await dialog.getByRole('button', { name: 'Verify identity' }).click();
  await page.locator('[data-testid="gdpr-status"][data-status="in_progress"]').waitFor();
}

import type { Page } from 'playwright-core';

/** Opens an account the way agents do: its handle in the app bar's quick find, then Enter. */
export async function openAccountByQuickFind(page: Page, handle: string): Promise<void> {
  const quickFind = page.getByRole('searchbox', { name: 'Quick find' });
  await quickFind.fill(handle);
  await quickFind.press('Enter');
  await page.waitForURL(/#\/customers\/\d+\/show/);
  await page.locator('#react-admin-title').getByText(handle).waitFor();
  await page.getByRole('tab', { name: 'Identity & contact' }).waitFor();
}

/**
 * Waits for the page's finite CSS transitions to end (a dialog fading in, a ripple), so that a
 * screenshot shows what the agent sees once things are still. Spinners loop forever: skipped.
 */
export async function waitForTransitions(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

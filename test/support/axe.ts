import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core's own bundle, injected into the page as its authors document for Playwright.
const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The page must come from a context with `bypassCSP: true`: the console's CSP refuses inline scripts.
 * Runs axe-core (WCAG 2.1 A/AA rules) on the page as it is now; answers the serious and critical findings. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const isLoaded = await page.evaluate(() => 'axe' in window);
  if (!isLoaded) await page.addScriptTag({ content: axeSource });
  // Colours caught mid-transition (a button turning from disabled grey to its colour) are not what the user
  // reads once the screen settles: wait for finite animations; infinite ones (progress spinners) never end.
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

import type { Page, Request } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ensureUiBuilt } from '../server/ui/ui-assets.js';
import { launchBrowser } from '../test/support/browser.js';
import { benchPassword, paths, scale } from './config.js';
import { startServer } from './processes.js';

// A one-off measurement, not part of `npm run bench` nor of CI: the real UI in Chromium against
// the million-customer bench database (build it first with `npm run bench`). Run with
// `node --import tsx bench/ui-browser.ts`; it rewrites the "UI at a million customers" section
// of bench/RESULTS.md, which later bench runs keep.

interface Step {
  what: string;
  ms: number;
  apiCalls: number;
  /** The slowest API answer of the step, as Chromium timed it (request sent → response end). */
  slowestApiMs: number;
}

async function measure(page: Page, what: string, action: () => Promise<void>, steps: Step[]): Promise<void> {
  const api: Request[] = [];
  const collect = (request: Request) => {
    if (request.url().includes('/api/')) api.push(request);
  };
  page.on('request', collect);
  const started = performance.now();
  await action();
  const ms = performance.now() - started;
  page.off('request', collect);
  const durations = await Promise.all(
    api.map(async (request) => ((await request.response()) ? request.timing().responseEnd - request.timing().requestStart : 0)),
  );
  steps.push({ what, ms, apiCalls: api.length, slowestApiMs: Math.max(0, ...durations) });
}

async function main(): Promise<void> {
  if (!existsSync(paths.database)) throw new Error('Build the bench database first: npm run bench');
  await ensureUiBuilt(console.log);
  // Demo mode: cookies without the Secure flag, which Chromium would refuse over http.
  const server = await startServer('./serve.ts', [], { NODE_ENV: 'development', DATABASE_PATH: paths.database, HOST: '127.0.0.1', PORT: '0' });
  const browser = await launchBrowser();
  const steps: Step[] = [];
  try {
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.baseUrl}/#/login`);
    await page.getByLabel('E-mail').fill('agent@guichet.test');
    await page.getByLabel('Password').fill(benchPassword);
    await measure(
      page,
      'sign in → home screen',
      async () => {
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('button', { name: 'Profile' }).waitFor();
      },
      steps,
    );

    const rows = page.locator('table tbody tr');
    await measure(
      page,
      'open the customer list (page 1 of 1,000,000, total shown)',
      async () => {
        await page.goto(`${server.baseUrl}/#/customers`);
        await rows.nth(24).waitFor();
        await page
          .getByText(/of\s*1\D?000\D?000\b/)
          .first()
          .waitFor();
      },
      steps,
    );

    const search = page.getByPlaceholder('Search').first();
    await measure(
      page,
      'type “dupont” in the list search (120 ms per key), until the rows show it',
      async () => {
        await search.pressSequentially('dupont', { delay: 120 });
        await page.waitForURL(/dupont/);
        await rows
          .first()
          .getByText(/Dupont/i)
          .first()
          .waitFor();
      },
      steps,
    );

    await measure(
      page,
      'clear the search, then go to the last page (“→ page 40,000”)',
      async () => {
        await page.goto(`${server.baseUrl}/#/customers?page=40000&perPage=25&sort=id&order=DESC&filter=%7B%7D`);
        await rows.nth(24).waitFor();
        await page
          .getByText(/999\D?976/)
          .first()
          .waitFor();
      },
      steps,
    );

    const handle = 'XX11111';
    const quickFind = page.getByRole('searchbox', { name: 'Quick find' });
    await measure(
      page,
      `quick-find ${handle} + Enter → the account page`,
      async () => {
        await quickFind.fill(handle);
        await quickFind.press('Enter');
        await page.waitForURL(/#\/customers\/\d+\/show/);
        await page.locator('#react-admin-title').getByText('xx11111-ovh').waitFor();
      },
      steps,
    );

    await measure(
      page,
      'customer page: open the Services tab',
      async () => {
        await page.getByRole('tab', { name: 'Services' }).click();
        await page.getByRole('cell', { name: 'Domain', exact: true }).first().waitFor();
      },
      steps,
    );
  } finally {
    await browser.close();
    await server.stop();
  }

  const section = [
    '## UI at a million customers (Chromium, measured once)',
    '',
    `Measured by \`node --import tsx bench/ui-browser.ts\` on ${new Date().toISOString()}: headless Debian Chromium (software rendering) and the real server (demo mode) on the bench database (${scale.customers.toLocaleString('en')} customers), same 2-core machine. Wall-clock time from the user's action until the screen shows the result; the API requests it caused and the slowest one's time as Chromium saw it. The rest is the browser's work (lazy chunks, React, MUI).`,
    '',
    '| step | time | API requests | slowest API answer |',
    '|---|---:|---:|---:|',
    ...steps.map((step) => `| ${step.what} | ${step.ms.toFixed(0)} ms | ${step.apiCalls} | ${step.slowestApiMs.toFixed(0)} ms |`),
    '',
  ].join('\n');
  const results = existsSync(paths.results) ? readFileSync(paths.results, 'utf8') : '';
  const start = results.indexOf('## UI at a million customers');
  writeFileSync(paths.results, `${start >= 0 ? results.slice(0, start) : `${results}\n`}${section}`);
  console.log(section);
}

await main();

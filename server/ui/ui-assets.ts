import express, { type Express } from 'express';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const uiDistDir = join(projectRoot, 'admin-ui', 'dist');
const uiSourceDir = join(projectRoot, 'admin-ui');

function newestModification(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestModification(join(path, entry)));
  }
  return newest;
}

/** Builds the UI when admin-ui/dist is missing or older than its sources ("builds the UI if needed"). */
export async function ensureUiBuilt(log: (line: string) => void): Promise<void> {
  const builtIndex = join(uiDistDir, 'index.html');
  const sourcesChanged = !existsSync(builtIndex) || newestModification(uiSourceDir) > statSync(builtIndex).mtimeMs;
  if (!sourcesChanged) return;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    if (existsSync(builtIndex)) return; // production install without dev tools: serve what was built
    throw new Error('The UI is not built and Vite is not installed: run `npm install` then `npm run build`.');
  }
  log('Building the UI (admin-ui → admin-ui/dist)…');
  await vite.build({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
}

/** Serves the built single-page app; every non-API path falls back to index.html. */
export function serveUi(app: Express): void {
  if (!existsSync(join(uiDistDir, 'index.html'))) return;
  app.use(
    express.static(uiDistDir, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, path) => {
        // Hashed asset names may be cached for long; index.html must always be revalidated.
        if (path.includes(`${join('dist', 'assets')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(uiDistDir, 'index.html'));
  });
}

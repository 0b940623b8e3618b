import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { paths } from './config.js';

export interface UiSize {
  /** The entry script and every chunk index.html preloads: what the first screen downloads. */
  initialGzipBytes: number;
  initialFiles: Array<{ file: string; gzipBytes: number }>;
  /** Every JavaScript chunk, largest first (lazy ones included). */
  allFiles: Array<{ file: string; gzipBytes: number }>;
  buildMs: number;
}

/**
 * Builds the UI with the project's own vite.config.ts into a temporary folder (admin-ui/dist is
 * left alone) and weighs the JavaScript the browser fetches before the first screen.
 */
export async function measureUiSize(): Promise<UiSize> {
  const outDir = mkdtempSync(join(tmpdir(), 'guichet-ui-size-'));
  try {
    const started = Date.now();
    const vite = await import('vite');
    await vite.build({ configFile: join(paths.projectRoot, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    const buildMs = Date.now() - started;
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const referenced = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((match) => match[1] as string);
    const weigh = (file: string) => ({ file, gzipBytes: gzipSync(readFileSync(join(outDir, file))).length });
    const initialFiles = [...new Set(referenced)].map(weigh);
    const allFiles = readdirSync(join(outDir, 'assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => weigh(join('assets', file)))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    return { initialGzipBytes: initialFiles.reduce((sum, f) => sum + f.gzipBytes, 0), initialFiles, allFiles, buildMs };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

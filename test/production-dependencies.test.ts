import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm start` runs from a production install (README: `npm ci`, `npm run build`, `npm prune --omit=dev`):
// every package the server loads at run time must be in `dependencies`, not `devDependencies`.
const runtimeRoots = ['server', 'db', 'templates'];
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Packages a file loads when it runs: static value imports and re-exports (type-only ones vanish at run time). */
function runtimePackages(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    const specifier = match[1] ?? '';
    if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
    const parts = specifier.split('/');
    found.push(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier));
  }
  return found;
}

describe('production dependency set', () => {
  it('lists every package the server imports at run time in dependencies', () => {
    const missing = new Set<string>();
    for (const file of runtimeRoots.flatMap(sourceFiles))
      for (const name of runtimePackages(readFileSync(file, 'utf8'))) if (!(name in manifest.dependencies)) missing.add(`${name} (${file})`);
    expect([...missing]).toEqual([]);
  });

  it('starts and migrates with what dependencies holds (tsx runs the TypeScript, migrations are committed SQL)', () => {
    expect(manifest.scripts.start).toBe('node --import tsx server/main.ts');
    expect(manifest.dependencies).toHaveProperty('tsx');
    expect(runtimePackages("import { x } from 'zod';\nimport type { Y } from 'vite';\nexport { z } from '@scope/pkg/sub';")).toEqual(['zod', '@scope/pkg']);
  });
});

// Run by `npm test` before vitest: the browser journeys need Debian's Chromium, and the letter
// tests need pdftoppm (poppler-utils) to rasterise PDFs. Installs them when running as root,
// otherwise says exactly what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Requirement {
  binary: string;
  aptPackage: string;
}

const requirements: Requirement[] = [
  { binary: '/usr/bin/chromium', aptPackage: 'chromium' },
  { binary: '/usr/bin/pdftoppm', aptPackage: 'poppler-utils' },
];

function run(command: string, args: string[]): void {
  console.log(`ensure-browser: running ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`ensure-browser: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

const missing = requirements.filter(({ binary }) => !existsSync(binary));
if (missing.length === 0) process.exit(0);

const packages = missing.map(({ aptPackage }) => aptPackage);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `ensure-browser: missing ${missing.map(({ binary }) => binary).join(' and ')}.\n` +
      `Install with:\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
  );
  process.exit(1);
}

console.log(`ensure-browser: installing ${packages.join(', ')} with apt-get`);
run('apt-get', ['update']);
run('apt-get', ['install', '-y', ...packages]);

const stillMissing = missing.filter(({ binary }) => !existsSync(binary));
if (stillMissing.length > 0) {
  console.error(`ensure-browser: still missing after install: ${stillMissing.map(({ binary }) => binary).join(', ')}`);
  process.exit(1);
}
console.log('ensure-browser: ready');

// Checks the five published packages as a consumer gets them (the sync server, @changemap/server, is
// run from the repository): packs each (building it first), checks every
// tarball (files, manifest, imports, publint --strict, arethetypeswrong --profile esm-only), then
// installs the tarballs into a copy of examples/consumer-app outside the workspace, type-checks
// and builds it, and opens it in headless Chromium (built, and on Vite's dev server). Run by
// `pnpm test:packages` (part of `pnpm test`).
// `--keep` leaves the temporary folder (with the installed app) for a look around; `--tarballs-only`
// stops after the tarball checks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkConsumerInBrowser } from './packages/browser-check.mjs';
import { checkTarball } from './packages/check-tarball.mjs';
import { installConsumerApp } from './packages/consumer-app.mjs';
import { packAll } from './packages/pack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const tarballsOnly = process.argv.includes('--tarballs-only');
// Outside the workspace, so nothing resolves through it.
const work = mkdtempSync(join(tmpdir(), 'changemap-packages-'));
let passed = 0;
let failed = 0;

/** Runs one named check and counts it; a failure is reported and the rest still run where they can. */
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
    return true;
  } catch (error) {
    failed++;
    console.log(
      `  ✗ ${name}\n    ${String(error instanceof Error ? error.message : error)
        .split('\n')
        .join('\n    ')}`,
    );
    return false;
  }
}

try {
  console.log('Packing @changemap/core, @changemap/schemas, @changemap/collab, @changemap/editor and @changemap/cli…');
  const tarballs = packAll(root, join(work, 'tarballs'));
  for (const pkg of tarballs) {
    await check(`${pkg.name}: tarball ships only what it should and passes publint and arethetypeswrong`, () => {
      const { size, problems } = checkTarball(pkg, root);
      console.log(`    ${pkg.name}@${pkg.version}: ${pkg.files.length} files, ${(size / 1024).toFixed(1)} kB packed`);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    });
  }
  let app;
  const installed =
    !tarballsOnly &&
    (await check('the consumer app installs the tarballs from outside the workspace, type-checks and builds', () => {
      app = installConsumerApp(root, tarballs, work);
    }));
  if (installed) {
    await check('the consumer app draws and lays out its plan in Chromium, built and on the Vite dev server', () =>
      checkConsumerInBrowser(root, app, join(root, 'test-results')),
    );
  }
} finally {
  if (keep) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`packages: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run } from './run.mjs';

/** The published packages, in dependency order. */
export const PACKAGES = ['core', 'schemas', 'collab', 'editor', 'cli'];

/**
 * Packs each package with pnpm (which builds it first through `prepack` and applies
 * `publishConfig`, as `pnpm publish` does), and unpacks each tarball to read what it holds.
 */
export function packAll(root, destination) {
  mkdirSync(destination, { recursive: true });
  return PACKAGES.map((short) => {
    const dir = join(root, 'packages', short);
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    run('pnpm', ['pack', '--pack-destination', destination], { cwd: dir });
    const file = join(destination, `changemap-${short}-${version}.tgz`);
    const unpacked = join(destination, short);
    mkdirSync(unpacked, { recursive: true });
    run('tar', ['-xzf', file, '-C', unpacked], { quiet: true });
    const top = join(unpacked, 'package');
    const files = listFiles(top);
    const manifest = JSON.parse(readFileSync(join(top, 'package.json'), 'utf8'));
    return { name: `@changemap/${short}`, short, version, file, files, manifest, read: (path) => readFileSync(join(top, path), 'utf8') };
  });
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

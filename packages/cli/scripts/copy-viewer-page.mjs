// Copies the viewer page's code (built by `pnpm --filter @changemap/editor build:viewer`) into
// dist/viewer-page/, so the published CLI can write HTML pages without the editor installed.
import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const editor = dirname(createRequire(import.meta.url).resolve('@changemap/editor/package.json'));
const source = join(editor, 'dist-viewer');
if (!existsSync(join(source, 'viewer-page.js'))) {
  console.error('The viewer page is not built: run `pnpm --filter @changemap/editor build:viewer` first.');
  process.exit(1);
}
cpSync(source, new URL('../dist/viewer-page/', import.meta.url), { recursive: true });

// Copies the board-picture module (built by `pnpm --filter @changemap/editor build:board`) into
// dist/board-pictures/, so the published CLI can write SVG and PNG board pictures without the editor installed.
import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const editor = dirname(createRequire(import.meta.url).resolve('@changemap/editor/package.json'));
const source = join(editor, 'dist-board');
if (!existsSync(join(source, 'board-pictures.js'))) {
  console.error('The board pictures are not built: run `pnpm --filter @changemap/editor build:board` first.');
  process.exit(1);
}
cpSync(source, new URL('../dist/board-pictures/', import.meta.url), { recursive: true });

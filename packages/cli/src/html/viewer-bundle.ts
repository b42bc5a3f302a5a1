import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViewerPageBundle } from './html-page.js';

const FILES = { js: 'viewer-page.js', css: 'viewer-page.css' };

/**
 * Where the viewer page's code is: beside the built CLI (`dist/viewer-page/`, copied there at
 * build time, as installed from a package), or in the editor package's `dist-viewer/` inside the
 * workspace. Returns the folder, or undefined when neither has been built.
 */
export function findViewerPage(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'viewer-page'), editorBuild()];
  return candidates.find((dir): dir is string => dir !== undefined && existsSync(join(dir, FILES.js)) && existsSync(join(dir, FILES.css)));
}

function editorBuild(): string | undefined {
  try {
    const editor = dirname(createRequire(import.meta.url).resolve('@changemap/editor/package.json'));
    return join(editor, 'dist-viewer');
  } catch {
    return undefined; // installed without the editor: only the copy beside the CLI counts
  }
}

/** Reads the viewer page's code and styles from `dir` (see `findViewerPage`). */
export function readViewerPage(dir: string): ViewerPageBundle {
  return { js: readFileSync(join(dir, FILES.js), 'utf8'), css: readFileSync(join(dir, FILES.css), 'utf8') };
}

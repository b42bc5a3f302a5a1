import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FILE = 'board-pictures.js';

/** One board-paper picture, as the editor's board module makes it (src/export/board-pictures.ts there). */
export interface BoardPicture {
  viewId: string;
  fileName: string;
  svg: string;
  width: number;
  height: number;
}

interface BoardModule {
  boardPicturesFromText(planText: string, options: { viewIds?: readonly string[]; date: string }): Promise<BoardPicture[]>;
}

/**
 * Where the board-picture module is: beside the built CLI (`dist/board-pictures/`, copied there at
 * build time), or in the editor package's `dist-board/` inside the workspace. Undefined when
 * neither has been built.
 */
export function findBoardModule(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'board-pictures', FILE), editorBuild()];
  return candidates.find((file): file is string => file !== undefined && existsSync(file));
}

function editorBuild(): string | undefined {
  try {
    const editor = dirname(createRequire(import.meta.url).resolve('@changemap/editor/package.json'));
    return join(editor, 'dist-board', FILE);
  } catch {
    return undefined; // installed without the editor: only the copy beside the CLI counts
  }
}

/** Loads the module found by `findBoardModule`. */
export async function loadBoardModule(file: string): Promise<BoardModule> {
  return (await import(pathToFileURL(file).href)) as BoardModule;
}

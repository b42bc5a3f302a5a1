import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { WHOLE_PLAN_VIEW, type Plan } from '@changemap/core';
import { exportJson } from '@changemap/schemas';
import { findBoardModule, loadBoardModule } from './board-bundle.js';
import { svgToPng } from './png.js';

/** What `changemap export --to svg|png` was asked for. */
export interface BoardExportRequest {
  format: 'svg' | 'png';
  /** One call to action's id, or `plan` for the whole plan; without it, every call to action. */
  view?: string;
  /** The file (with `view`) or the folder (without) to write to; by default the current folder. */
  output?: string;
  /** The date in the pictures' headers and names, YYYY-MM-DD. */
  date: string;
}

/** Where the command writes and reports; the CLI's own I/O. */
export interface BoardIo {
  out(text: string): void;
  err(text: string): void;
  writeFile(path: string, content: string | Uint8Array): void;
}

/**
 * Board-paper pictures of a plan's calls to action (title, date, legend, whole box text), one
 * file each, named after the plan, the call to action and the date. Returns a problem to report
 * (and exit 2 on), or undefined when every file was written; the written paths go to standard
 * output, one a line.
 */
export async function exportBoardPictures(plan: Plan, request: BoardExportRequest, io: BoardIo): Promise<string | undefined> {
  if (request.view !== undefined && request.view !== WHOLE_PLAN_VIEW && plan.nodes.get(request.view)?.kind !== 'callToAction') {
    return `“${request.view}” is not a call to action of this plan. Use one of: ${[...callsToAction(plan), WHOLE_PLAN_VIEW].join(', ')}.`;
  }
  // `-o plan.png` names one file: with several calls to action and no --view, say so rather than make a folder called plan.png.
  const namesOneFile = request.view === undefined && request.output !== undefined && /\.(svg|png)$/i.test(request.output);
  const views = callsToAction(plan);
  if (namesOneFile && views.length > 1) {
    return `“${request.output}” names one file, but this plan has ${views.length} calls to action, one picture each. Give a folder with -o (e.g. -o board-pictures/), or pick one with --view: ${[...views, WHOLE_PLAN_VIEW].join(', ')}.`;
  }
  const module = findBoardModule();
  if (module === undefined) {
    return 'board pictures need the editor’s picture code, which is not built. In the Changemap repository, run `pnpm --filter @changemap/editor build:board` first.';
  }
  const { boardPicturesFromText } = await loadBoardModule(module);
  const pictures = await boardPicturesFromText(exportJson(plan), { date: request.date, ...(request.view !== undefined && { viewIds: [request.view] }) });
  const folder = request.view === undefined && !namesOneFile ? (request.output ?? '.') : undefined;
  if (folder !== undefined) mkdirSync(folder, { recursive: true });
  for (const picture of pictures) {
    const name = request.format === 'png' ? picture.fileName.replace(/\.svg$/, '.png') : picture.fileName;
    const path = folder !== undefined ? join(folder, name) : (request.output ?? name);
    io.writeFile(path, request.format === 'png' ? await svgToPng(picture.svg) : picture.svg);
    io.out(`${path}\n`);
  }
  return undefined;
}

function callsToAction(plan: Plan): string[] {
  return plan.nodes
    .toArray()
    .filter((node) => node.kind === 'callToAction')
    .map((node) => node.id);
}

import { WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan } from '@changemap/core';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { PictureSettings } from '../picture/drawn-view.js';
import { getViewerViews } from '../viewer/viewer-model.js';
import { boardFileName } from './board-file-name.js';
import { layOutBoard } from './board-layout.js';
import { viewTitleOf, viewToSvg, type ViewPictureOptions } from './view-svg.js';

/** One board-paper picture of a view: its file name and the SVG. */
export interface BoardPicture {
  viewId: string;
  /** E.g. `a-tower-hamlets-for-all_3-everyone-should-feel-safe_2026-11-28.svg`. */
  fileName: string;
  svg: string;
  width: number;
  height: number;
}

/** The views a board paper shows by default: each call to action in its numbered order, or the whole plan when it has none. */
export function boardViews(plan: Plan): string[] {
  const calls = getViewerViews(plan)
    .map((view) => view.id)
    .filter((id) => id !== WHOLE_PLAN_VIEW);
  return calls.length > 0 ? calls : [WHOLE_PLAN_VIEW];
}

export interface BoardPictureOptions extends ViewPictureOptions {
  date: string;
  /** Runs ELK: the editor's worker in the browser, the bundled ELK in Node. */
  layout: (graph: ElkNode) => Promise<ElkNode>;
  /** How each view is drawn (folds, the Show menu): the editor passes the officer's, the CLI the defaults. */
  settings?: (viewId: string) => PictureSettings;
}

/**
 * Board-paper pictures (title, date, legend, whole box text and chips) of `viewIds`, drawn as the
 * canvas draws them and laid out afresh at board sizes in each view's own direction. The same code
 * runs in the browser and in Node. The plan given is never changed.
 */
export async function makeBoardPictures(plan: Plan, viewIds: readonly string[], options: BoardPictureOptions): Promise<BoardPicture[]> {
  const { layout, settings, ...drawing } = options;
  const pictures: BoardPicture[] = [];
  for (const viewId of viewIds) {
    const board = await layOutBoard(plan, viewId, layout, settings?.(viewId));
    const { svg, width, height } = viewToSvg(plan, viewId, board, drawing);
    pictures.push({ viewId, fileName: boardFileName(plan.title, viewTitleOf(plan, viewId), options.date, '.svg'), svg, width, height });
  }
  return pictures;
}

import { applyCommand, commands, getSavedPosition, getView, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan } from '@changemap/core';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { getViewMembers } from '../adapter/view-members.js';
import { positionsOf, viewGraph } from '../layout/elk-graph.js';
import { getViewerViews } from '../viewer/viewer-model.js';
import { boardFileName } from './board-file-name.js';
import { boxSizeForTitle, viewTitleOf, viewToSvg } from './view-svg.js';

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

/**
 * Board-paper pictures (title, date, legend, whole box text) of `viewIds`, made without a browser:
 * a view the officer arranged keeps its places; one with boxes never placed (a plan written by
 * hand or imported) is laid out by ELK, with each box as tall as its whole title, in the view's own
 * direction. The plan given is never changed.
 */
export async function makeBoardPictures(
  plan: Plan,
  viewIds: readonly string[],
  options: { date: string; layout: (graph: ElkNode) => Promise<ElkNode> },
): Promise<BoardPicture[]> {
  const pictures: BoardPicture[] = [];
  for (const viewId of viewIds) {
    const laidOut = await withLayout(plan, viewId, options.layout);
    const { svg, width, height } = viewToSvg(laidOut, viewId, { date: options.date });
    pictures.push({ viewId, fileName: boardFileName(plan.title, viewTitleOf(plan, viewId), options.date, '.svg'), svg, width, height });
  }
  return pictures;
}

/** The plan with every box of the view placed: as saved when all are, else by ELK (pinned boxes stay). */
async function withLayout(plan: Plan, viewId: string, layout: (graph: ElkNode) => Promise<ElkNode>): Promise<Plan> {
  const ids = [...getViewMembers(plan, viewId).nodeIds];
  if (ids.length === 0 || ids.every((id) => getSavedPosition(plan, viewId, id))) return plan;
  const sizes = new Map(ids.map((id) => [id, boxSizeForTitle(plan.nodes.get(id)!.title)]));
  const result = await layout(viewGraph(plan, viewId, sizes));
  const positions = positionsOf(result, new Set(getView(plan, viewId)?.pinned ?? []));
  return applyCommand(plan, commands.placeNodes(viewId, positions));
}

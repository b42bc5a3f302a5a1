import { getPlanLevels, getViewDirection, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan, Position } from '@changemap/core';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { SHOW_NONE } from '../picture/annotations.js';
import { getDrawnView, type DrawnLink, type DrawnView, type PictureSettings } from '../picture/drawn-view.js';
import { getBands, type Band } from '../picture/level-bands.js';
import { pictureGraph, readPictureLayout, type PictureDirection } from '../picture/picture-graph.js';
import { boardBox, type BoardBox } from './board-box.js';

/** The picture's default settings: annotations as chips, a large view's actions folded (what a fresh canvas shows). */
export const DEFAULT_PICTURE_SETTINGS: PictureSettings = { show: SHOW_NONE, folds: new Map() };

/** One view laid out for a board paper: boxes at board size and their places, routed links, level bands. */
export interface BoardLayout {
  direction: PictureDirection;
  boxes: { box: BoardBox; position: Position }[];
  links: { link: DrawnLink; route: Position[] }[];
  bands: Band[];
  drawn: DrawnView;
}

/**
 * Lays one view out for a board paper as the canvas draws it (the same drawn view: chips, badges,
 * folded action groups), with ELK through `pictureGraph` at board sizes — each box as tall as its
 * whole title and chips — so that the orthogonal routes fit around what is printed. Every box is
 * laid out afresh (places moved or pinned on the canvas are not kept: the board boxes are taller,
 * and the routes must fit them). No DOM: the editor runs it in its worker, the CLI in Node.
 */
export async function layOutBoard(
  plan: Plan,
  viewId: string,
  run: (graph: ElkNode) => Promise<ElkNode>,
  settings: PictureSettings = DEFAULT_PICTURE_SETTINGS,
): Promise<BoardLayout> {
  const drawn = getDrawnView(plan, viewId, settings);
  const boxes = new Map(drawn.boxes.map((box) => [box.id, boardBox(plan, box, drawn.annotations.byBox.get(box.id))]));
  const sizes = new Map([...boxes].map(([id, box]) => [id, { width: box.width, height: box.height }]));
  const direction: PictureDirection = getViewDirection(plan, viewId) === 'down' ? 'DOWN' : 'RIGHT';
  // As on the canvas: the whole plan keeps the calls to action in the plan's order.
  const keepOrder = viewId === WHOLE_PLAN_VIEW && drawn.boxes.some((b) => b.type === 'node' && b.node.kind === 'callToAction');
  const result = await run(pictureGraph(drawn, sizes, direction, keepOrder));
  const layout = readPictureLayout(result, drawn);
  const placed = drawn.boxes.map((drawnBox) => ({
    box: boxes.get(drawnBox.id)!,
    position: layout.positions.get(drawnBox.id) ?? { x: 0, y: 0 },
    level: drawnBox.level,
  }));
  const byId = new Map(placed.map((p) => [p.box.id, p]));
  const links = drawn.links.map((link) => ({
    link,
    route: layout.routes.get(link.id) ?? fallbackRoute(byId.get(link.source), byId.get(link.target), direction),
  }));
  const bands = getBands(
    placed.map((p) => ({ level: p.level, position: p.position, size: { width: p.box.width, height: p.box.height } })),
    getPlanLevels(plan).map((l) => l.title),
    direction,
    // As on the canvas: a link routed past a band's first box moves the band's label out of its way.
    links.map(({ route }) => route),
  );
  return { direction, boxes: placed.map(({ box, position }) => ({ box, position })), links, bands, drawn };
}

type Placed = { box: BoardBox; position: Position } | undefined;

/** An orthogonal route from side to side, for a link ELK gave no route (none seen so far; kept so no link goes missing). */
function fallbackRoute(source: Placed, target: Placed, direction: PictureDirection): Position[] {
  if (!source || !target) return [];
  const s = source.position;
  const t = target.position;
  if (direction === 'RIGHT') {
    const start = { x: s.x + source.box.width, y: s.y + source.box.height / 2 };
    const end = { x: t.x, y: t.y + target.box.height / 2 };
    const middle = (start.x + end.x) / 2;
    return [start, { x: middle, y: start.y }, { x: middle, y: end.y }, end];
  }
  const start = { x: s.x + source.box.width / 2, y: s.y + source.box.height };
  const end = { x: t.x + target.box.width / 2, y: t.y };
  const middle = (start.y + end.y) / 2;
  return [start, { x: start.x, y: middle }, { x: end.x, y: middle }, end];
}

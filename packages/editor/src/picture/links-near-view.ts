import type { Position } from '@changemap/core';
import type { Rect } from '@xyflow/react';

/** A link as the canvas hands it to React Flow: its ends, and its laid-out route when it has one. */
interface LinkLike {
  id: string;
  source: string;
  target: string;
  data?: { route?: Position[] } | undefined;
}

/** Zoom is taken in steps of a quarter octave: the window changes at each step, not at every zoom. */
const ZOOM_STEPS_PER_OCTAVE = 4;
/** Room assumed for a box whose size is not known yet: larger than any box drawn, so its links are kept. */
const UNKNOWN_BOX = { width: 600, height: 400 };

/**
 * The part of the picture around what the canvas shows, whose links React Flow is given on a large
 * view: twice the view each way, centred on a grid of half a view, at a zoom rounded down to a
 * quarter octave. It holds the whole view wherever it is panned or zoomed within those steps, and
 * stays the same object's value meanwhile (see sameRect), so panning hands React Flow new links
 * only every half a screen. Undefined while the canvas has no size.
 */
export function viewWindow(transform: readonly [number, number, number], pane: { width: number; height: number }): Rect | undefined {
  const [x, y, zoom] = transform;
  if (!(pane.width > 0 && pane.height > 0 && zoom > 0)) return undefined;
  // Rounded down, so the window is at least twice what the view shows.
  const steppedZoom = 2 ** (Math.floor(Math.log2(zoom) * ZOOM_STEPS_PER_OCTAVE) / ZOOM_STEPS_PER_OCTAVE);
  const span = { width: pane.width / steppedZoom, height: pane.height / steppedZoom };
  const centre = { x: (pane.width / 2 - x) / zoom, y: (pane.height / 2 - y) / zoom };
  // The view's centre is at most a quarter span from the grid's; the view reaches half a span
  // either side of it: the window (a span either side) holds it with a quarter span to spare.
  const gridX = span.width / 2;
  const gridY = span.height / 2;
  const snapped = { x: Math.round(centre.x / gridX) * gridX, y: Math.round(centre.y / gridY) * gridY };
  return { x: snapped.x - span.width, y: snapped.y - span.height, width: span.width * 2, height: span.height * 2 };
}

export function sameRect(a: Rect | undefined, b: Rect | undefined): boolean {
  return a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);
}

/**
 * The links that may show in `window`: those whose ends' boxes or route reach into it, and any in
 * `keep` (the selected link). React Flow rebuilds its lookups for every link it is given each time
 * the links change — at a thousand links, a layout's arrival spent 13 ms there — while it draws
 * only those in view; it draws none of the links left out here, since a link it draws lies within
 * its ends' boxes, which are then in view.
 */
export function linksNearView<L extends LinkLike>(links: readonly L[], boxes: ReadonlyMap<string, Rect>, window: Rect, keep: ReadonlySet<string>): L[] {
  return links.filter((link) => keep.has(link.id) || reaches(link, boxes, window));
}

function reaches(link: LinkLike, boxes: ReadonlyMap<string, Rect>, window: Rect): boolean {
  // Plain comparisons, no arrays: this runs for every link of the view whenever it is handed anew.
  const source = boxes.get(link.source);
  const target = boxes.get(link.target);
  if (!source || !target) return true;
  let left = Math.min(source.x, target.x);
  let top = Math.min(source.y, target.y);
  let right = Math.max(source.x + source.width, target.x + target.width);
  let bottom = Math.max(source.y + source.height, target.y + target.height);
  const route = link.data?.route;
  if (route)
    for (const point of route) {
      if (point.x < left) left = point.x;
      else if (point.x > right) right = point.x;
      if (point.y < top) top = point.y;
      else if (point.y > bottom) bottom = point.y;
    }
  return left <= window.x + window.width && right >= window.x && top <= window.y + window.height && bottom >= window.y;
}

/** Each box's place and size on the canvas (the measured size, else more room than any box takes). */
export function boxRects(nodes: readonly { id: string; position: Position; measured?: { width?: number; height?: number } | undefined }[]): Map<string, Rect> {
  return new Map(
    nodes.map((node) => [node.id, { ...node.position, width: node.measured?.width ?? UNKNOWN_BOX.width, height: node.measured?.height ?? UNKNOWN_BOX.height }]),
  );
}

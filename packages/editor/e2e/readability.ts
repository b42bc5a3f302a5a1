import type { Page } from '@playwright/test';

/**
 * The readability goal of issue #12, measured on the drawn page, not on the model: every box on
 * screen, titles at least 11 px on screen (computed font size × zoom), no boxes overlapping, and
 * link crossings at most 10% of the links drawn. Shared by the flagship's and the imported plans' specs.
 */

export interface Readability {
  boxes: number;
  offScreen: number;
  /** The smallest title on screen, in CSS pixels (font size × zoom). */
  smallestTitle: number;
  zoom: number;
  overlaps: number;
  links: number;
  crossings: number;
}

export const GOAL = { smallestTitle: 11, crossingShare: 0.1 };

/** Measures the open view as drawn. */
export async function measure(page: Page): Promise<Readability> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => el.getBoundingClientRect());
    const inside = (r: DOMRect) => r.left >= pane.left - 0.5 && r.right <= pane.right + 0.5 && r.top >= pane.top - 0.5 && r.bottom <= pane.bottom + 0.5;
    const offScreen = boxes.filter((r) => !inside(r)).length;
    const titles = [...document.querySelectorAll<HTMLElement>('.react-flow__node .plan-node-title')];
    const smallestTitle = titles.length === 0 ? 0 : Math.min(...titles.map((el) => parseFloat(getComputedStyle(el).fontSize) * zoom));
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) overlaps++;
      }
    }
    // Each link as screen-space segments, with the boxes at its two ends (the nearest box to each end).
    const nearestBox = (x: number, y: number) => {
      let best = -1;
      let bestDistance = Infinity;
      boxes.forEach((r, i) => {
        const dx = Math.max(r.left - x, 0, x - r.right);
        const dy = Math.max(r.top - y, 0, y - r.bottom);
        const distance = Math.hypot(dx, dy);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = i;
        }
      });
      return best;
    };
    type Point = { x: number; y: number };
    const links = [...document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')].map((path) => {
      const matrix = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const steps = Math.max(2, Math.ceil(length / 6));
      const points: Point[] = [];
      for (let i = 0; i <= steps; i++) {
        const p = path.getPointAtLength((length * i) / steps).matrixTransform(matrix);
        points.push({ x: p.x, y: p.y });
      }
      return { points, ends: new Set([nearestBox(points[0]!.x, points[0]!.y), nearestBox(points.at(-1)!.x, points.at(-1)!.y)]) };
    });
    const side = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
    const properly = (a: Point, b: Point, c: Point, d: Point) => side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
    let crossings = 0;
    for (let i = 0; i < links.length; i++) {
      for (let j = i + 1; j < links.length; j++) {
        const a = links[i]!;
        const b = links[j]!;
        if ([...a.ends].some((end) => b.ends.has(end))) continue;
        // Two links cross where a segment of one properly crosses a segment of the other; runs of
        // crossing segments within a few pixels are one crossing.
        let lastHit: Point | undefined;
        for (let s = 1; s < a.points.length; s++) {
          for (let t = 1; t < b.points.length; t++) {
            if (!properly(a.points[s - 1]!, a.points[s]!, b.points[t - 1]!, b.points[t]!)) continue;
            const hit = a.points[s]!;
            if (!lastHit || Math.hypot(hit.x - lastHit.x, hit.y - lastHit.y) > 12) crossings++;
            lastHit = hit;
          }
        }
      }
    }
    return {
      boxes: boxes.length,
      offScreen,
      smallestTitle: Math.round(smallestTitle * 10) / 10,
      zoom: Math.round(zoom * 1000) / 1000,
      overlaps,
      links: links.length,
      crossings,
    };
  });
}

/** The figures as one line, to print and attach to the test. */
export function describe(name: string, figures: Readability): string {
  return `${name}: ${figures.boxes} boxes, ${figures.offScreen} off screen, smallest title ${figures.smallestTitle} px (zoom ${figures.zoom}), ${figures.overlaps} overlapping pairs, ${figures.crossings} crossings over ${figures.links} links`;
}

/** What falls short of the goal, one line each; empty when the view meets it. */
export function shortfalls(name: string, figures: Readability): string[] {
  const failures: string[] = [];
  if (figures.offScreen > 0) failures.push(`${name}: ${figures.offScreen} boxes off screen`);
  if (figures.smallestTitle < GOAL.smallestTitle) failures.push(`${name}: titles at ${figures.smallestTitle} px`);
  if (figures.overlaps > 0) failures.push(`${name}: ${figures.overlaps} overlapping pairs`);
  if (figures.crossings > GOAL.crossingShare * figures.links) failures.push(`${name}: ${figures.crossings} crossings over ${figures.links} links`);
  return failures;
}

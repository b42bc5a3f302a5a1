import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from '@xyflow/react';
import { boxRects, linksNearView, sameRect, viewWindow } from './links-near-view.js';

const pane = { width: 1200, height: 800 };
/** What the canvas shows at a transform, in canvas coordinates. */
const shownAt = ([x, y, zoom]: [number, number, number]): Rect => ({ x: -x / zoom, y: -y / zoom, width: pane.width / zoom, height: pane.height / zoom });
const within = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;
const transform = fc.tuple(
  fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  fc.double({ min: 0.1, max: 2, noNaN: true }),
);

describe('viewWindow', () => {
  it('holds everything the canvas shows, at any pan and zoom', () => {
    fc.assert(fc.property(transform, (t) => within(shownAt(t), viewWindow(t, pane)!)));
  });

  it('is no more than five times the view across, so that it leaves out most of a large picture', () => {
    fc.assert(
      fc.property(transform, (t) => {
        const window = viewWindow(t, pane)!;
        return window.width <= shownAt(t).width * 5 && window.height <= shownAt(t).height * 5;
      }),
    );
  });

  it('stays the same while the view pans a little, so React Flow is not handed new links every frame', () => {
    const start = viewWindow([0, 0, 1], pane)!;
    let changes = 0;
    let last = start;
    for (let x = 0; x > -2400; x -= 10) {
      const now = viewWindow([x, 0, 1], pane)!;
      if (!sameRect(now, last)) changes++;
      last = now;
    }
    // 2,400 px of panning at zoom 1 is two views across: a new window every half a view.
    expect(changes).toBe(4);
  });

  it('is undefined before the canvas has a size', () => {
    expect(viewWindow([0, 0, 1], { width: 0, height: 0 })).toBeUndefined();
  });
});

describe('linksNearView', () => {
  const boxes = boxRects([
    { id: 'a', position: { x: 0, y: 0 }, measured: { width: 100, height: 50 } },
    { id: 'b', position: { x: 300, y: 0 }, measured: { width: 100, height: 50 } },
    { id: 'far', position: { x: 5000, y: 5000 }, measured: { width: 100, height: 50 } },
    { id: 'far2', position: { x: 5000, y: 6000 }, measured: { width: 100, height: 50 } },
    { id: 'unmeasured', position: { x: 9000, y: 9000 } },
  ]);
  const window = { x: -100, y: -100, width: 600, height: 300 };

  it('keeps links with an end in the window, or a route through it, and the selected one; leaves out the rest', () => {
    const links = [
      { id: 'inside', source: 'a', target: 'b' },
      { id: 'one end in', source: 'a', target: 'far' },
      { id: 'far away', source: 'far', target: 'far2' },
      {
        id: 'routed through',
        source: 'far',
        target: 'far2',
        data: {
          route: [
            { x: 5000, y: 5000 },
            { x: 0, y: 100 },
            { x: 5000, y: 6000 },
          ],
        },
      },
      { id: 'selected', source: 'far', target: 'far2' },
      { id: 'end not drawn', source: 'far', target: 'gone' },
    ];
    const kept = linksNearView(links, boxes, window, new Set(['selected'])).map((l) => l.id);
    expect(kept).toEqual(['inside', 'one end in', 'routed through', 'selected', 'end not drawn']);
  });

  it('never leaves out a link whose ends’ boxes reach into the window (what React Flow would draw)', () => {
    const rect = fc.record({
      x: fc.integer({ min: -3000, max: 3000 }),
      y: fc.integer({ min: -3000, max: 3000 }),
      width: fc.integer({ min: 1, max: 400 }),
      height: fc.integer({ min: 1, max: 300 }),
    });
    fc.assert(
      fc.property(rect, rect, rect, (source, target, view) => {
        const ends = new Map([
          ['s', source],
          ['t', target],
        ]);
        const left = Math.min(source.x, target.x);
        const right = Math.max(source.x + source.width, target.x + target.width);
        const top = Math.min(source.y, target.y);
        const bottom = Math.max(source.y + source.height, target.y + target.height);
        const visible = left <= view.x + view.width && right >= view.x && top <= view.y + view.height && bottom >= view.y;
        const kept = linksNearView([{ id: 'l', source: 's', target: 't' }], ends, view, new Set()).length === 1;
        return !visible || kept;
      }),
    );
  });

  it('takes a box of unknown size as large, so its links are not left out early', () => {
    // Beyond where a box of the size assumed before measuring (180 × 110) would reach.
    const near = { x: 9500, y: 9300, width: 50, height: 50 };
    expect(linksNearView([{ id: 'l', source: 'unmeasured', target: 'unmeasured' }], boxes, near, new Set())).toHaveLength(1);
  });
});

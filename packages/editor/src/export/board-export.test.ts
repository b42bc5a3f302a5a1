import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Table, type Plan } from '@changemap/core';
import { boardFileName } from './board-file-name.js';
import { cropSvg, MIN_PRINT_SCALE, planPrintPages, printableArea, TILE_OVERLAP } from './print-pages.js';
import { viewToSvg, wrapText } from './view-svg.js';

const LONG =
  'We will work with landlords, housing associations and residents to improve the quality, safety and energy efficiency of homes in every ward of the borough, starting where overcrowding and damp are worst';

function plan(): Plan {
  return {
    id: 'p',
    title: 'A Tower Hamlets for All',
    period: '2023-2028',
    nodes: Table.fromValues([
      { id: 'cta', kind: 'callToAction', title: 'Everyone should feel safe', number: 3 },
      { id: 'a1', kind: 'action', title: LONG },
      { id: 'a2', kind: 'action', title: `${LONG} (again)` },
      { id: 'i', kind: 'indicator', title: 'Homes with damp' },
    ]),
    edges: Table.fromValues([
      { id: 'c1', kind: 'contributesTo', source: 'a1', target: 'cta' },
      { id: 'c2', kind: 'contributesTo', source: 'a2', target: 'cta' },
      { id: 'm', kind: 'measures', source: 'i', target: 'cta' },
    ]),
    // The two actions sit 110 px apart, as the canvas laid them out for four-line boxes.
    views: { cta: { positions: { cta: { x: 400, y: 0 }, a1: { x: 0, y: 0 }, a2: { x: 0, y: 110 }, i: { x: 800, y: 0 } } } },
  };
}

const rects = (svg: string) =>
  [...svg.matchAll(/<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)" rx="6"/g)].map(
    (m) => m.slice(1).map(Number) as [number, number, number, number],
  );

describe('board-paper pictures', () => {
  it('draws a top-to-bottom view with links from a box’s bottom edge to the next level’s top, boxes parted sideways', () => {
    const base = plan();
    // The actions side by side above the call to action, 110 px apart: too close for their whole text.
    const down: Plan = {
      ...base,
      views: { cta: { direction: 'down', positions: { cta: { x: 0, y: 400 }, a1: { x: 0, y: 0 }, a2: { x: 110, y: 0 }, i: { x: 0, y: 800 } } } },
    };
    const { svg } = viewToSvg(down, 'cta', { date: '2026-11-28', embedPlan: false });
    const boxes = rects(svg);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [ax, ay, aw, ah] = boxes[i]!;
        const [bx, by, bw, bh] = boxes[j]!;
        expect(ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah, `boxes ${i} and ${j} overlap`).toBe(false);
      }
    }
    // The two actions stay on one row (their level), moved apart across it.
    const top = Math.min(...boxes.map(([, y]) => y));
    const [first, second] = boxes.filter(([, y]) => y === top).sort((a, b) => a[0] - b[0]);
    expect(second).toBeDefined();
    expect(second![0]).toBeGreaterThanOrEqual(first![0] + first![2]);
    // Each contributes-to link leaves the middle of an action's bottom edge and ends on the call to action's top edge.
    const ends = [...svg.matchAll(/<path d="M([\d.]+),([\d.]+) C[^"]* ([\d.]+),([\d.]+)"[^>]*stroke-width="2"/g)].map((m) => m.slice(1).map(Number));
    expect(ends).toHaveLength(2);
    const cta = boxes.find(([, y]) => y > top && y < top + 800)!;
    for (const [x1, y1, x2, y2] of ends) {
      expect(boxes.some(([x, y, w, h]) => x1 === x + w / 2 && y1 === y + h)).toBe(true);
      expect([x2, y2]).toEqual([cta[0] + cta[2] / 2, cta[1]]);
    }
  });

  it('wraps text into lines of the given length without dropping a character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 8, max: 40 }), (text, perLine) => {
        const lines = wrapText(text, perLine);
        expect(lines.every((line) => line.length <= perLine)).toBe(true);
        expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });

  it('shows every box’s whole title, never “…”, and moves grown boxes apart', () => {
    const { svg } = viewToSvg(plan(), 'cta', { date: '2026-11-28' });
    expect(svg).not.toContain('…');
    const text = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
    for (const word of LONG.split(' ')) expect(text).toContain(word);
    const boxes = rects(svg);
    expect(boxes).toHaveLength(4);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
        expect(overlap).toBe(false);
      }
    }
  });

  it('has a header with the plan’s title, the view’s title and the date, and a legend of what the view uses', () => {
    const { svg } = viewToSvg(plan(), 'cta', { date: '2026-11-28' });
    expect(svg).toContain('>A Tower Hamlets for All</text>');
    expect(svg).toContain('>3. Everyone should feel safe</text>');
    expect(svg).toContain('exported 2026-11-28');
    const legend = svg.slice(svg.indexOf('class="legend"'));
    for (const label of ['Call to action', 'Action', 'Indicator', 'contributes to (cause → effect)', 'measures, investigates']) expect(legend).toContain(label);
    expect(legend).not.toContain('Research question');
    expect(legend).not.toContain('is evidence for');
    const bare = viewToSvg(plan(), 'cta', { header: false, legend: false });
    expect(bare.svg).not.toContain('exported');
    expect(bare.svg).not.toContain('class="legend"');
  });
});

describe('board-paper file names', () => {
  it('names the plan, the view and the date, in safe characters', () => {
    expect(boardFileName('A Tower Hamlets for All — Partnership Plan 2023-2028', '3. Everyone in Tower Hamlets should feel safe', '2026-11-28', '.png')).toBe(
      'a-tower-hamlets-for-all-partnership-plan-2023-2028_3-everyone-in-tower-hamlets-should-feel-safe_2026-11-28.png',
    );
    expect(boardFileName('Café “Santé”', 'Whole plan', '2026-01-02', '.svg')).toBe('cafe-sante_whole-plan_2026-01-02.svg');
  });

  it('shortens long titles between words, never inside one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,15}$/), { minLength: 1, maxLength: 40 }),
        fc.array(fc.stringMatching(/^[a-z]{1,15}$/), { maxLength: 40 }),
        (planWords, viewWords) => {
          const name = boardFileName(planWords.join(' '), viewWords.join(' '), '2026-11-28', '.png');
          expect(name).toMatch(/^[a-z0-9_-]+\.png$/);
          const [planPart, ...rest] = name.slice(0, -4).split('_');
          const planKept = planPart!.split('-');
          expect(planKept).toEqual(planWords.slice(0, planKept.length));
          if (viewWords.length > 0) {
            const viewKept = rest[0]!.split('-');
            expect(viewKept).toEqual(viewWords.slice(0, viewKept.length));
          }
          expect(rest.at(-1)).toBe('2026-11-28');
        },
      ),
    );
  });
});

describe('printing a view', () => {
  const MM_PER_PX = 25.4 / 96;

  it('puts a small view on one A4 page in the orientation that fits it', () => {
    expect(planPrintPages(1000, 600)).toEqual([expect.objectContaining({ paper: 'A4', orientation: 'landscape', rows: 1, columns: 1 })]);
    expect(planPrintPages(600, 1000)).toEqual([expect.objectContaining({ paper: 'A4', orientation: 'portrait', rows: 1, columns: 1 })]);
  });

  it('uses A3 when A4 would print the text too small', () => {
    const [width] = printableArea('A4', 'landscape');
    const tooWide = Math.ceil(width / MM_PER_PX / MIN_PRINT_SCALE) + 200;
    expect(planPrintPages(tooWide, 700)).toEqual([expect.objectContaining({ paper: 'A3', rows: 1, columns: 1 })]);
  });

  it('tiles a large view across A4 pages that cover it all, each readable', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2600, max: 9000 }), fc.integer({ min: 300, max: 9000 }), (width, height) => {
        const tiles = planPrintPages(width, height);
        expect(tiles.length).toBeGreaterThan(1);
        // Together the tiles cover every pixel of the picture, and neighbours overlap a little.
        for (const [x, y] of [
          [0, 0],
          [width - 1, height - 1],
          [width / 2, height / 2],
          [width - 1, 0],
          [0, height - 1],
        ] as const) {
          expect(tiles.some(({ viewBox: [tx, ty, tw, th] }) => x >= tx && x < tx + tw + 1 && y >= ty && y < ty + th + 1)).toBe(true);
        }
        const last = tiles.at(-1)!.viewBox;
        expect(last[0] + last[2]).toBeGreaterThanOrEqual(width - 1);
        expect(last[1] + last[3]).toBeGreaterThanOrEqual(height - 1);
        const first = tiles[0]!.viewBox;
        if (tiles[0]!.columns > 1) expect(tiles[1]!.viewBox[0]).toBe(first[0] + first[2] - TILE_OVERLAP);
        for (const tile of tiles) {
          expect(tile.paper).toBe('A4');
          const [w, h] = printableArea('A4', tile.orientation);
          expect(tile.viewBox[2] * MM_PER_PX * MIN_PRINT_SCALE).toBeLessThanOrEqual(w + 0.5);
          expect(tile.viewBox[3] * MM_PER_PX * MIN_PRINT_SCALE).toBeLessThanOrEqual(h + 0.5);
        }
        expect(new Set(tiles.map((t) => t.orientation)).size).toBe(1);
      }),
    );
  });

  it('crops the picture to a tile', () => {
    const { svg } = viewToSvg(plan(), 'cta');
    const cropped = cropSvg(svg, [100, 50, 300, 200]);
    expect(cropped).toContain('width="300" height="200" viewBox="100 50 300 200"');
  });
});

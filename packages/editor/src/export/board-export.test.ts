import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import ElkBundled from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { describe, expect, it } from 'vitest';
import { exportJson, importForeign, importModel } from '@changemap/schemas';
import { Table, WHOLE_PLAN_VIEW, type Plan } from '@changemap/core';
import { SHOW_NONE } from '../picture/annotations.js';
import type { PictureSettings } from '../picture/drawn-view.js';
import { boardFileName } from './board-file-name.js';
import { layOutBoard } from './board-layout.js';
import { cropSvg, MIN_PRINT_SCALE, planPrintPages, printableArea, TILE_OVERLAP } from './print-pages.js';
import { planTextFromSvg, viewToSvg, wrapText, type ViewPictureOptions } from './view-svg.js';

const LONG =
  'We will work with landlords, housing associations and residents to improve the quality, safety and energy efficiency of homes in every ward of the borough, starting where overcrowding and damp are worst';
const INDICATOR = 'Percentage of households on the common housing register that lack two or more bedrooms';

/** A call to action with a priority, an outcome, `actions` actions and an annotation of each kind. */
function plan(actions = 2, direction?: 'down'): Plan {
  return {
    id: 'p',
    title: 'A Tower Hamlets for All',
    period: '2023-2028',
    nodes: Table.fromValues([
      { id: 'cta', kind: 'callToAction', title: 'Everyone should feel safe', number: 3 },
      { id: 'pr', kind: 'priority', title: 'Address housing needs', number: '3.3' },
      { id: 'o', kind: 'outcome', title: 'More residents live in good homes', horizon: 'long' },
      ...Array.from({ length: actions }, (_, i) => ({ id: `a${i}`, kind: 'action' as const, title: i === 0 ? LONG : `${LONG} (${i})` })),
      { id: 'i', kind: 'indicator', title: INDICATOR },
      { id: 'pa', kind: 'partner', title: 'Housing Partnership' },
      { id: 'pl', kind: 'principle', title: 'Community first and coproduction' },
      { id: 'q', kind: 'researchQuestion', title: 'Does it work?' },
    ]),
    edges: Table.fromValues([
      { id: 'c0', kind: 'contributesTo', source: 'o', target: 'pr', confidence: 50 },
      { id: 'c1', kind: 'contributesTo', source: 'pr', target: 'cta' },
      ...Array.from({ length: actions }, (_, i) => ({ id: `ca${i}`, kind: 'contributesTo' as const, source: `a${i}`, target: 'o', confidence: 20 })),
      { id: 'm', kind: 'measures', source: 'i', target: 'o' },
      { id: 'd', kind: 'deliveredBy', source: 'a0', target: 'pa' },
      { id: 'g', kind: 'guides', source: 'pl', target: 'cta' },
      { id: 'r', kind: 'investigates', source: 'q', target: 'o' },
    ]),
    views: { cta: { ...(direction && { direction }), positions: {} } },
  };
}

const elk = new ElkBundled();
const run = (graph: ElkNode) => elk.layout(graph);

async function picture(p: Plan, viewId: string, settings?: PictureSettings, options: ViewPictureOptions = {}) {
  const board = await layOutBoard(p, viewId, run, settings);
  return { board, ...viewToSvg(p, viewId, board, { date: '2026-11-28', ...options }) };
}

type Rect = [x: number, y: number, width: number, height: number];
const overlaps = ([ax, ay, aw, ah]: Rect, [bx, by, bw, bh]: Rect) => ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
/** Each drawn box: its id and rectangle. */
const boxesOf = (svg: string) =>
  [...svg.matchAll(/<g class="box" data-id="([^"]*)"><rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)" rx="6"/g)].map((m) => ({
    id: m[1]!,
    rect: m.slice(2, 6).map(Number) as Rect,
  }));
/** The text of a group's title lines (tspans joined by spaces). */
const joined = (fragment: string) => [...fragment.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
/** Each band's label: its lines and an estimated rectangle (14 px bold, 17 px lines). */
const bandLabels = (svg: string) =>
  [...svg.matchAll(/<text class="band-label" x="([\d.-]+)" y="([\d.-]+)"[^>]*>(.*?)<\/text>/g)].map((m) => {
    const lines = [...m[3]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!);
    const [x, y] = [Number(m[1]), Number(m[2])];
    return { text: lines.join(' '), rect: [x, y - 14, Math.max(...lines.map((l) => l.length)) * 8.6, lines.length * 17] as Rect };
  });
const routes = (svg: string) =>
  [...svg.matchAll(/<path class="link" d="M([^"]*)"/g)].map((m) => m[1]!.split(' L').map((p) => p.split(',').map(Number) as [number, number]));

describe('board-paper pictures', () => {
  it('draws annotations as chips and badges on their boxes, not as boxes of their own', async () => {
    const { svg } = await picture(plan(), 'cta');
    const ids = boxesOf(svg).map((b) => b.id);
    expect(ids.sort()).toEqual(['a0', 'a1', 'cta', 'o', 'pr']);
    // A box's part of the picture: up to the next box or the legend.
    const box = (id: string) => {
      const from = svg.indexOf(`data-id="${id}"`);
      const next = svg.slice(from + 1).search(/<g class="(box|legend)"/);
      return svg.slice(from, from + 1 + next);
    };
    // The indicator's whole name, wrapped, on the outcome it measures; the question as a "? 1" badge there.
    expect(joined(box('o').slice(box('o').indexOf('chip-indicator')))).toContain(INDICATOR.split(' ').slice(0, 3).join(' '));
    const indicator = box('o').slice(box('o').indexOf('chip-indicator'));
    expect(joined(indicator.slice(0, indicator.indexOf('</g>'))).replace(/^▲ /, '')).toBe(INDICATOR);
    expect(box('o')).toMatch(/chip-badge"><title>1 research question: Does it work\?<\/title>/);
    expect(box('a0')).toContain('Housing Partnership');
    expect(box('cta')).toContain('chip-principles');
    expect(box('cta')).toContain('Community first and coproduction');
    // Chips sit inside their box.
    for (const { id, rect } of boxesOf(svg)) {
      for (const m of box(id).matchAll(/<g class="chip[^"]*"><title>[^<]*<\/title><rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
        const [x, y, w, h] = m.slice(1, 5).map(Number) as Rect;
        expect(x >= rect[0] && y >= rect[1] && x + w <= rect[0] + rect[2] && y + h <= rect[1] + rect[3], `a chip of ${id} leaves its box`).toBe(true);
      }
    }
  });

  it('draws the level bands with their labels, and no box overlaps a band label or another box', async () => {
    for (const direction of [undefined, 'down'] as const) {
      const { svg } = await picture(plan(3, direction), 'cta');
      const labels = bandLabels(svg);
      expect(labels.map((l) => l.text)).toEqual(['Actions', 'Long-term outcomes', 'Priorities', 'Calls to action']);
      const boxes = boxesOf(svg);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) expect(overlaps(a.rect, b.rect), `${a.id} and ${b.id} overlap`).toBe(false);
        for (const label of labels) expect(overlaps(a.rect, label.rect), `${a.id} covers the label ${label.text}`).toBe(false);
      }
      // No link runs through a label: each stretch of a route, as a thin rectangle.
      for (const route of routes(svg))
        for (let i = 0; i + 1 < route.length; i++) {
          const [[x1, y1], [x2, y2]] = [route[i]!, route[i + 1]!];
          const stretch: Rect = [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1) || 0.5, Math.abs(y2 - y1) || 0.5];
          for (const label of labels) expect(overlaps(stretch, label.rect), `a link runs through the label ${label.text}`).toBe(false);
        }
    }
  });

  it('keeps every link clear of the band labels on imported charts, whose links skip levels', async () => {
    for (const file of ['tocmaker-60.json', 'tocmaker-two-sections.json', 'kumu-with-levels.csv']) {
      const result = await importForeign(readFileSync(resolve(import.meta.dirname, '../../e2e/data/imported', file)), { fileName: file });
      if (!result.ok) throw new Error(`${file} does not import`);
      const { svg } = await picture(result.model, WHOLE_PLAN_VIEW, { show: SHOW_NONE, folds: new Map(), levelRoom: 700 });
      const labels = bandLabels(svg);
      for (const route of routes(svg))
        for (let i = 0; i + 1 < route.length; i++) {
          const [[x1, y1], [x2, y2]] = [route[i]!, route[i + 1]!];
          const stretch: Rect = [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1) || 0.5, Math.abs(y2 - y1) || 0.5];
          for (const label of labels) expect(overlaps(stretch, label.rect), `${file}: a link runs through the label ${label.text}`).toBe(false);
        }
    }
  });

  it('draws links as routed orthogonal paths with arrowheads, dashed or dotted by confidence as on the canvas', async () => {
    const { svg } = await picture(plan(), 'cta');
    const all = routes(svg);
    expect(all).toHaveLength(4);
    for (const route of all) {
      expect(route.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < route.length; i++) {
        const [[x1, y1], [x2, y2]] = [route[i - 1]!, route[i]!];
        expect(x1 === x2 || y1 === y2, `segment ${x1},${y1} → ${x2},${y2} is neither horizontal nor vertical`).toBe(true);
      }
    }
    const styles = [...svg.matchAll(/<path class="link"[^>]*?(?: stroke-dasharray="([^"]*)")? marker-end="url\(#arrow\)"><title>([^<]*)</g)].map((m) => [
      m[2],
      m[1],
    ]);
    expect(styles).toContainEqual(['contributesTo, weak confidence', '2 4']);
    expect(styles).toContainEqual(['contributesTo, moderate confidence', '8 5']);
    expect(styles).toContainEqual(['contributesTo', undefined]);
  });

  it('runs the levels the view’s way: left to right, or top to bottom', async () => {
    for (const direction of [undefined, 'down'] as const) {
      const { svg } = await picture(plan(2, direction), 'cta');
      const at = Object.fromEntries(boxesOf(svg).map((b) => [b.id, b.rect]));
      const axis = direction === 'down' ? 1 : 0;
      expect(at.a0![axis]).toBeLessThan(at.o![axis]);
      expect(at.o![axis]).toBeLessThan(at.pr![axis]);
      expect(at.pr![axis]).toBeLessThan(at.cta![axis]);
      for (const route of routes(svg)) expect(route.at(-1)![axis]).toBeGreaterThan(route[0]![axis]);
    }
  });

  it('folds a priority’s actions into a group box by default when the view has many, as the canvas does; unfolded they are drawn', async () => {
    const folded = await picture(plan(8), 'cta');
    const ids = boxesOf(folded.svg).map((b) => b.id);
    expect(ids).toContain('group:pr');
    expect(ids.filter((id) => id.startsWith('a'))).toEqual([]);
    expect(folded.svg).toContain('>8 partner actions</tspan>');
    // The folded actions' partner goes on the group box.
    expect(folded.svg.slice(folded.svg.indexOf('data-id="group:pr"'))).toMatch(/^[^]*?Housing Partnership/);
    const open = await picture(plan(8), 'cta', { show: SHOW_NONE, folds: new Map([['group:pr', false]]) });
    expect(boxesOf(open.svg).map((b) => b.id)).toEqual(expect.arrayContaining(['a0', 'a7']));
  });

  it('writes “lowers (−)” on a link whose cause lowers its effect, over the boxes, and says so in the legend', async () => {
    const p = plan();
    const negative = { ...p, edges: Table.fromValues(p.edges.toArray().map((e) => (e.id === 'c0' ? { ...e, sign: 'negative' as const } : e))) };
    const { svg } = await picture(negative, 'cta');
    expect(svg.match(/<g class="link-label">/g)).toHaveLength(1);
    expect(svg.lastIndexOf('class="link-label"')).toBeGreaterThan(svg.lastIndexOf('<g class="box"'));
    expect(svg).toContain('“lowers (−)”: the cause lowers its effect');
    const { svg: plain } = await picture(p, 'cta');
    expect(plain).not.toContain('lowers (−)');
  });

  it('calls folded actions partner actions only when partners deliver them', async () => {
    const many = plan(14);
    const noPartners = { ...many, edges: Table.fromValues(many.edges.toArray().filter((e) => e.kind !== 'deliveredBy')) };
    const { svg } = await picture(noPartners, 'cta');
    expect(svg).toMatch(/>\d+ actions<\/tspan>/);
    expect(svg).not.toContain('partner actions');
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

  it('shows every box’s whole title, never “…”', async () => {
    const { svg } = await picture(plan(), 'cta', undefined, { embedPlan: false });
    expect(svg).not.toContain('…');
    for (const { id } of boxesOf(svg)) {
      const fragment = svg.slice(svg.indexOf(`data-id="${id}"`));
      const title = fragment.match(/font-size="12" fill="[^"]*">((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/)![1]!;
      expect(joined(title)).toBe(plan().nodes.get(id)!.title);
    }
  });

  it('has a header with the plan’s title, the view’s title and the date, and a legend of what is drawn', async () => {
    const { svg } = await picture(plan(), 'cta');
    expect(svg).toContain('>A Tower Hamlets for All</text>');
    expect(svg).toContain('>3. Everyone should feel safe</text>');
    expect(svg).toContain('exported 2026-11-28');
    const legend = svg.slice(svg.indexOf('class="legend"'));
    for (const label of [
      'Call to action',
      'Priority',
      'Outcome',
      'Action',
      'an indicator that measures the box',
      'a partner that delivers it',
      'the principles',
    ])
      expect(legend).toContain(label);
    for (const label of ['strong confidence', 'moderate confidence', 'weak confidence', 'Shaded bands', 'research questions']) expect(legend).toContain(label);
    // Chips are not kinds of box here; links only drawn when annotations are boxes are left out.
    expect(legend).not.toContain('Research question');
    expect(legend).not.toContain('is evidence for');
    const bare = await picture(plan(), 'cta', undefined, { header: false, legend: false });
    expect(bare.svg).not.toContain('exported');
    expect(bare.svg).not.toContain('class="legend"');
  });

  it('carries the plan, so the picture opens again as the plan', async () => {
    const p = plan();
    const { svg } = await picture(p, 'cta');
    const reopened = importModel(planTextFromSvg(svg)!);
    expect(reopened.ok).toBe(true);
    if (reopened.ok) expect(exportJson(reopened.model)).toBe(exportJson(p));
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

  it('crops the picture to a tile', async () => {
    const { svg } = await picture(plan(), 'cta');
    const cropped = cropSvg(svg, [100, 50, 300, 200]);
    expect(cropped).toContain('width="300" height="200" viewBox="100 50 300 200"');
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importModel } from '@changemap/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBoardModule } from '../src/board/board-bundle.js';

const root = resolve(import.meta.dirname, '../../..');
const entry = resolve(import.meta.dirname, '../src/run.ts');
const FLAGSHIP = join(root, 'examples/tower-hamlets-partnership-plan-2023-2028/plan.changemap.json');

/** Runs the CLI as a real process, as `pnpm changemap` does. */
function changemap(...args: string[]) {
  const run = spawnSync(process.execPath, ['--conditions=@changemap/source', '--import', 'tsx', entry, ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** The text of an SVG's <text> elements, tspans joined by spaces, as a reader sees it. */
function textOf(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)]
    .map((m) => m[1]!.replace(/<tspan[^>]*>/g, ' ').replace(/<\/tspan>/g, ''))
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

const flagship = () => {
  const result = importModel(readFileSync(FLAGSHIP));
  if (!result.ok) throw new Error('the flagship should open');
  return result.model;
};

describe('changemap export --to svg | png (board-paper pictures)', () => {
  beforeAll(() => {
    // A fresh clone has not built the board module yet (`pnpm test` runs the unit tests before the builds).
    if (findBoardModule() === undefined) {
      const built = spawnSync('pnpm', ['--filter', '@changemap/editor', 'build:board'], { cwd: root, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`Could not build the board pictures:\n${built.stdout}${built.stderr}`);
    }
  }, 240_000);

  it('writes one SVG per call to action, named by plan, call to action and date, with title, date, legend and every box’s whole text', () => {
    const folder = mkdtempSync(join(tmpdir(), 'changemap-board-'));
    const run = changemap('export', FLAGSHIP, '--to', 'svg', '-o', folder, '--as-at', '2026-11-28');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const plan = flagship();
    const calls = plan.nodes.toArray().filter((n) => n.kind === 'callToAction');
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(calls.length);
    expect(run.out.trim().split('\n').sort()).toEqual(files.map((f) => join(folder, f)));
    for (const file of files) expect(file).toMatch(/^a-tower-hamlets-for-all-partnership-plan-2023-2028_\d-[a-z0-9-]+_2026-11-28\.svg$/);

    const third = files.find((f) => f.includes('_3-'))!;
    const svg = readFileSync(join(folder, third), 'utf8');
    const text = textOf(svg);
    expect(text).toContain('A Tower Hamlets for All');
    expect(text).toContain('exported 2026-11-28');
    expect(text).toContain('Legend');
    expect(text).not.toContain('…');
    // The picture the canvas draws: plan boxes and folded action groups, every plan box's title in full (wrapped at spaces).
    const cta = calls.find((n) => n.kind === 'callToAction' && n.number === 3)!;
    const drawn = [...svg.matchAll(/<g class="box" data-id="([^"]+)"><rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)" rx="6"/g)];
    const ids = drawn.map((m) => m[1]!);
    expect(ids).toContain(cta.id);
    expect(ids.filter((id) => id.startsWith('group:')).length).toBeGreaterThan(0);
    const nodes = ids.filter((id) => !id.startsWith('group:')).map((id) => plan.nodes.get(id)!);
    expect(nodes.length).toBeGreaterThan(10);
    for (const node of nodes) expect(text).toContain(node.title.replace(/\s+/g, ' '));
    // Indicators, partners, principles and questions are chips and badges, never boxes; the bands are labelled.
    expect(nodes.filter((n) => ['indicator', 'partner', 'principle', 'researchQuestion', 'assumption', 'evidence'].includes(n.kind))).toEqual([]);
    expect(svg).toContain('class="chip chip-indicator"');
    expect(svg).toContain('class="chip chip-partner"');
    expect(svg).toContain('class="chip chip-principles"');
    expect(svg).toMatch(/class="band-label"[^>]*><tspan[^>]*>Actions<\/tspan>/);
    // Links follow ELK's orthogonal routes: horizontal and vertical segments only.
    const routes = [...svg.matchAll(/<path class="link" d="M([^"]*)"/g)].map((m) => m[1]!.split(' L').map((p) => p.split(',').map(Number)));
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes)
      for (let i = 1; i < route.length; i++) expect(route[i]![0] === route[i - 1]![0] || route[i]![1] === route[i - 1]![1]).toBe(true);
    // No two boxes overlap: the layout left room for each box's whole text and chips.
    const boxes = drawn.map((m) => m.slice(2, 6).map(Number) as [number, number, number, number]);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [ax, ay, aw, ah] = boxes[i]!;
        const [bx, by, bw, bh] = boxes[j]!;
        expect(ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah, `boxes ${i} and ${j} overlap`).toBe(false);
      }
    }
    // The plan rides along, so the picture opens again as the plan.
    expect(svg).toContain('<changemap:plan');
  });

  it('writes one call to action with --view as a PNG at twice the picture’s size', () => {
    const folder = mkdtempSync(join(tmpdir(), 'changemap-board-'));
    const out = join(folder, 'cta-3.png');
    const run = changemap('export', FLAGSHIP, '--to', 'png', '--view', 'cta-3', '-o', out, '--as-at', '2026-11-28');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out.trim()).toBe(out);
    const png = readFileSync(out);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const svgRun = changemap('export', FLAGSHIP, '--to', 'svg', '--view', 'cta-3', '-o', join(folder, 'cta-3.svg'), '--as-at', '2026-11-28');
    expect(svgRun.code).toBe(0);
    const svg = readFileSync(join(folder, 'cta-3.svg'), 'utf8');
    const [, svgWidth, svgHeight] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    expect([width, height]).toEqual([svgWidth! * 2, svgHeight! * 2]);
  });

  it('draws a view saved to run top to bottom, its links from a box’s bottom edge down to the next level', () => {
    const folder = mkdtempSync(join(tmpdir(), 'changemap-board-'));
    const file = JSON.parse(readFileSync(FLAGSHIP, 'utf8')) as { views?: Record<string, unknown> };
    file.views = { ...file.views, 'cta-2': { positions: {}, direction: 'down' } };
    writeFileSync(join(folder, 'plan.changemap.json'), JSON.stringify(file));
    const run = changemap('export', join(folder, 'plan.changemap.json'), '--to', 'svg', '--view', 'cta-2', '-o', join(folder, 'down.svg'));
    expect(run.code).toBe(0);
    const svg = readFileSync(join(folder, 'down.svg'), 'utf8');
    const boxes = (svg.match(/<rect x="[\d.-]+" y="[\d.-]+" width="[\d.]+" height="[\d.]+" rx="6"/g) ?? []).map((r) =>
      r
        .match(/[\d.-]+/g)!
        .slice(0, 4)
        .map(Number),
    );
    // Each causal link (2 px) starts on some box's bottom edge and ends lower down, on another's top edge.
    const routes = [...svg.matchAll(/<path class="link" d="M([^"]*)"[^>]*stroke-width="2"/g)].map((m) =>
      m[1]!.split(' L').map((p) => p.split(',').map(Number)),
    );
    expect(routes.length).toBeGreaterThan(3);
    const near = (a: number, b: number) => Math.abs(a - b) <= 1;
    for (const route of routes) {
      const [x, y] = route[0]!;
      const [ex, ey] = route.at(-1)!;
      expect(ey).toBeGreaterThan(y!);
      expect(boxes.some(([bx, by, bw, bh]) => near(y!, by! + bh!) && x! >= bx! && x! <= bx! + bw!)).toBe(true);
      expect(boxes.some(([bx, by, bw]) => near(ey!, by!) && ex! >= bx! && ex! <= bx! + bw!)).toBe(true);
    }
  });

  it('refuses -o naming one picture file when the plan has several calls to action, and writes nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'changemap-board-one-'));
    const run = changemap('export', FLAGSHIP, '--to', 'png', '-o', join(folder, 'plan.png'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('names one file, but this plan has 5 calls to action');
    expect(run.err).toContain('cta-1, cta-2, cta-3, cta-4, cta-5, plan');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('says which views there are when --view names none, and refuses a date it cannot read', () => {
    const wrong = changemap('export', FLAGSHIP, '--to', 'svg', '--view', 'p3.1');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('“p3.1” is not a call to action of this plan. Use one of: cta-1, cta-2, cta-3, cta-4, cta-5, plan.');
    const date = changemap('export', FLAGSHIP, '--to', 'svg', '--view', 'cta-1', '--as-at', '28/11/2026');
    expect(date.code).toBe(2);
    expect(date.err).toContain('--as-at takes a date written YYYY-MM-DD, not “28/11/2026”.');
  });
});

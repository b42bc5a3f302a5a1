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
    // Every box of the call to action's view, its title in full (wrapped at spaces).
    const cta = calls.find((n) => n.kind === 'callToAction' && n.number === 3)!;
    const rects = svg.match(/<rect x="[\d.-]+" y="[\d.-]+" width="[\d.]+" height="[\d.]+" rx="6"/g) ?? [];
    expect(rects.length).toBeGreaterThan(30);
    const drawn = plan.nodes.toArray().filter((n) => n.title.length > 40 && text.includes(n.title.split(/\s+/).slice(0, 8).join(' ')));
    expect(drawn.length).toBeGreaterThan(20);
    expect(Math.max(...drawn.map((n) => n.title.length))).toBeGreaterThan(150);
    for (const node of drawn) expect(text).toContain(node.title.replace(/\s+/g, ' '));
    expect(text).toContain(cta.title.split(' ').slice(0, 4).join(' '));
    // No two boxes overlap: the layout left room for each box's whole text.
    const boxes = rects.map(
      (r) =>
        r
          .match(/[\d.-]+/g)!
          .slice(0, 4)
          .map(Number) as [number, number, number, number],
    );
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

  it('draws a view saved to run top to bottom with its links from the bottom of each box', () => {
    const folder = mkdtempSync(join(tmpdir(), 'changemap-board-'));
    const file = JSON.parse(readFileSync(FLAGSHIP, 'utf8')) as { views?: Record<string, unknown> };
    file.views = { ...file.views, 'cta-2': { positions: {}, direction: 'down' } };
    writeFileSync(join(folder, 'plan.changemap.json'), JSON.stringify(file));
    const run = changemap('export', join(folder, 'plan.changemap.json'), '--to', 'svg', '--view', 'cta-2', '-o', join(folder, 'down.svg'));
    expect(run.code).toBe(0);
    const svg = readFileSync(join(folder, 'down.svg'), 'utf8');
    // A contributes-to link (2 px) starts on some box's bottom edge, at its middle.
    const boxes = (svg.match(/<rect x="[\d.-]+" y="[\d.-]+" width="[\d.]+" height="[\d.]+" rx="6"/g) ?? []).map((r) =>
      r
        .match(/[\d.-]+/g)!
        .slice(0, 4)
        .map(Number),
    );
    const starts = [...svg.matchAll(/<path d="M([\d.]+),([\d.]+) C[^"]*"[^>]*stroke-width="2"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(starts.length).toBeGreaterThan(3);
    for (const [x, y] of starts) expect(boxes.some(([bx, by, bw, bh]) => x === bx! + bw! / 2 && y === by! + bh!)).toBe(true);
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

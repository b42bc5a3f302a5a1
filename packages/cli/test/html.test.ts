import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { Table } from '@changemap/core';
import { exportJson, importModel } from '@changemap/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { validPlanArb } from '../../schemas/test/arbitraries.js';
import { buildHtmlPage, inlineCss, inlineJs, jsonForScript, readEmbeddedPlanJson } from '../src/html/html-page.js';
import { findViewerPage } from '../src/html/viewer-bundle.js';

const root = resolve(import.meta.dirname, '../../..');
const entry = resolve(import.meta.dirname, '../src/run.ts');
const fixtures = resolve(import.meta.dirname, '../../schemas/test/fixtures');

/** Text that tries to end or change the blocks it is written into. */
const hostile = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    '</script><script>alert(1)</script>',
    '</SCRIPT >',
    '<!--',
    '<!-- <script>',
    '-->',
    '"quoted" & \'single\'',
    '\u2028\u2029',
    'مرحبا 👩🏽‍🔬',
    '</style>',
    '\\u003c',
  ),
);
const stringsOf = (parts: string[]) => parts.join(' ');
const hostileText = fc.array(hostile, { minLength: 1, maxLength: 3 }).map(stringsOf);

/** A bundle whose code and styles hold what would end their elements early. */
const BUNDLE = { js: 'var s = "</script><!-- x";window.__page = s;', css: '.a::after { content: "</style>"; }' };

describe('the HTML page', () => {
  it('writes plan text that would end a script as escapes JSON reads back as the same text', () => {
    const text = JSON.stringify({ title: '</script><!--\u2028\u2029&>' });
    const safe = jsonForScript(text);
    expect(safe).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(safe)).toEqual(JSON.parse(text));
  });

  it('keeps inline code and styles inside their elements', () => {
    expect(inlineJs(BUNDLE.js)).not.toMatch(/<\/script|<!--/i);
    expect(inlineCss(BUNDLE.css)).not.toMatch(/<\/style/i);
  });

  it('property: any plan, whatever its text, is embedded so that it reads back identical', () => {
    const planArb = fc.tuple(validPlanArb, hostileText, hostileText, fc.array(hostileText, { maxLength: 3 })).map(([plan, title, description, titles]) => {
      const nodes = plan.nodes.toArray().map((node, i) => (titles[i] === undefined ? node : { ...node, title: titles[i]!, description }));
      return { ...plan, title, nodes: Table.fromValues(nodes) };
    });
    fc.assert(
      fc.property(planArb, (plan) => {
        const html = buildHtmlPage(plan, BUNDLE);
        // Exactly the two script elements and the one style element end where they should.
        expect(html.match(/<\/script/gi)).toHaveLength(2);
        expect(html.match(/<\/style/gi)).toHaveLength(1);
        expect(html.match(/<!--/g)).toBeNull();
        const json = readEmbeddedPlanJson(html);
        expect(json).toBeDefined();
        const reopened = importModel(json!, { skipValidation: true });
        expect(reopened.ok).toBe(true);
        if (reopened.ok) expect(exportJson(reopened.model)).toBe(exportJson(plan));
        // The title is text in <title>, never markup.
        const shown = html.match(/<title>([^<]*)<\/title>/)?.[1];
        expect(shown).toBeDefined();
      }),
      { numRuns: 150 },
    );
  });
});

describe('changemap export --to html', () => {
  beforeAll(() => {
    // A fresh clone has not built the viewer page yet (`pnpm test` runs the unit tests before the builds).
    if (findViewerPage() === undefined) {
      const built = spawnSync('pnpm', ['--filter', '@changemap/editor', 'build:viewer'], { cwd: root, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`Could not build the viewer page:\n${built.stdout}${built.stderr}`);
    }
  }, 240_000);

  it('writes one page with the viewer’s code and the plan inside, and nothing to fetch', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'changemap-html-')), 'plan.html');
    const file = join(fixtures, 'valid.changemap.json');
    const run = spawnSync(process.execPath, ['--conditions=@changemap/source', '--import', 'tsx', entry, 'export', file, '--to', 'html', '-o', out], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>A small valid plan</title>');
    expect(html).toMatch(/<style>[^<]*\.changemap-viewer/);
    // No file or address is referenced: no src=, no stylesheet link, no module script.
    expect(html).not.toMatch(/<script[^>]* src=|<link[^>]*stylesheet|type="module"/);
    const original = importModel(readFileSync(file));
    const embedded = importModel(readEmbeddedPlanJson(html)!);
    expect(original.ok && embedded.ok && exportJson(embedded.model) === exportJson(original.model)).toBe(true);
  });
});

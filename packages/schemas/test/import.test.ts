import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMigrations, MIGRATIONS } from '../src/import/migrations.js';
import { importModel } from '../src/import/import-model.js';
import { getSavedPosition } from '@changemap/core';
import { exportJson } from '../src/export/json.js';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');

function refused(input: unknown) {
  const result = importModel(input);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors;
}

function loaded(input: unknown) {
  const result = importModel(input);
  if (!result.ok) throw new Error(`expected the import to succeed: ${JSON.stringify(result.errors)}`);
  return result;
}

describe('a valid file', () => {
  it('loads every node, link and position with no issues', () => {
    const result = loaded(fixture('valid.changemap.json'));
    expect([...result.model.nodes.keys()]).toHaveLength(12);
    expect([...result.model.edges.keys()]).toHaveLength(11);
    expect(result.model.views['cta']).toEqual({ positions: { a1: { x: 0, y: 300 }, o1: { x: 0, y: 150 } }, pinned: ['a1'] });
    expect(result.issues).toEqual([]);
  });

  it('keeps a view that runs top to bottom, and refuses a direction it does not know with the place it is in', () => {
    const file = JSON.parse(fixture('valid.changemap.json')) as { views: Record<string, { direction?: string }> };
    file.views['cta']!.direction = 'down';
    const model = loaded(file).model;
    expect(model.views['cta']?.direction).toBe('down');
    expect(JSON.parse(exportJson(model)).views.cta.direction).toBe('down');
    file.views['cta']!.direction = 'up';
    const refused = importModel(file);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.map((e) => e.message).join('\n')).toMatch(/views.*cta.*direction/);
  });

  it('loads from bytes, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(`\ufeff${fixture('valid.changemap.json')}`);
    expect(loaded(bytes).model.title).toBe('A small valid plan');
    expect(loaded(bytes.buffer).model.title).toBe('A small valid plan');
  });

  it('loads from parsed data without sharing the caller’s objects', () => {
    const data = JSON.parse(fixture('valid.changemap.json'));
    const result = loaded(data);
    data.nodes[0].title = 'changed afterwards';
    expect(result.model.nodes.get('vision')?.title).toBe('A borough for all');
  });
});

describe('bad input (each case in DESIGN.md)', () => {
  it('malformed JSON: says so, with line and column', () => {
    const [error] = refused(fixture('invalid-json.changemap.json'));
    expect(error).toMatchObject({ code: 'invalid-json', line: 1 });
    expect(error!.message).toMatch(/^This file is not valid JSON: .*\(line 1, column \d+\)\.$/);
    expect(error!.column).toBeGreaterThan(90);
  });

  it('an empty file', () => {
    expect(refused('')[0]!.message).toBe('This file is not valid JSON: the file is empty (line 1, column 1).');
  });

  it('a foreign JSON file', () => {
    expect(refused(fixture('foreign.json'))).toEqual([
      { code: 'not-changemap', message: 'This is not a Changemap file. Changemap files are JSON with "format": "changemap".' },
    ]);
    expect(refused({ nodes: [] })[0]!.message).toMatch(/has nodes but no "format": "changemap"/);
    expect(refused([1, 2])[0]!.code).toBe('not-changemap');
    expect(refused(null)[0]!.code).toBe('not-changemap');
  });

  it('a newer version: refused, nothing loaded', () => {
    const [error] = refused(fixture('newer-version.changemap.json'));
    expect(error).toMatchObject({ code: 'newer-version', path: '/version' });
    expect(error!.message).toBe(
      'This file was made by a newer Changemap (file format 7); this version reads formats up to 2. Update Changemap to open it. Nothing was loaded.',
    );
  });

  it('a missing or broken version', () => {
    expect(refused({ format: 'changemap', version: '1' })[0]!.code).toBe('unknown-version');
    expect(refused({ format: 'changemap', version: 1.5 })[0]!.code).toBe('unknown-version');
  });

  it('an older version: migrated and announced', () => {
    const result = loaded(fixture('legacy-v0.changemap.json'));
    expect(result.migratedFrom).toBe(0);
    expect(result.issues[0]).toMatchObject({ code: 'migrated', severity: 'info' });
    expect(result.model.title).toBe('A prototype plan');
    expect(result.model.nodes.get('g')).toEqual({ id: 'g', kind: 'aim', title: 'Reduce inequality' });
    expect(result.model.nodes.get('t')).toEqual({ id: 't', kind: 'callToAction', title: 'A healthier borough', description: 'Made in the prototype.' });
    expect(result.model.nodes.get('act')?.provenance).toEqual({ document: 'Partnership Plan 2023-2028' });
    expect(result.model.edges.get('l4')).toEqual({ id: 'l4', kind: 'contributesTo', source: 'act', target: 'ob' });
    expect(result.model.views['t']?.positions['act']).toEqual({ x: 10, y: 20 });
  });

  it('schema problems: each named by place and pointer, in plain words, with line and column', () => {
    const errors = refused(fixture('schema-errors.changemap.json'));
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['/nodes/0', 'Node 1 (“a”) is missing the required field “title”.'],
      [
        '/nodes/1',
        'Node 2 (“Unknown kind”) has an unknown kind; the kinds are: vision, aim, callToAction, priority, outcome, output, action, principle, indicator, researchQuestion, assumption, evidence, partner.',
      ],
      ['/nodes/2', 'Node 3 (“Extra field”) has a field “colour” that this kind of item does not have.'],
    ]);
    expect(errors[0]).toMatchObject({ line: 7, column: 5 });
  });

  it('duplicate ids are re-keyed, dangling links dropped, each reported', () => {
    const result = loaded(fixture('repairs.changemap.json'));
    expect([...result.model.nodes.keys()]).toEqual(['v', 'o', 'o-2']);
    expect(result.model.nodes.get('o-2')?.title).toBe('Second with the same id');
    expect([...result.model.edges.keys()]).toEqual(['c']);
    expect(result.model.views['plan']?.positions).toEqual({ v: { x: 0, y: 0 } });
    const repairs = result.issues.filter((i) => ['duplicate-id', 'dangling-edge', 'unknown-position'].includes(i.code));
    expect(repairs.map((r) => r.message)).toEqual([
      'Two boxes had the id “o”; the outcome “Second with the same id” now has the id “o-2”. Links to “o” still point at the first box.',
      'A “contributesTo” link from “o” to “ghost” was dropped: “ghost” is not in the plan.',
      'A “underlies” link from “o” was dropped: the link it pointed at (“d”) was dropped.',
      '1 saved position of boxes that are not in the plan was dropped.',
    ]);
  });

  it('causal cycles load, and the checker reports them', () => {
    const result = loaded(fixture('cycle.changemap.json'));
    const cycle = result.issues.find((i) => i.code === 'causal-cycle');
    expect(cycle).toMatchObject({ severity: 'error', edgeIds: ['a', 'b'] });
    expect(cycle!.message).toBe('These boxes lead to each other in a circle: the outcome “One”, the outcome “Two”.');
  });

  it('a 50 MB file is refused fast, before parsing', () => {
    const huge = `{"format":"changemap","nodes":[${'"x",'.repeat(13_000_000)}"x"]}`;
    const start = performance.now();
    const [error] = refused(huge);
    expect(performance.now() - start).toBeLessThan(50);
    expect(error).toMatchObject({ code: 'too-large' });
    expect(error!.message).toBe(
      'This file is 49.6 MB, larger than the 20.0 MB Changemap opens. A plan is normally well under 1 MB: check that this is the right file.',
    );
    expect(refused(new Uint8Array(21 * 1024 * 1024))[0]!.code).toBe('too-large');
  });

  it('bytes that are not UTF-8 text', () => {
    expect(refused(new Uint8Array([0xff, 0xfe, 0x00, 0x80]))[0]).toMatchObject({ code: 'not-text' });
  });

  it('__proto__ and constructor keys do not pollute and are refused', () => {
    const errors = refused(fixture('proto-pollution.changemap.json'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        'The file has a field “__proto__” that this kind of item does not have.',
        'The file has a field “constructor” that this kind of item does not have.',
        'Node 1 (“V”) has a field “__proto__” that this kind of item does not have.',
      ]),
    );
  });

  it('ids that are ordinary words to JavaScript load, check and save like any other', () => {
    const text = fixture('programme.changemap.json');
    const result = loaded(text);
    const plan = result.model;
    expect([...plan.nodes.keys()]).toEqual(['prototype', 'constructor', '__proto__', 'toString', '_funding', 'valueOf', 'hasOwnProperty', 'isPrototypeOf']);
    expect(plan.nodes.get('__proto__')).toEqual({ id: '__proto__', kind: 'outcome', title: 'Families cook healthy meals at home', horizon: 'short' });
    expect(plan.edges.get('propertyIsEnumerable')).toMatchObject({ source: '_funding', target: 'constructor', confidence: 90 });
    expect(getSavedPosition(plan, 'constructor', '__proto__')).toEqual({ x: 600, y: 0 });
    expect(getSavedPosition(plan, '__proto__', 'toString')).toEqual({ x: 900, y: 0 });
    expect(getSavedPosition(plan, 'constructor', 'toString')).toBeUndefined();
    expect(plan.views['constructor']?.pinned).toEqual(['__proto__']);
    expect(result.issues.filter((i) => i.severity === 'error' || ['duplicate-id', 'dangling-edge', 'unknown-position'].includes(i.code))).toEqual([]);
    expect(exportJson(plan)).toBe(exportJson(loaded(exportJson(plan)).model));
    expect(JSON.parse(exportJson(plan)).views).toEqual(JSON.parse(text).views);
  });

  it('levels, outputs, link confidence and checker settings load as written', () => {
    const plan = loaded(fixture('programme.changemap.json')).model;
    expect(plan.levels?.map((l) => l.id)).toEqual(['inputs', 'action', 'output', 'outcome-short', 'impact']);
    expect(plan.checker).toEqual({ profile: 'programme', rules: { 'orphan-node': 'off', 'outcome-without-indicator': 'info' }, lowConfidenceThreshold: 50 });
    expect(plan.nodes.get('constructor')?.kind).toBe('output');
    expect(plan.edges.get('s1')).toMatchObject({ stance: 'mixed' });
    expect(plan.edges.get('c2')).toMatchObject({ confidence: 70, rationale: 'Practice at the class carries over to the home kitchen.' });
  });

  it('a level listed twice keeps its first place, and says so', () => {
    const data = JSON.parse(fixture('programme.changemap.json'));
    data.levels.push({ id: 'impact', title: 'Impact again' });
    const result = loaded(data);
    expect(result.model.levels?.map((l) => l.title)).toEqual(['Inputs', 'Activities', 'Outputs', 'Short-term outcomes', 'Impact']);
    expect(result.issues.find((i) => i.code === 'duplicate-id')?.message).toBe(
      'Two levels had the id “impact”; the second (“Impact again”) was dropped, and boxes on “impact” sit on the first.',
    );
  });

  it('a link may carry only its own kind’s fields', () => {
    const data = JSON.parse(fixture('valid.changemap.json'));
    data.edges[5].confidence = 50; // a "measures" link
    expect(refused(data).map((e) => e.message)).toEqual(['Link 6 (“m1”) has a field “confidence” that this kind of item does not have.']);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '%6Aavascript:alert(1)',
    'https://ok.example/\n',
    'vbscript:x',
  ])('the link %j is removed and reported as an error; the rest of the plan opens', (url) => {
    const data = JSON.parse(fixture('valid.changemap.json'));
    data.nodes[10].url = url; // the evidence
    data.nodes[6].dataSource.url = url; // the indicator
    const result = loaded(data);
    expect(result.model.nodes.size).toBe(12);
    expect(result.model.nodes.get('ev')).not.toHaveProperty('url');
    expect(result.model.nodes.get('i1')).toMatchObject({ dataSource: { name: 'Fingertips' } });
    expect((result.model.nodes.get('i1') as { dataSource: object }).dataSource).not.toHaveProperty('url');
    const unsafe = result.issues.filter((i) => i.code === 'unsafe-url');
    expect(unsafe.map((i) => [i.severity, i.path, i.nodeIds])).toEqual([
      ['error', '/nodes/6/dataSource/url', ['i1']],
      ['error', '/nodes/10/url', ['ev']],
    ]);
    expect(unsafe[1]!.message).toBe(`The link “${url}” in field “url” of the evidence “Pilot evaluation” is not a web or email address, so it was removed.`);
    // Saved again, the file has no unsafe link and no error.
    expect(loaded(exportJson(result.model)).issues.filter((i) => i.code === 'unsafe-url')).toEqual([]);
  });

  it('the unsafe-link fixture opens with one error', () => {
    const result = loaded(fixture('unsafe-url.changemap.json'));
    expect(result.model.nodes.get('e')).toEqual({ id: 'e', kind: 'evidence', title: 'Click me' });
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path])).toEqual([['unsafe-url', '/nodes/0/url']]);
  });

  it('HTML in labels is kept as text', () => {
    const data = JSON.parse(fixture('valid.changemap.json'));
    data.nodes[0].title = '<img src=x onerror=alert(1)>';
    expect(loaded(data).model.nodes.get('vision')?.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('huge labels and absurd numbers are bounded by the schema', () => {
    const data = JSON.parse(fixture('valid.changemap.json'));
    data.nodes[0].title = 'x'.repeat(1001);
    data.nodes[6].baseline.value = 1e300;
    const errors = refused(data);
    expect(errors.map((e) => e.message)).toEqual([
      'Node 1 (“xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx”), field “title”, is too long: at most 1000 characters.',
      'Node 7 (“Children at a healthy weight”), field “baseline.value”, is out of range: it must be <= 1000000000000000.',
    ]);
  });
});

describe('length limits count characters (code points), as JSON Schema means', () => {
  const withTitle = (title: string) => {
    const data = JSON.parse(fixture('valid.changemap.json'));
    data.nodes[0].title = title;
    return data;
  };

  it('accepts 1,000 emoji (2,000 UTF-16 units) in a 1,000-character title, and refuses 1,001', () => {
    expect(loaded(withTitle('🌍'.repeat(1000))).model.nodes.get('vision')?.title).toHaveLength(2000);
    expect(refused(withTitle('🌍'.repeat(1001))).map((e) => e.message)[0]).toMatch(/is too long: at most 1000 characters/);
  });

  it('counts a lone surrogate as one character, and a pair split by the bound correctly', () => {
    expect(loaded(withTitle(`${'x'.repeat(999)}\ud83c`)).ok).toBe(true);
    expect(loaded(withTitle(`${'x'.repeat(998)}🌍`)).ok).toBe(true);
    expect(refused(withTitle(`${'x'.repeat(999)}\udf0d\ud83c`))[0]!.message).toMatch(/too long/);
  });
});

describe('migrations', () => {
  it('have one step per version, with no gaps', () => {
    expect(() => checkMigrations()).not.toThrow();
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('the checker catches a gap', () => {
    expect(() => checkMigrations([{ ...MIGRATIONS[0]!, from: 1, to: 2 }], 1)).toThrow(/expected 0 to 1/);
    expect(() => checkMigrations([MIGRATIONS[0]!], 2)).toThrow(/reach version 1, not 2/);
    expect(() => checkMigrations([], 1)).toThrow(/reach version 0/);
  });

  it('a migrated file saves in the current format and loads again identically', () => {
    for (const name of ['legacy-v0.changemap.json', 'legacy-v1.changemap.json']) {
      const migrated = loaded(fixture(name)).model;
      const saved = exportJson(migrated);
      expect(JSON.parse(saved)).toMatchObject({ version: 2, $schema: 'https://changemap.org/schema/v2/plan.schema.json' });
      expect(exportJson(loaded(saved).model)).toBe(saved);
    }
  });

  it('format 1 → 2: the same plan, with an evidence strength on a non-evidence link dropped and said', () => {
    const result = loaded(fixture('legacy-v1.changemap.json'));
    expect(result.migratedFrom).toBe(1);
    expect(result.issues.slice(0, 2)).toMatchObject([
      { code: 'migrated', severity: 'info', message: 'This file was made with an older Changemap (file format 1) and has been updated to format 2.' },
      {
        code: 'migration-dropped',
        severity: 'warning',
        path: '/edges/5/strength',
        message: 'A “measures” link (“m1”) had an evidence strength (“weak”), which only evidence links carry now; it was dropped.',
      },
    ]);
    expect(result.model.edges.get('m1')).toEqual({ id: 'm1', kind: 'measures', source: 'i1', target: 'o1' });
    expect(result.model.edges.get('s1')).toEqual({ id: 's1', kind: 'supports', source: 'ev', target: 'as', strength: 'moderate', stance: 'supports' });
    // Everything else means what it meant: the boxes and layout of the current-format fixture.
    const current = loaded(fixture('valid.changemap.json')).model;
    expect([...result.model.nodes.values()]).toEqual([...current.nodes.values()]);
    expect(result.model.views).toEqual(current.views);
  });

  it('format 1 → 2 on links without evidence fields changes nothing but the version', () => {
    const step = MIGRATIONS[1]!;
    const notes: unknown[] = [];
    const document = {
      $schema: 'https://changemap.org/schema/v1/plan.schema.json',
      format: 'changemap',
      version: 1,
      id: 'p',
      title: 'P',
      nodes: [],
      edges: [{ id: 'e', kind: 'guides', source: 'a', target: 'b' }],
    };
    expect(step.up(document, (n) => notes.push(n))).toEqual({ ...document, $schema: 'https://changemap.org/schema/v2/plan.schema.json', version: 2 });
    expect(notes).toEqual([]);
  });
});

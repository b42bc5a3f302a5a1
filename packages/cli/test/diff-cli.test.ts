import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = resolve(import.meta.dirname, '../../schemas/test/fixtures');
const entry = resolve(import.meta.dirname, '../src/run.ts');
const valid = join(fixtures, 'valid.changemap.json');

/** Runs the CLI as a real process, as `pnpm changemap` does. */
function changemap(...args: string[]) {
  const run = spawnSync(process.execPath, ['--conditions=@changemap/source', '--import', 'tsx', entry, ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** The valid fixture with `edit` applied to its JSON, written to a temporary file. */
function editedPlan(
  edit: (data: {
    title: string;
    nodes: Record<string, unknown>[];
    edges: Record<string, unknown>[];
    views: Record<string, { positions: Record<string, unknown> }>;
  }) => void,
) {
  const data = JSON.parse(readFileSync(valid, 'utf8'));
  edit(data);
  const file = join(mkdtempSync(join(tmpdir(), 'changemap-diff-')), 'after.changemap.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('changemap diff', () => {
  it('exits 0 and says so when the plans are the same', () => {
    const run = changemap('diff', valid, valid);
    expect(run.code).toBe(0);
    expect(run.out).toBe(`${valid} → ${valid}: No differences\n`);
  });

  it('exits 1 and lists the changes, grouped, under a summary line', () => {
    const after = editedPlan((data) => {
      data.title = 'A renamed plan';
      data.nodes.push({ id: 'o2', kind: 'outcome', title: 'Fewer young people not in education, employment or training across the whole borough' });
      data.nodes.find((node) => node.id === 'p1')!.title = 'Healthier weight';
      data.edges = data.edges.filter((edge) => edge.id !== 'g1');
      data.edges.find((edge) => edge.id === 'c5')!.confidence = 85;
      data.views.cta!.positions.o1 = { x: 40, y: 150 };
    });
    const run = changemap('diff', valid, after);
    expect(run.code).toBe(1);
    expect(run.out.split('\n')).toEqual([
      `${valid} → ${after}: 1 plan field changed; 2 boxes: 1 added, 1 changed; 2 links: 1 removed, 1 changed; 1 box moved`,
      'Plan',
      '  Changed plan title: “A small valid plan” → “A renamed plan”',
      'Boxes',
      '  Added outcome “Fewer young people not in education, employment or training…”',
      '  Changed title of priority 1.1: “Healthy weight” → “Healthier weight”',
      'Links',
      '  Removed link: principle “Work together” guides call to action “A healthier borough”',
      '  Changed confidence (0-100) of link “Free school meals” → “More children eat well”: 70 → 85',
      'Layout',
      '  Moved 1 box (layout only)',
      '',
    ]);
  });

  it('prints the comparison as JSON with --format json', () => {
    const after = editedPlan((data) => {
      data.nodes = data.nodes.filter((node) => node.id !== 'pa');
    });
    const run = changemap('diff', valid, after, '--format', 'json');
    expect(run.code).toBe(1);
    const comparison = JSON.parse(run.out);
    expect(Object.keys(comparison)).toEqual(['boxes', 'links', 'plan', 'layout']);
    expect(comparison.boxes.removed).toEqual([{ id: 'pa', kind: 'partner', title: 'Health and Wellbeing Board' }]);
    expect(comparison.links.removed).toEqual([
      {
        id: 'd1',
        kind: 'deliveredBy',
        source: { id: 'p1', title: 'Healthy weight', kind: 'priority' },
        target: { id: 'pa', title: 'Health and Wellbeing Board', kind: 'partner' },
      },
    ]);
    expect(comparison.layout).toEqual({ moved: 0, pinChanges: 0 });
  });

  it('exits 2 with a clear message when a file is broken or missing', () => {
    const broken = changemap('diff', valid, join(fixtures, 'invalid-json.changemap.json'));
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^changemap: cannot open .*invalid-json\.changemap\.json:\n {2}.+\(line \d+, column \d+\)/);
    expect(broken.err.match(/\(line \d+, column \d+\)/g)).toHaveLength(1);
    expect(broken.out).toBe('');
    const missing = changemap('diff', join(fixtures, 'no-such.changemap.json'), valid);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('The file could not be read: there is no such file.');
  });
});

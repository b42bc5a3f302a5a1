import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = resolve(import.meta.dirname, '../../schemas/test/fixtures');
const entry = resolve(import.meta.dirname, '../src/run.ts');

/** Runs the CLI as a real process, as `pnpm changemap` does. */
function changemap(...args: string[]) {
  const run = spawnSync(process.execPath, ['--conditions=@changemap/source', '--import', 'tsx', entry, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('changemap validate', () => {
  it('exits 0 for a plan with no errors', () => {
    const run = changemap('validate', join(fixtures, 'valid.changemap.json'));
    expect(run.code).toBe(0);
    expect(run.out).toContain('“A small valid plan” — 0 errors, 0 warnings, 0 notes');
  });

  it('exits 1 for a plan with errors and lists them readably', () => {
    const run = changemap('validate', join(fixtures, 'cycle.changemap.json'));
    expect(run.code).toBe(1);
    expect(run.out).toContain('error   causal-cycle: These boxes lead to each other in a circle');
    expect(run.out).toContain('fix: Remove the link that points back down the chain');
  });

  it('prints JSON with --format json', () => {
    const run = changemap('validate', join(fixtures, 'cycle.changemap.json'), '--format', 'json');
    const report = JSON.parse(run.out);
    expect(report.valid).toBe(false);
    expect(report.issues[0]).toEqual({
      code: 'causal-cycle',
      severity: 'error',
      message: 'These boxes lead to each other in a circle: the outcome “One”, the outcome “Two”.',
      nodeIds: ['o1', 'o2'],
      edgeIds: ['a', 'b'],
      hint: 'Remove the link that points back down the chain: causes should lead up towards the vision.',
    });
  });

  it('exits 1, not 2, for a plan with an unsafe link: the link is removed and named, the rest is checked', () => {
    const run = changemap('validate', join(fixtures, 'unsafe-url.changemap.json'), '--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out);
    expect(report.valid).toBe(false);
    expect(report.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'unsafe-url', path: '/nodes/0/url', nodeIds: ['e'] }),
    ]);
  });

  it('honours the checker settings saved in the plan: a rule switched off, another made an error', () => {
    const data = JSON.parse(readFileSync(join(fixtures, 'valid.changemap.json'), 'utf8'));
    data.edges = data.edges.filter((edge: { id: string }) => edge.id !== 'm1'); // the indicator now measures nothing
    const dir = mkdtempSync(join(tmpdir(), 'checker-cli-'));
    const file = join(dir, 'plan.changemap.json');
    writeFileSync(file, JSON.stringify(data));
    const plain = JSON.parse(changemap('validate', file, '--format', 'json').out);
    expect(plain.issues.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['outcome-without-indicator', 'indicator-unlinked']));
    data.checker = { profile: 'partnershipPlan', rules: { 'outcome-without-indicator': 'off', 'indicator-unlinked': 'error' } };
    writeFileSync(file, JSON.stringify(data));
    const run = changemap('validate', file, '--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out);
    expect(report.issues.map((i: { code: string }) => i.code)).not.toContain('outcome-without-indicator');
    expect(report.issues.find((i: { code: string }) => i.code === 'indicator-unlinked')?.severity).toBe('error');
  });

  it('exits 2 when the file is not a Changemap file, is broken, or is missing', () => {
    const foreign = changemap('validate', join(fixtures, 'foreign.json'));
    expect(foreign.code).toBe(2);
    expect(foreign.err).toContain('This is not a Changemap file.');
    const broken = changemap('validate', join(fixtures, 'invalid-json.changemap.json'));
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/not valid JSON: .* \(line 1, column \d+\)/);
    expect(broken.err.match(/\(line \d+, column \d+\)/g)).toHaveLength(1);
    const missing = changemap('validate', join(fixtures, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('The file could not be read: there is no such file.');
  });

  it('exits 2 on bad usage and prints help on --help', () => {
    expect(changemap('validate').code).toBe(2);
    const help = changemap('validate', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Check a plan file');
  });

  it('prints the version from package.json with --version and -V', () => {
    const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = changemap(flag);
      expect(run.code).toBe(0);
      expect(run.out).toBe(`${version}\n`);
    }
  });
});

describe('changemap export and migrate', () => {
  it('exports each format to standard output or a file', () => {
    const file = join(fixtures, 'valid.changemap.json');
    expect(changemap('export', file, '--to', 'mermaid').out.startsWith('flowchart BT')).toBe(true);
    expect(changemap('export', file, '--to', 'dot', '--call-to-action', 'cta').out.startsWith('digraph')).toBe(true);
    expect(changemap('export', file, '--to', 'csv-indicators').out.startsWith('id,indicator,call to action')).toBe(true);
    expect(changemap('export', file, '--to', 'csv-actions', '--bom').out.charCodeAt(0)).toBe(0xfeff);
    expect(changemap('export', file, '--to', 'markdown').out.startsWith('# A small valid plan')).toBe(true);
    expect(changemap('export', file, '--to', 'research-agenda-csv').out.startsWith('id,question,call to action')).toBe(true);
    expect(changemap('export', file, '--to', 'research-agenda-markdown').out.startsWith('# Research agenda: A small valid plan')).toBe(true);
    const out = join(mkdtempSync(join(tmpdir(), 'changemap-')), 'plan.json');
    expect(changemap('export', file, '--to', 'json', '-o', out).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).nodes).toHaveLength(12);
  });

  it('exports the plan’s story', () => {
    const run = changemap('export', join(fixtures, 'valid.changemap.json'), '--to', 'narrative-markdown');
    expect(run.code).toBe(0);
    expect(run.out).toContain('# The story of A small valid plan');
    expect(run.out).toContain('If we deliver free school meals, then more children eat well');
  });

  it('refuses an unknown format or call to action', () => {
    const file = join(fixtures, 'valid.changemap.json');
    const badFormat = changemap('export', file, '--to', 'pdf');
    expect(badFormat.code).toBe(2);
    expect(badFormat.err).toContain('choose one of: json, csv-indicators');
    const badCta = changemap('export', file, '--to', 'mermaid', '--call-to-action', 'o1');
    expect(badCta.code).toBe(2);
    expect(badCta.err).toContain('“o1” is not a call to action');
  });

  it('migrates a legacy file to the current format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'changemap-'));
    const out = join(dir, 'migrated.json');
    const run = changemap('migrate', join(fixtures, 'legacy-v0.changemap.json'), '-o', out);
    expect(run.code).toBe(0);
    expect(run.err).toContain('from format 0');
    const migrated = readFileSync(out, 'utf8');
    expect(JSON.parse(migrated)).toMatchObject({ format: 'changemap', version: 2, title: 'A prototype plan' });
    writeFileSync(join(dir, 'again.json'), migrated);
    expect(changemap('migrate', join(dir, 'again.json')).err).toContain('already in the current format');
  });
});

describe('changemap import', () => {
  const foreign = (name: string) => join(fixtures, 'foreign', name);
  const tmp = () => mkdtempSync(join(tmpdir(), 'changemap-import-'));

  it('imports a ToC-Maker chart, says what it detected and every note, and writes the plan (exit 0)', () => {
    const out = join(tmp(), 'smoking.changemap.json');
    const run = changemap('import', foreign('tocmaker-layers.json'), '-o', out);
    expect(run.code).toBe(0);
    expect(run.out).toContain('(a ToC-Maker chart) as “Smoking cessation service”: 9 boxes, 9 links, written to');
    expect(run.out).toContain('Read “tocmaker-layers.json” as a ToC-Maker chart (detected from its content).');
    expect(run.out).toContain("Not kept: the chart's display settings (color, columnPadding, sectionPadding).");
    expect(run.out).toContain('What the checker found: 0 errors');
    const plan = JSON.parse(readFileSync(out, 'utf8'));
    expect(plan.format).toBe('changemap');
    expect(plan.nodes.map((n: { id: string; kind: string }) => `${n.id}:${n.kind}`)).toEqual(
      expect.arrayContaining(['a1:action', 'o3a:outcome', 'g1:aim', 'm1:vision']),
    );
    expect(plan.edges.find((e: { id: string }) => e.id === 'contributesTo:a1:o3a').confidence).toBe(75);
  });

  it('writes beside the file by default, keeping inputs that feed activities as causal links', () => {
    const dir = tmp();
    const chart = join(dir, 'food.json');
    writeFileSync(chart, readFileSync(foreign('tocmaker-food.json')));
    const run = changemap('import', chart);
    expect(run.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, 'food.changemap.json'), 'utf8'));
    expect(plan.title).toBe('Community food programme');
    // Inputs and activities are both actions: an input leads to an activity through a causal link.
    const kindOf = new Map(plan.nodes.map((n: { id: string; kind: string }) => [n.id, n.kind]));
    const actionToAction = plan.edges.filter(
      (e: { kind: string; source: string; target: string }) =>
        e.kind === 'contributesTo' && kindOf.get(e.source) === 'action' && kindOf.get(e.target) === 'action',
    );
    expect(actionToAction.length).toBeGreaterThan(0);
  });

  it('reports everything as JSON with --format json, and writes the plan to standard output with -o -', () => {
    const run = changemap('import', foreign('kumu-one-file.csv'), '--format', 'json', '-o', '-');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).nodes).toHaveLength(11);
    const report = JSON.parse(run.err);
    expect(report).toMatchObject({ imported: true, format: 'csv', output: '-', boxes: 11, links: 10, valid: true });
    expect(report.notes.map((n: { code: string }) => n.code)).toEqual(
      expect.arrayContaining(['detected-format', 'new-element', 'bad-row', 'levels', 'checker-profile', 'dropped-value']),
    );
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('reads elements and connections from two CSV files', () => {
    const run = changemap(
      'import',
      foreign('kumu-elements-semicolon.csv'),
      '--connections',
      foreign('kumu-connections-semicolon.csv'),
      '-o',
      join(tmp(), 'p.json'),
    );
    // Its mutual connection is a loop of two links, which the checker reports as an error.
    expect(run.code).toBe(1);
    expect(run.out).toContain('error   causal-cycle');
    expect(run.out).toContain('“kumu-connections-semicolon.csv” line 2, column “Confidence”: the confidence “seventy” is not a number from 0 to 100');
  });

  it('exits 2 and writes nothing when the file cannot be imported', () => {
    const dir = tmp();
    const out = join(dir, 'never.json');
    const unknown = changemap('import', join(root, 'README.md'), '-o', out);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('could not import');
    expect(unknown.err).toContain('Changemap cannot tell what “README.md” is.');
    const broken = changemap('import', join(fixtures, 'invalid-json.changemap.json'), '-o', out);
    expect(broken.code).toBe(2);
    expect(broken.err.match(/\(line \d+, column \d+\)/g)).toHaveLength(1);
    const wrong = changemap('import', foreign('tocmaker-food.json'), '--from', 'xlsx', '-o', out);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('was to be read as an Excel workbook of elements and connections, but it is text');
    const missing = changemap('import', join(dir, 'nope.csv'), '--format', 'json');
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.out)).toEqual({
      imported: false,
      errors: [{ code: 'not-text', message: `${join(dir, 'nope.csv')} could not be read: there is no such file.` }],
    });
    expect(existsSync(out)).toBe(false);
    expect(changemap('import', foreign('tocmaker-food.json'), '--from', 'visio').code).toBe(2);
  });
});

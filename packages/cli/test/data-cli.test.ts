import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJson } from '@changemap/schemas';
import { runCli, type CliIo } from '../src/main.js';
import { dataPlan } from '../../schemas/test/data-plan.js';

const dir = resolve(import.meta.dirname, '../../schemas/test/fixtures/data');

/** The CLI with files in memory: the plan, the fixtures, and whatever it writes. */
function memoryCli(extra: Record<string, string> = {}) {
  const files = new Map<string, Uint8Array | string>([['plan.changemap.json', exportJson(dataPlan())], ...Object.entries(extra)]);
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    readFile: (path) => {
      const known = files.get(path);
      if (known !== undefined) return typeof known === 'string' ? new TextEncoder().encode(known) : known;
      if (path.startsWith('fixtures/')) return new Uint8Array(readFileSync(resolve(dir, path.slice('fixtures/'.length))));
      throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    },
    writeFile: (path, content) => void files.set(path, content),
  };
  return {
    files,
    run: async (...argv: string[]) => {
      out = '';
      err = '';
      const code = await runCli(argv, io);
      return { code, out, err };
    },
  };
}

const HLE = [
  'data',
  'import',
  'plan.changemap.json',
  'fixtures/fingertips-export-hle.csv',
  '--indicator',
  'hle',
  '--area',
  'E09000030',
  '--compare',
  'E12000007,E92000001',
  '--sex',
  'female',
];

describe('changemap data import', () => {
  it('exits 0 when every row is taken, writes the plan, and says what it read', async () => {
    const cli = memoryCli();
    const run = await cli.run(...HLE, '-o', 'out.changemap.json');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Imported fixtures/fingertips-export-hle.csv (Fingertips data export) into the indicator “hle”, written to out.changemap.json');
    expect(run.out).toContain('measurements E09000030 Tower Hamlets: 3 readings');
    expect(run.out).toContain('comparator   E92000001 England: 3 readings');
    const written = JSON.parse(String(cli.files.get('out.changemap.json')));
    expect(written.nodes.find((n: { id: string }) => n.id === 'hle').measurements).toHaveLength(3);
  });

  it('exits 1 when some rows are refused, naming each by row and reason, and writes the rest', async () => {
    const cli = memoryCli();
    const run = await cli.run(
      'data',
      'import',
      'plan.changemap.json',
      'fixtures/fingertips-export-bad-rows.csv',
      '--indicator',
      'y6',
      '--area',
      'E09000030',
      '-o',
      'out.json',
      '--format',
      'json',
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out);
    expect(report.refused.map((r: { row: number }) => r.row)).toEqual([3, 4, 5, 7, 8]);
    expect(cli.files.has('out.json')).toBe(true);
  });

  it('exits 2 and writes nothing for an unknown indicator, unknown headers or a missing file', async () => {
    const cli = memoryCli({ 'odd.csv': 'Place,When\nx,2022\n' });
    const unknown = await cli.run('data', 'import', 'plan.changemap.json', 'fixtures/gov-table.csv', '--indicator', 'nope', '-o', 'out.json');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('could not import fixtures/gov-table.csv (nothing was written)');
    const odd = await cli.run('data', 'import', 'plan.changemap.json', 'odd.csv', '--indicator', 'poverty', '-o', 'out.json');
    expect(odd.code).toBe(2);
    expect(odd.err).toMatch(/Expected the Fingertips data export/);
    const missing = await cli.run('data', 'import', 'plan.changemap.json', 'missing.csv', '--indicator', 'poverty', '-o', 'out.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/there is no such file/);
    expect(cli.files.has('out.json')).toBe(false);
  });

  it('refuses a --map it cannot read', async () => {
    const run = await memoryCli().run(
      'data',
      'import',
      'plan.changemap.json',
      'fixtures/gov-table.csv',
      '--indicator',
      'poverty',
      '--map',
      'colour=Value',
      '-o',
      'out.json',
    );
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--map takes name=header pairs/);
  });
});

describe('changemap data show', () => {
  it('prints the series in period order with comparisons and status as JSON', async () => {
    const cli = memoryCli();
    await cli.run(...HLE, '-o', 'out.changemap.json');
    const run = await cli.run('data', 'show', 'out.changemap.json', '--indicator', 'hle', '--format', 'json');
    expect(run.code).toBe(0);
    const shown = JSON.parse(run.out);
    expect(shown.indicator).toBe('hle');
    expect(shown.area).toEqual({ code: 'E09000030', name: 'Tower Hamlets' });
    expect(shown.measurements.map((m: { period: string }) => m.period)).toEqual(['2017 - 19', '2018 - 20', '2019 - 21']);
    expect(shown.measurements[0]).toEqual({
      period: '2017 - 19',
      value: 56.1,
      lowerCi: 53.4,
      upperCi: 58.8,
      comparisons: { E12000007: 'worse', E92000001: 'worse' },
    });
    expect(shown.status).toMatchObject({
      target: 'onTrack',
      trend: 'noChange',
      latestPeriod: '2019 - 21',
      comparisons: { E12000007: 'similar', E92000001: 'similar' },
    });
  });

  it('prints a readable table with the status in words', async () => {
    const cli = memoryCli();
    await cli.run(...HLE, '-o', 'out.changemap.json');
    const run = await cli.run('data', 'show', 'out.changemap.json', '--indicator', 'hle');
    expect(run.out).toContain('Healthy life expectancy at birth, women (hle) — E09000030 Tower Hamlets, in years');
    expect(run.out).toContain('Against the target: On track.');
    expect(run.out).toMatch(/Period\s+Value\s+95% interval\s+vs London region\s+vs England/);
    expect(run.out).toMatch(/2017 - 19\s+56\.1\s+53\.4 to 58\.8\s+Worse\s+Worse/);
  });

  it('exits 2 for an indicator the plan does not have', async () => {
    const run = await memoryCli().run('data', 'show', 'plan.changemap.json', '--indicator', 'o1');
    expect(run.code).toBe(2);
  });
});

describe('changemap export --to results-csv and report-docx', () => {
  it('writes the results table as CSV and the board report as a .docx file', async () => {
    const cli = memoryCli();
    await cli.run(...HLE, '-o', 'out.changemap.json');
    const csv = await cli.run('export', 'out.changemap.json', '--to', 'results-csv');
    expect(csv.code).toBe(0);
    expect(csv.out.split('\r\n')[0]).toBe(
      'Indicator,Indicator id,Call to action,Priority,Outcome,Unit,Baseline,Baseline period,Target,Target date,Latest value,Latest period,Trend,Status,Compared with',
    );
    expect(csv.out).toContain('Healthy life expectancy at birth,');
    const docx = await cli.run('export', 'out.changemap.json', '--to', 'report-docx', '--as-at', '2024-10-01', '-o', 'report.docx');
    expect(docx.code).toBe(0);
    const bytes = cli.files.get('report.docx') as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });

  it('will not print a Word document to the terminal', async () => {
    const run = await memoryCli().run('export', 'plan.changemap.json', '--to', 'report-docx');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/name a file with -o/);
  });
});

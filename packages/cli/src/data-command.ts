import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { Plan } from '@changemap/core';
import {
  LAYOUT_NAMES,
  exportJson,
  importIndicatorData,
  importModel,
  indicatorDataJson,
  indicatorDataText,
  parseColumnMap,
  type DataImportResult,
} from '@changemap/schemas';
import type { CliIo } from './main.js';

interface DataImportCliOptions {
  indicator: string;
  area?: string;
  sex?: string;
  compare?: string[];
  map?: Record<string, string>;
  output: string;
  format: 'text' | 'json';
}

/**
 * `changemap data import` and `changemap data show`: indicator data in and out of a plan.
 * Import exits 0 when every row was taken, 1 when some rows were refused (each named by row and
 * reason, the rest imported), 2 when nothing was imported (then the output is not written).
 */
export function addDataCommand(program: Command, io: CliIo, exit: (code: number) => void): void {
  const data = program
    .command('data')
    .description('Import indicator data (Fingertips exports and uploads, or any CSV) into a plan, and show it with its status.');
  data
    .command('import')
    .description(
      'Read a CSV of indicator data into one indicator of a plan. Exits 0 when every row was taken, 1 when some rows were refused (the rest imported), 2 when nothing was imported (nothing is written).',
    )
    .argument('<plan>', 'a .changemap.json file')
    .argument('<csv>', 'the data: a Fingertips data export, the Fingertips data-upload layout, or any CSV with --map')
    .requiredOption('--indicator <id>', 'the id of the indicator in the plan')
    .option('--area <code>', "the area whose rows become the indicator's measurements, e.g. E09000030 (default: the indicator's area, or the file's only area)")
    .option('--compare <codes>', 'areas whose rows become comparator series, comma-separated, e.g. E12000007,E92000001', (value: string) =>
      value
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== ''),
    )
    .option('--sex <sex>', 'the headline series when the file has no persons rows: male or female')
    .option(
      '--map <pairs>',
      'which column holds what: area=<header>,period=<header>,value=<header>,lower=<header>,upper=<header>,count=<header>,denominator=<header>',
      columnMap,
    )
    .requiredOption('-o, --output <file>', 'where to write the plan with the data ("-" for standard output)')
    .option('--format <format>', 'the report as "text" or "json"', choice(['text', 'json'] as const), 'text')
    .action((planFile: string, csvFile: string, options: DataImportCliOptions) => exit(runDataImport(planFile, csvFile, options, io)));

  data
    .command('show')
    .description("Print an indicator's readings, how each compares with its comparator areas, and its status against the target and trend.")
    .argument('<plan>', 'a .changemap.json file')
    .requiredOption('--indicator <id>', 'the id of the indicator in the plan')
    .option('--format <format>', 'output as "text" or "json"', choice(['text', 'json'] as const), 'text')
    .action((planFile: string, options: { indicator: string; format: 'text' | 'json' }) => {
      const plan = openPlan(planFile, io);
      if (!plan) return exit(2);
      const node = plan.nodes.get(options.indicator);
      if (node?.kind !== 'indicator') {
        io.err(`changemap: ${planFile} has no indicator “${options.indicator}”.\n`);
        return exit(2);
      }
      io.out(options.format === 'json' ? `${JSON.stringify(indicatorDataJson(node), null, 2)}\n` : indicatorDataText(node));
      exit(0);
    });
}

function runDataImport(planFile: string, csvFile: string, options: DataImportCliOptions, io: CliIo): number {
  const report = options.output === '-' ? io.err : io.out;
  const plan = openPlan(planFile, io);
  if (!plan) return 2;
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(csvFile);
  } catch (error) {
    return refuse(
      csvFile,
      [`${csvFile} could not be read: ${(error as { code?: string }).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`],
      options,
      report,
      io,
    );
  }
  const result = importIndicatorData(plan, bytes, {
    indicator: options.indicator,
    fileName: csvFile.split(/[\\/]/).at(-1) ?? csvFile,
    ...(options.area !== undefined && { area: options.area }),
    ...(options.compare !== undefined && { compare: options.compare }),
    ...(options.sex !== undefined && { sex: options.sex }),
    ...(options.map !== undefined && { map: options.map }),
  });
  if (!result.ok) return refuse(csvFile, result.errors, options, report, io);
  try {
    const text = exportJson(result.plan);
    if (options.output === '-') io.out(text);
    else io.writeFile(options.output, text);
  } catch (error) {
    return refuse(csvFile, [`The plan could not be written to ${options.output}: ${(error as Error).message}.`], options, report, io);
  }
  if (options.format === 'json') {
    const { layout, refused, notes, series, skipped } = result;
    report(`${JSON.stringify({ imported: true, output: options.output, layout, series, refused, skipped, notes }, null, 2)}\n`);
  } else report(textReport(csvFile, options, result));
  return result.refused.length === 0 ? 0 : 1;
}

function textReport(csvFile: string, options: DataImportCliOptions, result: Extract<DataImportResult, { ok: true }>): string {
  const lines = [
    `Imported ${csvFile} (${LAYOUT_NAMES[result.layout]}) into the indicator “${options.indicator}”${options.output === '-' ? '' : `, written to ${options.output}`}:`,
  ];
  for (const s of result.series)
    lines.push(
      `  ${s.role === 'indicator' ? 'measurements' : 'comparator  '} ${s.code}${s.name ? ` ${s.name}` : ''}: ${s.readings} reading${s.readings === 1 ? '' : 's'}`,
    );
  const { otherAreas, breakdown, otherIndicators } = result.skipped;
  const skipped = [
    otherAreas > 0 && `${otherAreas} for other areas`,
    breakdown > 0 && `${breakdown} breakdown rows (sex, age, deprivation; kept apart from the headline series)`,
    otherIndicators > 0 && `${otherIndicators} for other indicators`,
  ].filter(Boolean);
  if (skipped.length > 0) lines.push(`Rows left out: ${skipped.join(', ')}.`);
  for (const note of result.notes) lines.push(`Note: ${note}`);
  if (result.refused.length > 0) {
    lines.push('', `Rows refused (${result.refused.length}); the other rows were imported:`);
    for (const r of result.refused) lines.push(`  row ${r.row}: ${r.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

function refuse(csvFile: string, errors: string[], options: DataImportCliOptions, report: (text: string) => void, io: CliIo): number {
  if (options.format === 'json') report(`${JSON.stringify({ imported: false, errors }, null, 2)}\n`);
  else {
    io.err(`changemap: could not import ${csvFile} (nothing was written):\n`);
    for (const error of errors) io.err(`  ${error}\n`);
  }
  return 2;
}

function openPlan(file: string, io: CliIo): Plan | undefined {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    io.err(`changemap: cannot open ${file}: ${(error as { code?: string }).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.\n`);
    return undefined;
  }
  const opened = importModel(bytes, { skipValidation: true });
  if (!opened.ok) {
    io.err(`changemap: cannot open ${file}:\n`);
    for (const error of opened.errors) io.err(`  ${error.message}\n`);
    return undefined;
  }
  return opened.model;
}

function columnMap(value: string): Record<string, string> {
  const map = parseColumnMap(value);
  if (typeof map === 'string') throw new InvalidArgumentError(map);
  return map;
}

function choice<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(`choose one of: ${choices.join(', ')}.`);
    return value as T;
  };
}

import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { ValidationIssue } from '@changemap/core';
import { describeImportError, exportJson, FORMAT_NAMES, importForeign, type ForeignSource, type ImportError } from '@changemap/schemas';
import type { CliIo } from './main.js';

const SOURCES: readonly ForeignSource[] = ['tocmaker', 'kumu', 'csv', 'xlsx'];

interface ImportOptions {
  from?: ForeignSource;
  output?: string;
  connections?: string;
  format: 'text' | 'json';
}

/**
 * `changemap import <file>`: brings a plan in from another tool and writes it as a Changemap
 * plan. Exit codes as `validate`: 0 imported with no checker errors, 1 imported with checker
 * errors, 2 not imported (then nothing is written).
 */
export function addImportCommand(program: Command, io: CliIo, exit: (code: number) => void): void {
  program
    .command('import')
    .description(
      'Bring a plan in from another tool: a ToC-Maker chart (.json) or a spreadsheet of elements and connections in the layout of Kumu (.xlsx, or .csv). ' +
        'Writes a Changemap plan and lists every repair and finding. Exits 0 when the plan has no errors, 1 when it has, 2 when the file could not be imported (nothing is written).',
    )
    .argument('<file>', 'the file to import')
    .option('--from <format>', `what the file is: ${SOURCES.join(', ')} (detected from its content when left out)`, choice(SOURCES))
    .option('--connections <file>', 'a second CSV holding the connections, when elements and connections are two files')
    .option('-o, --output <file>', 'where to write the plan (default: beside the file, ending .changemap.json; "-" for standard output)')
    .option('--format <format>', 'the report as "text" or "json"', choice(['text', 'json'] as const), 'text')
    .action(async (file: string, options: ImportOptions) => exit(await runImport(file, options, io)));
}

async function runImport(file: string, options: ImportOptions, io: CliIo): Promise<number> {
  const toStdout = options.output === '-';
  // With the plan on standard output, the report goes to standard error.
  const report = toStdout ? io.err : io.out;
  const bytes = readOrSay(file, io);
  const connections = options.connections === undefined ? undefined : readOrSay(options.connections, io);
  if (bytes instanceof Error || connections instanceof Error) {
    const error = (bytes instanceof Error ? bytes : connections) as Error;
    return refuse(file, [{ code: 'not-text', message: error.message }], options, report, io);
  }
  const result = await importForeign(bytes, {
    fileName: baseName(file),
    ...(options.from && { from: options.from }),
    ...(connections && { connections, connectionsFileName: baseName(options.connections!) }),
  });
  if (!result.ok) return refuse(file, result.errors, options, report, io);

  const output = toStdout ? undefined : (options.output ?? defaultOutput(file));
  if (output !== undefined && samePath(output, file)) {
    return refuse(
      file,
      [{ code: 'not-text', message: `The plan would be written over the file being imported (${output}); choose another name with -o.` }],
      options,
      report,
      io,
    );
  }
  const text = exportJson(result.model);
  try {
    if (output === undefined) io.out(text);
    else io.writeFile(output, text);
  } catch (error) {
    return refuse(file, [{ code: 'not-text', message: `The plan could not be written to ${output}: ${(error as Error).message}.` }], options, report, io);
  }
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  if (options.format === 'json') {
    report(
      `${JSON.stringify({ imported: true, format: result.format, output: output ?? '-', title: result.model.title, boxes: result.model.nodes.size, links: result.model.edges.size, valid: errors === 0, notes: result.notes.map(shape), findings: result.findings.map(shape) }, null, 2)}\n`,
    );
  } else {
    report(textReport(file, output, result.format, result.model.title, result.model.nodes.size, result.model.edges.size, result.notes, result.findings));
  }
  return errors === 0 ? 0 : 1;
}

function readOrSay(file: string, io: CliIo): Uint8Array | Error {
  try {
    return io.readFile(file);
  } catch (error) {
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    return new Error(`${file} could not be read: ${reason}.`);
  }
}

function refuse(file: string, errors: ImportError[], options: ImportOptions, report: (text: string) => void, io: CliIo): number {
  if (options.format === 'json') report(`${JSON.stringify({ imported: false, errors }, null, 2)}\n`);
  else {
    io.err(`changemap: could not import ${file} (nothing was written):\n`);
    for (const error of errors) io.err(`  ${describeImportError(error)}\n`);
  }
  return 2;
}

function textReport(
  file: string,
  output: string | undefined,
  format: keyof typeof FORMAT_NAMES,
  title: string,
  boxes: number,
  links: number,
  notes: ValidationIssue[],
  findings: ValidationIssue[],
): string {
  const lines = [
    `Imported ${file} (${FORMAT_NAMES[format]}) as “${title}”: ${count(boxes, 'box', 'boxes')}, ${count(links, 'link', 'links')}${output ? `, written to ${output}` : ''}.`,
  ];
  if (notes.length > 0) {
    lines.push('', `What the import changed, dropped or decided (${notes.length}):`);
    for (const note of notes) lines.push(`  ${note.severity.padEnd(7)} ${note.message}`);
  }
  const tally = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) tally[finding.severity]++;
  lines.push(
    '',
    `What the checker found: ${count(tally.error, 'error', 'errors')}, ${count(tally.warning, 'warning', 'warnings')}, ${count(tally.info, 'note', 'notes')}`,
  );
  for (const finding of findings) {
    lines.push(`  ${finding.severity.padEnd(7)} ${finding.code}: ${finding.message}`);
    if (finding.hint) lines.push(`          fix: ${finding.hint}`);
  }
  return `${lines.join('\n')}\n`;
}

function shape({ code, severity, message, nodeIds, edgeIds, path, hint }: ValidationIssue) {
  return { code, severity, message, nodeIds, edgeIds, ...(path !== undefined && { path }), ...(hint !== undefined && { hint }) };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

/** "chart.json" → "chart.changemap.json", beside the file. */
function defaultOutput(file: string): string {
  return `${file.replace(/\.(json|csv|tsv|txt|xlsx)$/i, '')}.changemap.json`;
}

function samePath(a: string, b: string): boolean {
  return a.replace(/^\.\//, '') === b.replace(/^\.\//, '');
}

function choice<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(`choose one of: ${choices.join(', ')}.`);
    return value as T;
  };
}

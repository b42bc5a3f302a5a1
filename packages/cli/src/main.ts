import { readFileSync, writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import type { Plan, ValidationIssue } from '@changemap/core';
import {
  describeImportError,
  exportActionsCsv,
  exportDot,
  exportIndicatorsCsv,
  exportJson,
  exportMarkdown,
  exportMermaid,
  exportNarrativeMarkdown,
  exportResearchAgendaCsv,
  exportResearchAgendaMarkdown,
  exportResultsCsv,
  exportBoardReportDocx,
  importModel,
  type ImportError,
} from '@changemap/schemas';
import { buildHtmlPage } from './html/html-page.js';
import { findViewerPage, readViewerPage } from './html/viewer-bundle.js';
import { addDataCommand } from './data-command.js';
import { addDiffCommand } from './diff-command.js';
import { addImportCommand } from './import-command.js';
import { exportBoardPictures } from './board/board-command.js';

/** Exit codes: 0 fine (warnings allowed), 1 the plan has errors, 2 the file could not be used. */
export const EXIT = { ok: 0, planErrors: 1, unusable: 2 } as const;

const EXPORT_TARGETS = [
  'json',
  'csv-indicators',
  'csv-actions',
  'mermaid',
  'dot',
  'markdown',
  'narrative-markdown',
  'research-agenda-csv',
  'research-agenda-markdown',
  'results-csv',
  'report-docx',
  'html',
  'svg',
  'png',
] as const;
type ExportTarget = (typeof EXPORT_TARGETS)[number];

/** Where the CLI writes; swapped in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Uint8Array;
  writeFile(path: string, content: string | Uint8Array): void;
}

const nodeIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  writeFile: (path, content) => writeFileSync(path, content),
};

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo = nodeIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name('changemap')
    .description('Check and convert Changemap theory-of-change plans.')
    .version(packageVersion(), '-V, --version', 'print the version of changemap')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('validate')
    .description('Check a plan file: exits 0 when it has no errors (warnings allowed), 1 when it has errors, 2 when it cannot be read.')
    .argument('<file>', 'a .changemap.json file')
    .option('--format <format>', 'output as "text" or "json"', parseChoice(['text', 'json']), 'text')
    .action((file: string, options: { format: 'text' | 'json' }) => {
      const opened = open(file, io);
      if (!opened.ok) {
        if (options.format === 'json') io.out(`${JSON.stringify({ valid: false, errors: opened.errors }, null, 2)}\n`);
        else reportErrors(file, opened.errors, io);
        code = EXIT.unusable;
        return;
      }
      const issues = opened.issues;
      const valid = !issues.some((i) => i.severity === 'error');
      if (options.format === 'json') {
        const shaped = issues.map(({ code: c, severity, message, nodeIds, edgeIds, path, hint }) => ({
          code: c,
          severity,
          message,
          nodeIds,
          edgeIds,
          ...(path !== undefined && { path }),
          ...(hint !== undefined && { hint }),
        }));
        io.out(`${JSON.stringify({ valid, issues: shaped }, null, 2)}\n`);
      } else {
        io.out(formatIssues(file, opened.model, issues));
      }
      code = valid ? EXIT.ok : EXIT.planErrors;
    });

  program
    .command('export')
    .description('Convert a plan to another format.')
    .argument('<file>', 'a .changemap.json file')
    .requiredOption('--to <format>', `one of: ${EXPORT_TARGETS.join(', ')}`, parseChoice(EXPORT_TARGETS))
    .option('--call-to-action <id>', 'only this call to action (mermaid and dot)')
    .option('--view <id>', 'svg and png: only this call to action (or "plan" for the whole plan); without it, one file per call to action')
    .option('--bom', 'start CSV with a byte-order mark, for Excel')
    .option('-o, --output <file>', 'write to this file instead of standard output (svg and png without --view: a folder)')
    .option('--as-at <date>', 'the date a report or picture is as at, YYYY-MM-DD (report-docx, svg, png; default today)')
    .action(async (file: string, options: { to: ExportTarget; callToAction?: string; view?: string; bom?: boolean; output?: string; asAt?: string }) => {
      const opened = open(file, io);
      if (!opened.ok) {
        reportErrors(file, opened.errors, io);
        code = EXIT.unusable;
        return;
      }
      const plan = opened.model;
      if (options.callToAction !== undefined && plan.nodes.get(options.callToAction)?.kind !== 'callToAction') {
        io.err(`changemap: “${options.callToAction}” is not a call to action in ${file}. Calls to action: ${listCallsToAction(plan)}.\n`);
        code = EXIT.unusable;
        return;
      }
      if (options.to === 'report-docx') {
        if (options.output === undefined) {
          io.err('changemap: a Word document cannot go to the terminal; name a file with -o, e.g. -o board-report.docx.\n');
          code = EXIT.unusable;
          return;
        }
        // The Word library loads only now (inside exportBoardReportDocx): every other command starts without it.
        io.writeFile(options.output, await exportBoardReportDocx(plan, options.asAt === undefined ? {} : { asAt: options.asAt }));
        return;
      }
      if (options.to === 'svg' || options.to === 'png') {
        if (options.asAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.asAt)) {
          io.err(`changemap: --as-at takes a date written YYYY-MM-DD, not “${options.asAt}”.\n`);
          code = EXIT.unusable;
          return;
        }
        const request = { format: options.to, date: options.asAt ?? localToday(), ...(options.view !== undefined && { view: options.view }) };
        const problem = await exportBoardPictures(plan, { ...request, ...(options.output !== undefined && { output: options.output }) }, io);
        if (problem !== undefined) {
          io.err(`changemap: ${problem}\n`);
          code = EXIT.unusable;
        }
        return;
      }
      if (options.to === 'html') {
        const page = findViewerPage();
        if (page === undefined) {
          io.err(
            'changemap: the HTML page needs the viewer’s code, which is not built. In the Changemap repository, run `pnpm --filter @changemap/editor build:viewer` first.\n',
          );
          code = EXIT.unusable;
          return;
        }
        write(buildHtmlPage(plan, readViewerPage(page), `changemap ${packageVersion()}`), options.output, io);
        return;
      }
      const text = exportAs(plan, options.to, options.callToAction, options.bom ?? false);
      write(text, options.output, io);
    });

  program
    .command('migrate')
    .description('Update a plan file written by an older Changemap to the current format.')
    .argument('<file>', 'a .changemap.json file')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action((file: string, options: { output?: string }) => {
      const opened = open(file, io, true);
      if (!opened.ok) {
        reportErrors(file, opened.errors, io);
        code = EXIT.unusable;
        return;
      }
      io.err(opened.migratedFrom !== undefined ? `Updated ${file} from format ${opened.migratedFrom}.\n` : `${file} is already in the current format.\n`);
      write(exportJson(opened.model), options.output, io);
    });

  addImportCommand(program, io, (exitCode) => (code = exitCode));
  addDataCommand(program, io, (exitCode) => (code = exitCode));
  addDiffCommand(program, io, (exitCode) => (code = exitCode));

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    const exitCode = (error as { exitCode?: number }).exitCode;
    // Commander has already printed help or the usage error.
    return exitCode === 0 ? EXIT.ok : EXIT.unusable;
  }
  return code;
}

function parseChoice<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(`choose one of: ${choices.join(', ')}.`);
    return value as T;
  };
}

function open(file: string, io: CliIo, skipValidation = false) {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    return { ok: false as const, errors: [{ code: 'not-text', message: `The file could not be read: ${reason}.` } as ImportError] };
  }
  return importModel(bytes, { skipValidation });
}

/** Today as YYYY-MM-DD in this computer's time zone. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function exportAs(plan: Plan, to: Exclude<ExportTarget, 'html' | 'report-docx' | 'svg' | 'png'>, cta: string | undefined, bom: boolean): string {
  switch (to) {
    case 'json':
      return exportJson(plan);
    case 'csv-indicators':
      return exportIndicatorsCsv(plan, { bom });
    case 'csv-actions':
      return exportActionsCsv(plan, { bom });
    case 'mermaid':
      return exportMermaid(plan, cta);
    case 'dot':
      return exportDot(plan, cta);
    case 'markdown':
      return exportMarkdown(plan);
    case 'narrative-markdown':
      return exportNarrativeMarkdown(plan);
    case 'research-agenda-csv':
      return exportResearchAgendaCsv(plan, { bom });
    case 'research-agenda-markdown':
      return exportResearchAgendaMarkdown(plan);
    case 'results-csv':
      return exportResultsCsv(plan, { bom });
  }
}

function write(text: string, output: string | undefined, io: CliIo): void {
  if (output === undefined) io.out(text);
  else io.writeFile(output, text);
}

function listCallsToAction(plan: Plan): string {
  const ids = plan.nodes
    .toArray()
    .filter((n) => n.kind === 'callToAction')
    .map((n) => n.id);
  return ids.length > 0 ? ids.join(', ') : 'none';
}

function reportErrors(file: string, errors: ImportError[], io: CliIo): void {
  io.err(`changemap: cannot open ${file}:\n`);
  for (const error of errors) {
    io.err(`  ${describeImportError(error)}
`);
  }
}

function formatIssues(file: string, plan: Plan, issues: ValidationIssue[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  const lines = [
    `${file}: “${plan.title}” — ${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} note${counts.info === 1 ? '' : 's'}`,
  ];
  for (const issue of issues) {
    lines.push(`  ${issue.severity.padEnd(7)} ${issue.code}: ${issue.message}`);
    if (issue.hint) lines.push(`          fix: ${issue.hint}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The version in package.json, which sits one folder above both `src` and `dist`. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/** Runs as a program: `node bin/changemap.js validate plan.json`. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2));
}

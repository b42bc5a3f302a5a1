import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { COMPARISON_GROUPS, comparePlans, describeComparison, isSameComparison, summariseComparison, type Plan } from '@changemap/core';
import { describeImportError, importModel, type ImportError } from '@changemap/schemas';
import type { CliIo } from './main.js';

/** Exit codes as diff(1): 0 the plans are the same, 1 they differ, 2 a file could not be used. */
const DIFF_EXIT = { same: 0, different: 1, trouble: 2 } as const;

/**
 * `changemap diff <a> <b>`: what changed from plan `a` to plan `b`, in words (boxes, links and
 * plan fields added, removed and changed; layout moves counted), or as the PlanComparison JSON.
 */
export function addDiffCommand(program: Command, io: CliIo, exit: (code: number) => void): void {
  program
    .command('diff')
    .description(
      'Show what changed from one plan to another: boxes, links and plan fields added, removed and changed, and how many boxes moved. ' +
        'Exits 0 when the plans are the same, 1 when they differ, 2 when a file cannot be read (as diff does).',
    )
    .argument('<before>', 'the earlier .changemap.json file')
    .argument('<after>', 'the later .changemap.json file')
    .option(
      '--format <format>',
      'output as "text" or "json" (the comparison; see docs/cli.md)',
      (value: string) => {
        if (value !== 'text' && value !== 'json') throw new InvalidArgumentError('choose one of: text, json.');
        return value;
      },
      'text',
    )
    .action((before: string, after: string, options: { format: 'text' | 'json' }) => exit(runDiff(before, after, options.format, io)));
}

function runDiff(beforeFile: string, afterFile: string, format: 'text' | 'json', io: CliIo): number {
  const before = openPlan(beforeFile, io);
  const after = openPlan(afterFile, io);
  if (before === undefined || after === undefined) return DIFF_EXIT.trouble;
  const comparison = comparePlans(before, after);
  if (format === 'json') {
    io.out(`${JSON.stringify(comparison, null, 2)}\n`);
  } else {
    const lines = [`${beforeFile} → ${afterFile}: ${summariseComparison(comparison)}`];
    const described = describeComparison(comparison);
    for (const { group, heading } of COMPARISON_GROUPS) {
      const inGroup = described.filter((line) => line.group === group);
      if (inGroup.length === 0) continue;
      lines.push(heading, ...inGroup.map((line) => `  ${line.text}`));
    }
    io.out(`${lines.join('\n')}\n`);
  }
  return isSameComparison(comparison) ? DIFF_EXIT.same : DIFF_EXIT.different;
}

/** The plan in a file, or undefined after saying on standard error why it cannot be used. */
function openPlan(file: string, io: CliIo): Plan | undefined {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    say(file, [{ code: 'not-text', message: `The file could not be read: ${reason}.` } as ImportError], io);
    return undefined;
  }
  // The checker's findings do not matter to a comparison: only whether the file is a plan.
  const opened = importModel(bytes, { skipValidation: true });
  if (!opened.ok) {
    say(file, opened.errors, io);
    return undefined;
  }
  return opened.model;
}

function say(file: string, errors: readonly ImportError[], io: CliIo): void {
  io.err(`changemap: cannot open ${file}:\n`);
  for (const error of errors) {
    io.err(`  ${describeImportError(error)}
`);
  }
}

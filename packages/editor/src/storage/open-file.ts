import type { Plan } from '@changemap/core';
import { describeImportError, importForeign, importModel, type ImportError } from '@changemap/schemas';
import type { Notice } from '../state/editor-store.js';
import { planTextFromSvg } from '../export/view-svg.js';

/** A file the officer chose, as bytes. */
export interface ChosenFile {
  name: string;
  bytes: ArrayBuffer;
}

/** What opening files gives: a whole plan and what to tell the officer, or only what to tell them (the open plan stays). */
export type OpenOutcome = { ok: true; plan: Plan; notice: Notice } | { ok: false; notice: Notice };

const LOAD_REPAIRS = ['duplicate-id', 'dangling-edge', 'unknown-position'];

/**
 * Opens what the officer chose: a Changemap plan, an SVG picture with a plan inside, a ToC-Maker
 * chart, or a spreadsheet of elements and connections (an XLSX workbook, a CSV file, or two CSV
 * files chosen together). Every file goes through the import pipeline; a failure opens nothing.
 */
export async function openFiles(files: readonly ChosenFile[]): Promise<OpenOutcome> {
  const [first, second] = pairUp(files);
  if (!first) return { ok: false, notice: { tone: 'error', text: 'No file was chosen. Your open plan has not changed.' } };
  const label = second ? `“${first.name}” and “${second.name}”` : `“${first.name}”`;
  if (files.length > 2 || (second && !(isCsv(first.name) && isCsv(second.name)))) {
    return {
      ok: false,
      notice: { tone: 'error', text: 'Choose one file, or two CSV files (elements and connections) together. Your open plan has not changed.' },
    };
  }
  const picture = planFromPicture(first.bytes);
  if (picture === '')
    return { ok: false, notice: { tone: 'error', text: `${label} is a picture with no Changemap plan inside. Your open plan has not changed.` } };
  if (picture !== undefined) return opened(label, importModel(picture));
  const result = await importForeign(first.bytes, { fileName: first.name, ...(second && { connections: second.bytes, connectionsFileName: second.name }) });
  if (!result.ok) return refused(label, result.errors);
  if (result.format === 'changemap') return opened(label, result);
  const warnings = result.notes.filter((note) => note.severity === 'warning').length;
  const { nodes, edges } = result.model;
  return {
    ok: true,
    plan: result.model,
    notice: {
      tone: warnings > 0 ? 'warning' : 'info',
      text: `Opened “${result.model.title}” from ${label}: ${nodes.size} box${nodes.size === 1 ? '' : 'es'} and ${edges.size} link${edges.size === 1 ? '' : 's'}. What the import changed, dropped or decided:`,
      // Warnings (a dropped link, a guessed kind) before notes (a detected format, a dropped colour).
      details: [...result.notes].sort((a, b) => Number(b.severity === 'warning') - Number(a.severity === 'warning')).map((note) => note.message),
    },
  };
}

/** Two CSV files in either order: the one whose first line names From and To is the connections. */
function pairUp(files: readonly ChosenFile[]): [ChosenFile | undefined, ChosenFile | undefined] {
  if (files.length !== 2) return [files[0], undefined];
  const [a, b] = files as [ChosenFile, ChosenFile];
  return isConnections(a) && !isConnections(b) ? [b, a] : [a, b];
}

function isConnections(file: ChosenFile): boolean {
  const head = new TextDecoder().decode(file.bytes.slice(0, 500)).split(/\r?\n/)[0]?.toLowerCase() ?? '';
  const cells = head.split(/[,;\t]/).map((cell) => cell.replace(/["\ufeff]/g, '').trim());
  return cells.includes('from') && cells.includes('to');
}

function isCsv(name: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(name);
}

/** The plan inside an SVG picture exported by Changemap, if the bytes are one ('' when a picture holds none). */
function planFromPicture(bytes: ArrayBuffer): string | undefined {
  const head = new TextDecoder().decode(bytes.slice(0, 200)).trimStart();
  if (!head.startsWith('<')) return undefined;
  return planTextFromSvg(new TextDecoder().decode(bytes)) ?? '';
}

function opened(label: string, result: ReturnType<typeof importModel>): OpenOutcome {
  if (!result.ok) return refused(label, result.errors);
  const repairs = result.issues.filter((issue) => LOAD_REPAIRS.includes(issue.code));
  const parts = [`Opened “${result.model.title}”.`];
  if (result.migratedFrom !== undefined)
    parts.push(`It was made with an older Changemap (format ${result.migratedFrom}) and has been updated; save it to keep the update.`);
  if (repairs.length > 0) parts.push(`${repairs.length} problem${repairs.length === 1 ? ' was' : 's were'} repaired while opening:`);
  return {
    ok: true,
    plan: result.model,
    notice: {
      tone: result.migratedFrom !== undefined || repairs.length > 0 ? 'warning' : 'info',
      text: parts.join(' '),
      ...(repairs.length > 0 && { details: repairs.map((r) => r.message) }),
    },
  };
}

function refused(label: string, errors: ImportError[]): OpenOutcome {
  return {
    ok: false,
    notice: {
      tone: 'error',
      text: `${label} could not be opened. Your open plan has not changed.`,
      details: errors.map(describeImportError),
    },
  };
}

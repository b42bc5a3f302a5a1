import { DEFAULT_MAX_BYTES } from '../../format.js';
import { importModel } from '../import-model.js';
import { parseJson } from '../parse-json.js';
import { readInput } from '../read-input.js';
import type { ImportError } from '../types.js';
import { finishImport } from './build.js';
import { containerOf, textFormatOf } from './detect.js';
import { ImportNotes } from './notes.js';
import { isRecord, own, titleFromFileName } from './shared.js';
import { csvTables, spreadsheetToPlan, workbookTables, type CsvFile } from './spreadsheet/read-spreadsheet.js';
import { readWorkbook } from './spreadsheet/xlsx.js';
import { looksLikeChart, readChart } from './tocmaker/read-chart.js';
import { chartToPlan } from './tocmaker/to-plan.js';
import { FORMAT_NAMES, type ForeignFormat, type ForeignImportOptions, type ForeignImportResult, type ForeignSource } from './types.js';

const UNRECOGNISED =
  'Changemap opens its own plans (.changemap.json), ToC-Maker charts (.json) and spreadsheets of elements and connections in the layout of Kumu (.xlsx or .csv; see the template).';

/**
 * Opens a plan from any file Changemap reads: its own format (through `importModel`), a
 * ToC-Maker chart, or a Kumu-style spreadsheet as CSV or XLSX. The format is detected from the
 * content unless `from` names it. Never throws and never half-loads: the result is a whole plan
 * with every repair, dropped value and decision said in `notes`, then the checker's `findings`;
 * or the reasons nothing was imported.
 */
export async function importForeign(input: unknown, options: ForeignImportOptions = {}): Promise<ForeignImportResult> {
  try {
    return await run(input, options);
  } catch (error) {
    // Every step handles its own failures; this is a last guard so a bug can never throw at a caller.
    return fail({
      code: 'unrecognised-format',
      message: `This file could not be imported: ${error instanceof Error ? error.message : 'an unexpected error'}.`,
    });
  }
}

async function run(input: unknown, options: ForeignImportOptions): Promise<ForeignImportResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = options.fileName ?? 'the file';
  if (typeof input !== 'string' && !isArrayBuffer(input) && !ArrayBuffer.isView(input)) {
    return fromData(input, options);
  }
  const bytes = typeof input === 'string' ? undefined : toBytes(input as ArrayBuffer | ArrayBufferView);
  if (bytes && bytes.byteLength > maxBytes) return fail(readError(readInput(bytes, maxBytes)));
  if (bytes && containerOf(bytes) !== 'text') {
    if (containerOf(bytes) === 'old-excel') {
      return fail({
        code: 'unrecognised-format',
        message: `“${name}” is an Excel 97–2003 workbook (.xls), which Changemap does not read. Save it as an Excel workbook (.xlsx) or as CSV and open that.`,
      });
    }
    if (options.from !== undefined && options.from !== 'xlsx' && options.from !== 'kumu')
      return wrongFormat(name, options.from, 'an Excel workbook or another zip file');
    return fromWorkbook(bytes, options);
  }
  if (options.from === 'xlsx') return wrongFormat(name, 'xlsx', 'text, not an Excel workbook');

  const decoded = decode(input as string | Uint8Array, options, maxBytes);
  if ('error' in decoded) return fail(decoded.error);
  const format =
    options.from === 'kumu' || options.from === 'csv'
      ? 'csv'
      : options.from === 'tocmaker' || options.from === 'changemap'
        ? 'json'
        : textFormatOf(decoded.text, options.fileName);
  if (format === undefined) return fail({ code: 'unrecognised-format', message: `Changemap cannot tell what “${name}” is. ${UNRECOGNISED}` });
  if (format === 'csv') return fromCsv(decoded.text, decoded.legacyEncoding, options);
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return fail(parsed.error);
  return fromData(parsed.data, options, decoded.text);
}

/** Parsed JSON (or data a caller passed): a Changemap plan or a ToC-Maker chart. */
function fromData(data: unknown, options: ForeignImportOptions, text?: string): ForeignImportResult {
  const name = options.fileName ?? 'the file';
  const isChangemap = isRecord(data) && own(data, 'format') === 'changemap';
  if (options.from === 'changemap' || (options.from === undefined && isChangemap)) {
    const result = importModel(text ?? data, {
      ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
      ...(options.skipValidation && { skipValidation: true }),
    });
    if (!result.ok) return { ok: false, format: 'changemap', errors: result.errors };
    return { ...result, format: 'changemap', notes: [], findings: result.issues };
  }
  if (options.from !== undefined && options.from !== 'tocmaker') return wrongFormat(name, options.from, 'JSON');
  if (!looksLikeChart(data)) {
    if (options.from === 'tocmaker')
      return fail({ code: 'unrecognised-format', message: `“${name}” is JSON but not a ToC-Maker chart: it has no list of "sections".` }, 'tocmaker');
    return fail({
      code: 'unrecognised-format',
      message: `“${name}” is JSON, but neither a Changemap plan (no "format": "changemap") nor a ToC-Maker chart (no "sections"). ${UNRECOGNISED}`,
    });
  }
  const notes = new ImportNotes();
  noteDetected(notes, 'tocmaker', options);
  const chart = readChart(data as Record<string, unknown>, notes);
  const plan = chartToPlan(chart, documentName(options, chart.title), titleFromFileName(options.fileName) ?? 'Imported theory of change', notes);
  return finishImport(plan, notes, 'tocmaker', options.skipValidation);
}

function fromCsv(text: string, legacyEncoding: boolean, options: ForeignImportOptions): ForeignImportResult {
  const notes = new ImportNotes();
  noteDetected(notes, 'csv', options);
  const name = options.fileName ?? 'elements.csv';
  if (legacyEncoding) noteLegacyEncoding(notes, name);
  const files: CsvFile[] = [{ name, text }];
  if (options.connections !== undefined) {
    const connectionsName = options.connectionsFileName ?? 'connections.csv';
    const second = decode(options.connections, { ...options, from: 'csv' }, options.maxBytes ?? DEFAULT_MAX_BYTES);
    if ('error' in second) return fail({ ...second.error, message: `The connections file: ${second.error.message}` }, 'csv');
    if (second.legacyEncoding) noteLegacyEncoding(notes, connectionsName);
    files.push({ name: connectionsName, text: second.text });
  }
  const tables = csvTables(files, notes);
  if (!Array.isArray(tables)) return fail(tables, 'csv');
  // "food-elements.csv" with a connections file is the plan "Food".
  const title = titleFromFileName(options.fileName?.replace(options.connections !== undefined ? /[-_ ]?elements(?=\.\w+$)/i : /$^/, ''));
  const plan = spreadsheetToPlan(tables, documentName(options), title ?? 'Imported plan', notes);
  if ('code' in plan) return fail(plan, 'csv');
  return finishImport(plan, notes, 'csv', options.skipValidation);
}

async function fromWorkbook(bytes: Uint8Array, options: ForeignImportOptions): Promise<ForeignImportResult> {
  const read = await readWorkbook(bytes);
  if (!read.ok) return fail(read.error, 'xlsx');
  const notes = new ImportNotes();
  noteDetected(notes, 'xlsx', options);
  const plan = spreadsheetToPlan(workbookTables(read.sheets, notes), documentName(options), titleFromFileName(options.fileName) ?? 'Imported plan', notes);
  if ('code' in plan) return fail(plan, 'xlsx');
  return finishImport(plan, notes, 'xlsx', options.skipValidation);
}

function noteDetected(notes: ImportNotes, format: ForeignFormat, options: ForeignImportOptions): void {
  const how = options.from === undefined ? 'detected from its content' : 'as asked';
  notes.info('detected-format', `Read ${options.fileName ? `“${options.fileName}”` : 'the file'} as ${FORMAT_NAMES[format]} (${how}).`, {
    hint: 'Nothing to do.',
  });
}

function noteLegacyEncoding(notes: ImportNotes, name: string): void {
  notes.warn('encoding', `“${name}” is not UTF-8 text, so it was read as Windows-1252, the encoding Excel uses for “CSV (Comma delimited)”.`, {
    hint: 'Check accented letters and symbols; save as “CSV UTF-8” next time.',
  });
}

/** Text from a string or bytes; CSV that is not UTF-8 is read as Windows-1252 (what Excel writes) and said. */
function decode(
  input: string | Uint8Array | ArrayBuffer,
  options: ForeignImportOptions,
  maxBytes: number,
): { text: string; legacyEncoding: boolean } | { error: ImportError } {
  // The shared reader knows this realm's ArrayBuffer only, so bytes go to it as a Uint8Array.
  const read = readInput(typeof input === 'string' ? input : toBytes(input), maxBytes);
  if (read.kind === 'text') return { text: read.text, legacyEncoding: false };
  const csv = options.from === 'csv' || options.from === 'kumu' || /\.(csv|tsv|txt)$/i.test(options.fileName ?? '');
  if (read.kind === 'error' && read.error.code === 'not-text' && csv && typeof input !== 'string') {
    const text = new TextDecoder('windows-1252').decode(toBytes(input));
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, legacyEncoding: true };
  }
  return { error: readError(read) };
}

function readError(read: ReturnType<typeof readInput>): ImportError {
  return read.kind === 'error' ? read.error : { code: 'not-text', message: 'This file could not be read as text.' };
}

function toBytes(input: ArrayBuffer | ArrayBufferView): Uint8Array {
  return ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
}

/** True for an ArrayBuffer from any realm (a file read in another window or a test's DOM is not `instanceof` this one's). */
function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

/** The source document boxes name in their provenance: the file's name, else the chart's title. */
function documentName(options: ForeignImportOptions, title?: string): string {
  const base = options.fileName?.split(/[\\/]/).at(-1);
  return (base || title || 'Imported file').slice(0, 500);
}

function wrongFormat(name: string, asked: ForeignSource, found: string): ForeignImportResult {
  const wanted = asked === 'kumu' ? 'a spreadsheet of elements and connections' : FORMAT_NAMES[asked];
  return fail({ code: 'unrecognised-format', message: `“${name}” was to be read as ${wanted}, but it is ${found}.` });
}

function fail(error: ImportError, format?: ForeignFormat): ForeignImportResult {
  return { ok: false, ...(format && { format }), errors: [error] };
}

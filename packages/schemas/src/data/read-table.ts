import { detectDelimiter, parseCsv, type Delimiter, type Row } from '../import/foreign/spreadsheet/csv.js';

/** A CSV file read into a header and rows, with what was noticed on the way. */
export interface CsvTable {
  header: string[];
  rows: Row[];
  delimiter: Delimiter;
  /** Things said about the file as a whole: its encoding, its separator, a quote left open. */
  notes: string[];
}

/** The largest data file read: a national table for every area and year is a few tens of megabytes. */
export const MAX_DATA_BYTES = 256 * 1024 * 1024;

const DELIMITER_NAMES = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' } as const;

/**
 * Bytes to text: UTF-8 (with or without a byte-order mark), UTF-16 with its mark (what Excel's
 * "Unicode text" writes), else Windows-1252 (Excel's "CSV (Comma delimited)"), which is said.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; note?: string } | { error: string } {
  if (bytes.byteLength > MAX_DATA_BYTES)
    return { error: `The file is ${(bytes.byteLength / 1048576).toFixed(0)} MB, more than the ${MAX_DATA_BYTES / 1048576} MB Changemap reads as data.` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    if (bytes.includes(0)) return { error: 'The file is not text (it holds binary data): export the table as CSV and import that.' };
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      note: 'The file is not UTF-8, so it was read as Windows-1252 (what Excel writes for “CSV (Comma delimited)”); check accented names.',
    };
  }
}

/** The table in a CSV text: the first non-blank row is the header; blank rows are dropped. */
export function readCsvTable(text: string): CsvTable | { error: string } {
  const delimiter = detectDelimiter(text);
  const notes: string[] = [];
  if (delimiter !== ',')
    notes.push(
      `The columns are separated by ${DELIMITER_NAMES[delimiter]}; the file was read that way${delimiter === ';' ? ', with a decimal comma in numbers such as 61,2' : ''}.`,
    );
  const { rows, unterminatedQuoteLine } = parseCsv(text, delimiter);
  if (unterminatedQuoteLine !== undefined)
    notes.push(`Row ${unterminatedQuoteLine}: a quote (") opens a value that never closes, so the rest of the file was read as that one value.`);
  const filled = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const header = filled[0];
  if (!header) return { error: 'The file is empty: it has no header row and no data.' };
  return { header: header.cells.map((cell) => cell.trim()), rows: filled.slice(1), delimiter, notes };
}

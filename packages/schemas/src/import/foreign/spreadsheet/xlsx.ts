import type { ImportError } from '../../types.js';
import type { Row } from './csv.js';

/** One sheet of a workbook as rows of text. */
export interface Sheet {
  name: string;
  rows: Row[];
}

/** The most a workbook may unpack to (its parts' declared sizes added up): a plan's workbook is far smaller. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/**
 * Reads every sheet of an XLSX workbook as text, with `read-excel-file` (loaded only when a
 * workbook is opened, so the editor's first download stays small). Cells are read as stored:
 * a formula's saved result, never the formula run. Numbers become their shortest text, dates
 * ISO dates, booleans TRUE or FALSE.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<{ ok: true; sheets: Sheet[] } | { ok: false; error: ImportError }> {
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === undefined) return { ok: false, error: unreadable('it is not a complete XLSX file (its zip directory is missing or damaged)') };
  if (unpacked > MAX_UNPACKED_BYTES) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `This workbook would unpack to ${Math.round(unpacked / 1024 / 1024)} MB, far more than a plan needs, so it was not opened.`,
      },
    };
  }
  try {
    const { default: readXlsxFile } = await import('read-excel-file/universal');
    // The reader wants an ArrayBuffer of its own: copy the bytes out of any larger buffer they sit in.
    const buffer = new Uint8Array(bytes).buffer;
    const sheets = await readXlsxFile(buffer);
    return {
      ok: true,
      sheets: sheets.map(({ sheet, data }) => ({ name: sheet, rows: data.map((cells, i) => ({ cells: cells.map(cellText), line: i + 1 })) })),
    };
  } catch (error) {
    return { ok: false, error: unreadable(error instanceof Error ? error.message : 'the reader failed') };
  }
}

function unreadable(reason: string): ImportError {
  return { code: 'unreadable-spreadsheet', message: `This workbook could not be read: ${reason}. Save it again from Excel (or as CSV) and try again.` };
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return '';
}

/**
 * The sizes a zip file's central directory declares for its parts, added up, or undefined when
 * the directory cannot be found. A cheap guard against a tiny file that unpacks to gigabytes.
 */
export function declaredUnpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record is in the last 22 bytes plus a comment of up to 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(offset + 24, true);
    // 0xFFFFFFFF means the size is in a ZIP64 record: far beyond what a plan needs.
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}

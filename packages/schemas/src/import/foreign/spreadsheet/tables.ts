import { normalise } from '../kind-words.js';
import type { Row } from './csv.js';

/** What a table holds: boxes (a Label column) or links (From and To columns). */
export type TableRole = 'elements' | 'connections';

/** One table of a spreadsheet: its header, its rows, and how a note names a place in it. */
export interface SheetTable {
  role: TableRole;
  /** The header cells as written. */
  header: string[];
  /** The header cells normalised for matching: "Element Type" → "element type". */
  keys: string[];
  rows: Row[];
  /** "the sheet “Elements”" or "“food.csv”": where the table is, for a note. */
  source: string;
  /** "sheet “Elements”, row 7" or "“food.csv” line 7": where a row is, for a note. */
  place(line: number): string;
}

const LABEL_KEYS = ['label', 'name', 'title'];
const MARKERS = new Set(['elements', 'connections', 'boxes', 'links', 'nodes', 'edges']);

/** The role a header row gives its table, or undefined when it is not a header Changemap reads. */
export function roleOfHeader(cells: readonly string[]): TableRole | undefined {
  const keys = new Set(cells.map(normalise));
  if ((keys.has('from') && keys.has('to')) || (keys.has('source') && keys.has('target'))) return 'connections';
  if (LABEL_KEYS.some((key) => keys.has(key))) return 'elements';
  return undefined;
}

function isBlank(row: Row): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

/** A row holding one word that names the table below it ("Elements", "Connections"). */
function isMarker(row: Row): boolean {
  const filled = row.cells.filter((cell) => cell.trim() !== '');
  return filled.length === 1 && MARKERS.has(normalise(filled[0]!));
}

/**
 * The tables of one CSV file or sheet. The first filled row is the first table's header; after a
 * blank row or a title row ("Connections"), a header of the other kind (From and To after an
 * elements table, or Label after a connections table) starts the second. Blank rows are skipped,
 * so a blank line inside a table does not split it, and a data row is never taken for a header
 * unless a blank line stands above it. Returns the first filled row when it is not a header.
 */
export function splitTables(rows: readonly Row[], source: string, place: (line: number) => string): { tables: SheetTable[]; unreadHeader?: Row } {
  const tables: SheetTable[] = [];
  let current: SheetTable | undefined;
  let afterBreak = true;
  for (const row of rows) {
    if (isBlank(row) || isMarker(row)) {
      afterBreak = true;
      continue;
    }
    // Only a first row or a row after a break can be a heading, so only those are read as one.
    const role = current === undefined || afterBreak ? roleOfHeader(row.cells) : undefined;
    const breakBefore = afterBreak;
    afterBreak = false;
    if (current === undefined || (breakBefore && role !== undefined && role !== current.role)) {
      if (role === undefined) return { tables, unreadHeader: row };
      current = { role, header: row.cells.map((cell) => cell.trim()), keys: row.cells.map(normalise), rows: [], source, place };
      tables.push(current);
      continue;
    }
    current.rows.push(row);
  }
  return { tables };
}

/** The index of the first column whose key is one of `names` (in the order of `names`), or -1. */
export function findColumn(table: SheetTable, names: readonly string[]): number {
  for (const name of names) {
    const index = table.keys.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

/** A row's cell in a column, trimmed; empty when the row is short or there is no such column. */
export function cellAt(row: Row, column: number): string {
  return column < 0 ? '' : (row.cells[column] ?? '').trim();
}

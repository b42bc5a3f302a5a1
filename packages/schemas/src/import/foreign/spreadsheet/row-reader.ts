import type { ImportNotes } from '../notes.js';
import { capitalise } from '../shared.js';
import { DISPLAY_COLUMNS } from './columns.js';
import type { Row } from './csv.js';
import { cellAt, findColumn, type SheetTable } from './tables.js';

/** Where each named field of a table is, and which columns hold anything else. */
export interface ColumnMap<F extends string> {
  readonly at: Readonly<Record<F, number>>;
  /** Columns the table reads for no named field: kept as "Header: value" lines. */
  readonly others: readonly number[];
}

/**
 * Finds each field's column in a table (the first synonym present wins) and sorts the remaining
 * columns into kept (their values become description lines) and dropped (Kumu's display and
 * metric columns, said once each). A column with no header and no values is ignored.
 */
export function mapColumns<F extends string>(
  table: SheetTable,
  fields: Readonly<Record<F, readonly string[]>>,
  notes: ImportNotes,
  things: 'boxes' | 'links',
): ColumnMap<F> {
  const at = {} as Record<F, number>;
  const used = new Set<number>();
  for (const field of Object.keys(fields) as F[]) {
    const index = findColumn(table, fields[field]);
    at[field] = index;
    if (index >= 0) used.add(index);
  }
  const others: number[] = [];
  table.keys.forEach((key, index) => {
    if (used.has(index)) return;
    const name = table.header[index] || `column ${index + 1}`;
    if (DISPLAY_COLUMNS.has(key)) {
      notes.dropped(`the column “${name}” of the ${things}`, 'It says how a map is drawn or what was measured on it, not what the plan says.');
    } else if (key !== '' || table.rows.some((row) => cellAt(row, index) !== '')) {
      others.push(index);
      notes.info(
        'kept-column',
        `The column “${name}” has no field of its own in Changemap; its values were kept as a line “${name}: …” in the description of the ${things}.`,
        {
          hint: 'Nothing to do: the words are kept.',
        },
      );
    }
  });
  return { at, others };
}

/** The kept other columns of a row as "Header: value" lines (empty cells left out). */
export function otherLines(table: SheetTable, map: ColumnMap<string>, row: Row): string[] {
  const lines: string[] = [];
  for (const index of map.others) {
    const value = cellAt(row, index);
    if (value !== '') lines.push(`${table.header[index] || `Column ${index + 1}`}: ${value}`);
  }
  return lines;
}

/** Says once per row when it has values to the right of the last column with a header. */
export function noteOverflow(table: SheetTable, row: Row, notes: ImportNotes): void {
  const extra = row.cells.slice(table.header.length).filter((cell) => cell.trim() !== '');
  if (extra.length > 0) {
    notes.warn(
      'bad-row',
      `${capitalise(table.place(row.line))}: ${extra.length} value${extra.length === 1 ? '' : 's'} to the right of the last column with a heading ${extra.length === 1 ? 'was' : 'were'} not kept.`,
      {
        hint: 'Give the column a heading (it will be kept in the description) or delete the values.',
      },
    );
  }
}

import type { ImportError } from '../../types.js';
import type { ImportNotes } from '../notes.js';
import type { ImportedPlan } from '../types.js';
import { detectDelimiter, parseCsv, type Row } from './csv.js';
import { tablesToPlan } from './kumu.js';
import { splitTables, type SheetTable } from './tables.js';
import type { Sheet } from './xlsx.js';

const DELIMITER_NAMES = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' } as const;

/** One CSV file's text and name. */
export interface CsvFile {
  name: string;
  text: string;
}

/**
 * The tables of one or two CSV files: elements and connections in one file (the connections
 * table below the elements, under its own From/To heading row) or in two.
 */
export function csvTables(files: CsvFile[], notes: ImportNotes): SheetTable[] | ImportError {
  const tables: SheetTable[] = [];
  for (const file of files) {
    const delimiter = detectDelimiter(file.text);
    if (delimiter !== ',')
      notes.info('delimiter', `“${file.name}” has its columns separated by ${DELIMITER_NAMES[delimiter]}; it was read that way.`, { hint: 'Nothing to do.' });
    const { rows, unterminatedQuoteLine } = parseCsv(file.text, delimiter);
    if (unterminatedQuoteLine !== undefined) {
      notes.warn(
        'bad-row',
        `“${file.name}” line ${unterminatedQuoteLine}: a quote (") opens a value that never closes, so everything after it was read as that one value.`,
        {
          hint: 'Close the quote in the file, or remove it, and import again.',
        },
      );
    }
    const found = tablesOf(rows, `“${file.name}”`, (line) => `“${file.name}” line ${line}`, notes);
    if (!Array.isArray(found)) return { code: 'unrecognised-format', message: `“${file.name}” ${found}` };
    tables.push(...found);
  }
  return tables;
}

/** The tables of a workbook's sheets; sheets with neither a Label nor From and To heading are said and skipped. */
export function workbookTables(sheets: Sheet[], notes: ImportNotes): SheetTable[] {
  const tables: SheetTable[] = [];
  for (const sheet of sheets) {
    const found = tablesOf(sheet.rows, `the sheet “${sheet.name}”`, (line) => `sheet “${sheet.name}”, row ${line}`, notes);
    if (Array.isArray(found)) tables.push(...found);
    else notes.info('skipped-sheet', `The sheet “${sheet.name}” was not read: it ${found}`, { hint: 'Nothing to do if it holds notes or instructions.' });
  }
  return tables;
}

/** The tables in rows, or why there are none: "has no heading row …", to follow the file's or sheet's name. */
function tablesOf(rows: Row[], source: string, place: (line: number) => string, notes: ImportNotes): SheetTable[] | string {
  const { tables, unreadHeader } = splitTables(rows, source, place);
  if (unreadHeader && tables.length === 0) {
    const shown = unreadHeader.cells
      .filter((c) => c.trim() !== '')
      .slice(0, 6)
      .map((c) => `“${c.trim().slice(0, 30)}”`)
      .join(', ');
    return `has no heading row Changemap reads: its first row (${shown}) has neither a Label column (for elements) nor From and To columns (for connections).`;
  }
  if (rows.every((row) => row.cells.every((cell) => cell.trim() === ''))) return 'is empty.';
  if (unreadHeader) notes.warn('bad-row', `${place(unreadHeader.line)} and below in ${source} were not read: the row is not a Label or From/To heading.`);
  return tables;
}

/** The plan from the tables found: the first elements table and the first connections table (any more are said and skipped). */
export function spreadsheetToPlan(tables: SheetTable[], document: string, title: string, notes: ImportNotes): ImportedPlan | ImportError {
  const elements = tables.find((t) => t.role === 'elements');
  const connections = tables.find((t) => t.role === 'connections');
  for (const table of tables) {
    if (table !== elements && table !== connections)
      notes.warn(
        'skipped-table',
        `A second table of ${table.role} (in ${table.source}) was not read: Changemap reads one table of elements and one of connections.`,
      );
  }
  if (!elements && !connections)
    return { code: 'unrecognised-format', message: 'This spreadsheet has no table of elements (a Label column) or of connections (From and To columns).' };
  if (!elements) notes.info('no-elements', 'The spreadsheet has connections but no elements table; a box was made for each label the connections name.');
  return tablesToPlan({ ...(elements && { elements }), ...(connections && { connections }) }, document, title, notes);
}

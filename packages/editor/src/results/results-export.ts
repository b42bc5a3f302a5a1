import { getResultsCells, RESULTS_COLUMNS, type ResultsRow } from '@changemap/core';

/**
 * A text cell a spreadsheet would run as a formula (it starts with =, +, - or @) gets a leading
 * apostrophe, so an indicator called "=HYPERLINK(…)" stays text when the CSV is opened in Excel.
 */
function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : safeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The results table as CSV (RFC 4180, CRLF line ends, a byte-order mark so Excel reads UTF-8), one row per indicator. */
export function resultsToCsv(rows: readonly ResultsRow[]): string {
  const lines = [RESULTS_COLUMNS.map(csvCell).join(','), ...rows.map((row) => Object.values(getResultsCells(row)).map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Column widths of the workbook, in characters, by column. */
const XLSX_WIDTHS = [44, 18, 36, 30, 36, 10, 10, 12, 12, 11, 12, 14, 20, 14, 40];

/**
 * The results table as an XLSX workbook. The writer (write-excel-file) is loaded only now, so the
 * editor's main bundle does not carry it for officers who never export.
 */
export async function resultsToXlsx(rows: readonly ResultsRow[], planTitle: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = RESULTS_COLUMNS.map((value) => ({ value, fontWeight: 'bold' as const }));
  const body = rows.map((row) =>
    Object.values(getResultsCells(row)).map((value) => (value === '' ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String })),
  );
  return writeXlsxFile([header, ...body], {
    sheet:
      planTitle
        .replace(/[\\/?*[\]:]/g, ' ')
        .slice(0, 31)
        .trim() || 'Results',
    columns: XLSX_WIDTHS.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBlob();
}

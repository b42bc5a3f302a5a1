/** One row of a table, with the line of the file (or the row of the sheet) it starts on, for notes. */
export interface Row {
  cells: string[];
  line: number;
}

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * The separator of a CSV file, from its first non-empty line: the one of comma, semicolon and tab
 * that occurs most often outside quotes (Excel writes semicolons where the comma is the decimal
 * mark). A comma when none occurs.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(char as Delimiter)) counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
    if (char.trim() !== '') seenContent = true;
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Parses CSV as RFC 4180 describes and spreadsheets write it: quoted cells may hold separators,
 * line breaks and doubled quotes; lines end in CRLF, LF or CR. Lenient where files are sloppy: a
 * quote inside an unquoted cell is kept as a character, text after a closing quote is kept, and an
 * unterminated quote runs to the end of the file (and is reported). Cells are text: nothing is
 * evaluated, so "=SUM(A1:A3)" stays those characters.
 */
export function parseCsv(text: string, delimiter: Delimiter): { rows: Row[]; unterminatedQuoteLine?: number } {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let atCellStart = true;
  // Whether the current row has any character yet: a row that is only "" is one empty cell, not nothing.
  let touched = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRow = () => {
    endCell();
    rows.push({ cells, line: rowLine });
    cells = [];
    touched = false;
  };
  const delimiterCode = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char !== '\n' && char !== '\r') touched = true;
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
        continue;
      }
      // Everything up to the next quote belongs to the cell: added in one piece, counting its line breaks.
      const close = text.indexOf('"', i);
      const end = close < 0 ? text.length : close;
      const run = text.slice(i, end);
      cell += run;
      for (let k = run.indexOf('\n'); k >= 0; k = run.indexOf('\n', k + 1)) line++;
      for (let k = run.indexOf('\r'); k >= 0; k = run.indexOf('\r', k + 1)) if (run[k + 1] !== '\n') line++;
      i = end - 1;
      continue;
    }
    if (char === '"' && atCellStart) {
      inQuotes = true;
      quoteLine = line;
      atCellStart = false;
    } else if (char === delimiter) endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      // A run of ordinary characters (a quote after the cell's start is one of them) is added in one piece.
      let end = i + 1;
      for (; end < text.length; end++) {
        const code = text.charCodeAt(end);
        if (code === delimiterCode || code === 10 || code === 13) break;
      }
      cell += text.slice(i, end);
      atCellStart = false;
      i = end - 1;
    }
  }
  // A last line without a line break is still a row; an empty last line is not.
  if (touched || inQuotes) endRow();
  return inQuotes ? { rows, unterminatedQuoteLine: quoteLine } : { rows };
}

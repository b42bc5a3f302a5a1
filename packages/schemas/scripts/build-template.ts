// Writes the spreadsheet template of docs/importing.md: docs/templates/changemap-template.xlsx and
// the same tables as a CSV pair. Run with `pnpm --filter @changemap/schemas template`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { CONNECTION_HEADER, CONNECTION_ROWS, ELEMENT_HEADER, ELEMENT_ROWS, INSTRUCTIONS, toCsv } from './template-data.js';

const out = resolve(import.meta.dirname, '../../../docs/templates');
mkdirSync(out, { recursive: true });

const bold = (row: string[]) => row.map((value) => ({ value, fontWeight: 'bold' as const }));
const text = (rows: string[][]) => rows.map((row) => row.map((value) => (value === '' ? null : value)));

await writeXlsxFile([
  {
    sheet: 'Elements',
    data: [bold(ELEMENT_HEADER), ...text(ELEMENT_ROWS)],
    columns: [{ width: 44 }, { width: 12 }, { width: 50 }, { width: 16 }, { width: 18 }, { width: 22 }, { width: 20 }, { width: 36 }],
    stickyRowsCount: 1,
  },
  {
    sheet: 'Connections',
    data: [bold(CONNECTION_HEADER), ...text(CONNECTION_ROWS)],
    columns: [{ width: 44 }, { width: 44 }, { width: 14 }, { width: 11 }, { width: 40 }, { width: 12 }],
    stickyRowsCount: 1,
  },
  { sheet: 'How to fill in', data: text(INSTRUCTIONS), columns: [{ width: 140 }] },
]).toFile(resolve(out, 'changemap-template.xlsx'));

writeFileSync(resolve(out, 'changemap-elements.csv'), toCsv([ELEMENT_HEADER, ...ELEMENT_ROWS]));
writeFileSync(resolve(out, 'changemap-connections.csv'), toCsv([CONNECTION_HEADER, ...CONNECTION_ROWS]));
console.log(`Wrote the template to ${out}`);

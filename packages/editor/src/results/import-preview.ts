import type { Command, Plan } from '@changemap/core';
import {
  decodeCsv,
  detectLayout,
  importIndicatorData,
  LAYOUT_NAMES,
  parseColumnMap,
  readCsvTable,
  type ColumnRole,
  type ImportedSeries,
  type RefusedRow,
} from '@changemap/schemas';

/** What each column role reads as, for the mapping preview. */
const ROLE_WORDS: Readonly<Record<ColumnRole, string>> = {
  indicatorId: 'Indicator id',
  area: 'Area code',
  areaName: 'Area name',
  sex: 'Sex',
  age: 'Age band',
  categoryType: 'Breakdown type',
  category: 'Breakdown',
  period: 'Period',
  start: 'Period starts',
  end: 'Period ends',
  periodType: 'Period type',
  value: 'Value',
  lower: 'Lower 95% limit',
  upper: 'Upper 95% limit',
  count: 'Count',
  denominator: 'Denominator',
  note: 'Note',
  ageFrom: 'Age from',
  ageTo: 'Age to',
  deprivationDecile: 'Deprivation decile',
  deprivationCategory: 'Deprivation category',
};

export interface ImportChoices {
  /** The area whose rows become the indicator's readings. */
  area?: string;
  /** Areas whose rows become comparator series. */
  compare?: readonly string[];
  /** A column map typed as the CLI takes it: "area=GSSCode,period=Year,value=Value". */
  map?: string;
}

export interface FileArea {
  code: string;
  name?: string;
}

/** What the file holds and what importing it would do, before anything changes. */
export interface ImportPreview {
  /** The layout in words ("Fingertips data export"), when recognised. */
  layout?: string;
  /** Which column of the file is read as what. */
  mapping: { header: string; readAs: string }[];
  /** The areas the file holds (its area column's codes), for choosing the indicator's and the comparators'. */
  areas: FileArea[];
  /** Why nothing can be imported (the first says why; refused rows follow). Empty when it can. */
  errors: string[];
  /** The one command that imports it (one undo step), when it can. */
  command?: Command;
  series: ImportedSeries[];
  refused: RefusedRow[];
  notes: string[];
  skipped?: { otherAreas: number; breakdown: number; otherIndicators: number };
}

/** The CLI's words for its options, said as the dialog's controls. */
function inDialogWords(message: string): string {
  return message
    .replace(/choose the indicator's with --area <code>/g, 'choose the indicator’s area above')
    .replace(/--map/g, 'the column map')
    .replace(/--area/g, 'the area');
}

/**
 * Reads a CSV of indicator data for one indicator of the plan and says what importing it would do:
 * the layout and column mapping, the areas, the series written, the rows refused and why. Nothing
 * in the plan changes; the command it gives does that, as one undo step.
 */
export function previewIndicatorImport(plan: Plan, bytes: Uint8Array, indicatorId: string, fileName: string, choices: ImportChoices = {}): ImportPreview {
  const empty: ImportPreview = { mapping: [], areas: [], errors: [], series: [], refused: [], notes: [] };
  let map: Record<string, string> | undefined;
  if (choices.map !== undefined && choices.map.trim() !== '') {
    const parsed = parseColumnMap(choices.map);
    if (typeof parsed === 'string') return { ...empty, errors: [inDialogWords(parsed)] };
    map = parsed;
  }
  const decoded = decodeCsv(bytes);
  if ('error' in decoded) return { ...empty, errors: [decoded.error] };
  const table = readCsvTable(decoded.text);
  if ('error' in table) return { ...empty, errors: [table.error] };
  const layout = detectLayout(table.header, map);
  if (typeof layout === 'string') return { ...empty, errors: [inDialogWords(layout)] };
  const mapping = (Object.entries(layout.columns) as [ColumnRole, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([role, index]) => ({ header: table.header[index] ?? `column ${index + 1}`, readAs: ROLE_WORDS[role] }));
  const areas = areasOf(
    table.rows.map((r) => r.cells),
    layout.columns.area,
    layout.columns.areaName,
  );
  const base = { ...empty, layout: LAYOUT_NAMES[layout.name], mapping, areas };

  const result = importIndicatorData(plan, bytes, {
    indicator: indicatorId,
    fileName,
    ...(choices.area !== undefined && choices.area !== '' && { area: choices.area }),
    ...(choices.compare !== undefined && { compare: choices.compare }),
    ...(map && { map }),
  });
  if (!result.ok) return { ...base, errors: result.errors.map(inDialogWords) };
  return { ...base, command: result.command, series: result.series, refused: result.refused, notes: result.notes.map(inDialogWords), skipped: result.skipped };
}

function areasOf(rows: readonly (readonly string[])[], codeColumn: number | undefined, nameColumn: number | undefined): FileArea[] {
  if (codeColumn === undefined) return [];
  const areas = new Map<string, FileArea>();
  for (const cells of rows) {
    const code = cells[codeColumn]?.trim();
    if (!code || areas.has(code)) continue;
    const name = nameColumn === undefined ? undefined : cells[nameColumn]?.trim();
    areas.set(code, { code, ...(name && { name }) });
  }
  return [...areas.values()];
}

import {
  applyCommand,
  isChangemapError,
  updateIndicatorData,
  type Command,
  type ComparatorSeries,
  type IndicatorArea,
  type IndicatorNode,
  type Plan,
} from '@changemap/core';
import { detectLayout, type LayoutName } from './layouts.js';
import { decodeCsv, readCsvTable } from './read-table.js';
import { readRows, type DataRow, type RefusedRow } from './rows.js';

/** What to import and where. */
export interface DataImportOptions {
  /** The id of the plan's indicator the data is for. */
  indicator: string;
  /** The area whose rows become the indicator's measurements (default: the indicator's area, or the file's only area). */
  area?: string;
  /** Areas whose rows become comparator series (default: the indicator's comparator areas). */
  compare?: readonly string[];
  /** The sex of the headline series when the file has no persons rows: "male" or "female" (default: persons, or the file's only sex). */
  sex?: string;
  /** Column map, name → header: area, name, period, start, end, value, lower, upper, count, denominator, note, sex, indicator. */
  map?: Readonly<Record<string, string>>;
  /** The file's name, kept as each reading's source. */
  fileName?: string;
}

/** One series the import wrote. */
export interface ImportedSeries {
  role: 'indicator' | 'comparator';
  code: string;
  name?: string;
  readings: number;
}

export type DataImportResult =
  | { ok: false; errors: string[] }
  | {
      ok: true;
      /** The plan with the data in (the input plan is not changed). */
      plan: Plan;
      /** The one command that made the change: apply it to a history for one undo step. */
      command: Command;
      layout: LayoutName;
      /** Rows refused, by row number, with the reason. */
      refused: RefusedRow[];
      /** What the import noticed or decided (separator, guessed columns, which sex is the headline series …). */
      notes: string[];
      series: ImportedSeries[];
      /** Rows read and left out on purpose: other areas, breakdowns (sex, age, deprivation), other indicators. */
      skipped: { otherAreas: number; breakdown: number; otherIndicators: number };
    };

/**
 * Reads a CSV of indicator data (a Fingertips data export, the Fingertips data-upload layout, or
 * any table through a column map) into one indicator of a plan: the rows of its area become its
 * measurements and the rows of each comparator area a comparator series, laid over what is there
 * (same periods replaced, so importing a file twice changes nothing more). Every row is checked
 * first; refused rows are listed and the rest imported. Fails, changing nothing, when the file
 * cannot be read, its headers are not recognised, the indicator is unknown, or nothing is left to import.
 */
export function importIndicatorData(plan: Plan, input: Uint8Array | string, options: DataImportOptions): DataImportResult {
  const node = plan.nodes.get(options.indicator);
  if (node?.kind !== 'indicator') {
    const ids = plan.nodes
      .toArray()
      .filter((n) => n.kind === 'indicator')
      .map((n) => n.id);
    return fail(
      `The plan has no indicator “${options.indicator}”. Its indicators are: ${ids.length > 0 ? ids.slice(0, 40).join(', ') + (ids.length > 40 ? ` and ${ids.length - 40} more` : '') : 'none'}.`,
    );
  }
  const indicator = node;
  const decoded = typeof input === 'string' ? { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input } : decodeCsv(input);
  if ('error' in decoded) return fail(decoded.error);
  const table = readCsvTable(decoded.text);
  if ('error' in table) return fail(table.error);
  const notes = [...('note' in decoded && decoded.note !== undefined ? [decoded.note] : []), ...table.notes];
  const layout = detectLayout(table.header, options.map);
  if (typeof layout === 'string') return fail(layout);
  if (layout.guessed) notes.push(layout.guessed);
  if (table.rows.length === 0) return fail('The file has a header but no rows of data.');

  const read = readRows(table.rows, layout, { decimalComma: table.delimiter === ';', ...(options.fileName !== undefined && { source: options.fileName }) });
  const refused = read.refused;

  const forIndicator = rowsOfIndicator(read.rows, indicator, notes);
  if (typeof forIndicator === 'string') return fail(forIndicator, refused);
  const headline = headlineOf(forIndicator.rows, layout.name, notes, options.sex?.toLowerCase());
  if (typeof headline === 'string') return fail(headline, refused);
  if (headline.rows.length === 0)
    return fail(
      `Nothing to import: ${read.rows.length === 0 ? 'every row was refused' : 'the file has no headline rows (rows without a breakdown)'}.`,
      refused,
    );

  const areaCode = options.area ?? indicator.area?.code ?? onlyArea(headline.rows);
  const hasAreas = layout.columns.area !== undefined;
  if (hasAreas && areaCode === undefined) {
    return fail(`The file holds ${countAreas(headline.rows)} areas (${listAreas(headline.rows)}); choose the indicator's with --area <code>.`, refused);
  }
  const own = hasAreas ? headline.rows.filter((r) => r.area === areaCode) : headline.rows;
  const compareCodes = (options.compare ?? indicator.comparatorSeries?.map((s) => s.code) ?? []).filter((code) => code !== areaCode);
  const comparatorSeries: ComparatorSeries[] = [];
  const series: ImportedSeries[] = [];
  if (own.length > 0) series.push({ role: 'indicator', code: areaCode ?? '', ...nameOf(own), readings: own.length });
  for (const code of compareCodes) {
    const rows = headline.rows.filter((r) => r.area === code);
    if (rows.length === 0) {
      notes.push(`The file has no headline rows for the comparator area ${code}.`);
      continue;
    }
    const existing = indicator.comparatorSeries?.find((s) => s.code === code);
    const name = nameOf(rows).name ?? existing?.name;
    comparatorSeries.push({ code, ...(name !== undefined && { name }), measurements: rows.map((r) => r.measurement) });
    series.push({ role: 'comparator', code, ...(name !== undefined && { name }), readings: rows.length });
  }
  if (own.length === 0 && comparatorSeries.length === 0) {
    const why = hasAreas
      ? `no headline rows for the area ${areaCode}${headline.rows.length > 0 ? ` (the file holds ${listAreas(headline.rows)})` : ''}`
      : 'no headline rows';
    return fail(`Nothing to import: the file has ${why}.`, refused);
  }

  const used = new Set([areaCode, ...compareCodes]);
  const otherAreas = hasAreas ? headline.rows.filter((r) => !used.has(r.area)).length : 0;
  const area = areaCode === undefined ? undefined : areaOf(areaCode, own, indicator.area);
  const command = updateIndicatorData(indicator, {
    ...(area && { area }),
    ...(own.length > 0 && { measurements: own.map((r) => r.measurement) }),
    ...(comparatorSeries.length > 0 && { comparatorSeries }),
  });
  try {
    const changed = applyCommand(plan, command);
    return {
      ok: true,
      plan: changed,
      command,
      layout: layout.name,
      refused,
      notes,
      series,
      skipped: { otherAreas, breakdown: headline.breakdown, otherIndicators: forIndicator.other },
    };
  } catch (error) {
    if (isChangemapError(error)) return fail(`The data could not be written to the indicator: ${error.message}`, refused);
    throw error;
  }
}

function fail(message: string, refused: readonly RefusedRow[] = []): { ok: false; errors: string[] } {
  return {
    ok: false,
    errors: [
      message,
      ...refused.slice(0, 20).map((r) => `Row ${r.row} ${r.reason}`),
      ...(refused.length > 20 ? [`… and ${refused.length - 20} more refused rows.`] : []),
    ],
  };
}

/** The indicator's Fingertips id, when the plan records one. */
export function fingertipsIdOf(indicator: IndicatorNode): string | undefined {
  return indicator.externalIds?.find((e) => /fingertips/i.test(e.scheme))?.id;
}

/** The rows for this indicator: when the file names indicators and the plan's indicator has a Fingertips id, they must match. */
function rowsOfIndicator(rows: DataRow[], indicator: IndicatorNode, notes: string[]): { rows: DataRow[]; other: number } | string {
  const ids = [...new Set(rows.map((r) => r.indicatorId).filter((id) => id !== undefined))];
  if (ids.length === 0) return { rows, other: 0 };
  const wanted = fingertipsIdOf(indicator);
  if (wanted === undefined) {
    if (ids.length > 1)
      return `The file holds several indicators (${ids.slice(0, 10).join(', ')}); record the plan's indicator's Fingertips id (Ids in other catalogues) to choose one.`;
    notes.push(`The file is for Fingertips indicator ${ids[0]}; the plan's indicator “${indicator.id}” has no Fingertips id to check it against.`);
    return { rows, other: 0 };
  }
  const mine = rows.filter((r) => r.indicatorId === undefined || r.indicatorId === wanted);
  if (mine.length === 0)
    return `The file is for Fingertips indicator ${ids.slice(0, 10).join(', ')}, but the plan's indicator “${indicator.id}” is Fingertips indicator ${wanted}. Nothing was imported.`;
  return { rows: mine, other: rows.length - mine.length };
}

/**
 * The headline series: rows without a breakdown (an empty Category Type, or empty age and
 * deprivation columns in the upload layout), for persons, or for the one sex the file holds when it
 * holds only one. Other rows are breakdowns, counted and left out, never mixed in.
 */
function headlineOf(rows: DataRow[], layout: LayoutName, notes: string[], chosenSex: string | undefined): { rows: DataRow[]; breakdown: number } | string {
  const plain = rows.filter((r) => r.category === '');
  const sexes = new Set(plain.map((r) => r.sex));
  let sex: string | undefined;
  if (chosenSex !== undefined) {
    if (!sexes.has(chosenSex))
      return `The file has no headline rows for the sex “${chosenSex}”; it holds: ${[...sexes].map((s) => s || '(no sex column)').join(', ')}.`;
    sex = chosenSex;
  } else if (sexes.has('persons') || sexes.size === 0) sex = 'persons';
  else if (sexes.size === 1) {
    sex = [...sexes][0]!;
    if (sex !== '') notes.push(`The file holds only ${sex} rows; they are the headline series.`);
  } else
    return `The file holds ${[...sexes].join(' and ')} rows but none for persons; choose the headline series with --sex (Changemap never adds the sexes together).`;
  const bySex = plain.filter((r) => r.sex === sex);
  let age = '';
  if (layout !== 'fingertipsUpload') {
    const counts = new Map<string, number>();
    for (const r of bySex) counts.set(r.age, (counts.get(r.age) ?? 0) + 1);
    if (counts.size === 1) age = [...counts.keys()][0]!;
    else if (counts.size > 1) {
      const allAges = [...counts.keys()].find((a) => /^all ages$/i.test(a));
      age = allAges ?? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      notes.push(
        `The file holds several age bands (${[...counts.keys()].slice(0, 6).join(', ')}); “${age}” is the headline series and the others were left out.`,
      );
    }
  }
  const headline = bySex.filter((r) => r.age === age);
  return { rows: headline, breakdown: rows.length - headline.length };
}

function onlyArea(rows: readonly DataRow[]): string | undefined {
  const areas = new Set(rows.map((r) => r.area));
  return areas.size === 1 ? [...areas][0] : undefined;
}

function countAreas(rows: readonly DataRow[]): number {
  return new Set(rows.map((r) => r.area)).size;
}

function listAreas(rows: readonly DataRow[]): string {
  const names = new Map<string, string | undefined>();
  for (const r of rows) if (!names.has(r.area)) names.set(r.area, r.areaName);
  const shown = [...names].slice(0, 10).map(([code, name]) => (name ? `${code} ${name}` : code));
  return names.size > 10 ? `${shown.join(', ')} and ${names.size - 10} more` : shown.join(', ');
}

function nameOf(rows: readonly DataRow[]): { name?: string } {
  const name = rows.find((r) => r.areaName !== undefined)?.areaName;
  return name === undefined ? {} : { name: name.slice(0, 200) };
}

function areaOf(code: string, rows: readonly DataRow[], existing: IndicatorArea | undefined): IndicatorArea {
  const name = nameOf(rows).name ?? (existing?.code === code ? existing.name : undefined);
  return { code: code.slice(0, 50), ...(name !== undefined && { name }) };
}

/**
 * The layouts of indicator data Changemap recognises by their headers: the Fingertips data export,
 * the Fingertips data-upload layout, and any table through an explicit column map (or, when the
 * headers leave no doubt, a guessed one that is said).
 */

/** What a column holds. */
export type ColumnRole =
  | 'indicatorId'
  | 'area'
  | 'areaName'
  | 'sex'
  | 'age'
  | 'categoryType'
  | 'category'
  | 'period'
  | 'start'
  | 'end'
  | 'periodType'
  | 'value'
  | 'lower'
  | 'upper'
  | 'count'
  | 'denominator'
  | 'note'
  | 'ageFrom'
  | 'ageTo'
  | 'deprivationDecile'
  | 'deprivationCategory';

export type LayoutName = 'fingertipsExport' | 'fingertipsUpload' | 'mapped';

export const LAYOUT_NAMES: Readonly<Record<LayoutName, string>> = {
  fingertipsExport: 'Fingertips data export',
  fingertipsUpload: 'Fingertips data-upload layout',
  mapped: 'a table read through a column map',
};

/** Which column (index in the header) holds what, for one file. */
export interface Layout {
  name: LayoutName;
  columns: Partial<Record<ColumnRole, number>>;
  /** Said when the column map was guessed from the headers. */
  guessed?: string;
}

/** The names `--map` takes, and the role each gives a column. */
export const MAP_KEYS: Readonly<Record<string, ColumnRole>> = {
  area: 'area',
  name: 'areaName',
  period: 'period',
  start: 'start',
  end: 'end',
  value: 'value',
  lower: 'lower',
  upper: 'upper',
  count: 'count',
  denominator: 'denominator',
  note: 'note',
  sex: 'sex',
  indicator: 'indicatorId',
};

/** The Fingertips data export's headers, in order (the 23rd names the parent area type; the 27th is in newer files only). */
export const FINGERTIPS_EXPORT_HEADERS = [
  'Indicator ID',
  'Indicator Name',
  'Parent Code',
  'Parent Name',
  'Area Code',
  'Area Name',
  'Area Type',
  'Sex',
  'Age',
  'Category Type',
  'Category',
  'Time period',
  'Value',
  'Lower CI 95.0 limit',
  'Upper CI 95.0 limit',
  'Lower CI 99.8 limit',
  'Upper CI 99.8 limit',
  'Count',
  'Denominator',
  'Value note',
  'Recent Trend',
  'Compared to England value or percentiles',
  'Compared to <parent> value or percentiles',
  'Time period Sortable',
  'New data',
  'Compared to goal',
  'Time period range',
] as const;

const EXPORT_ROLES: Readonly<Record<string, ColumnRole>> = {
  'indicator id': 'indicatorId',
  'area code': 'area',
  'area name': 'areaName',
  sex: 'sex',
  age: 'age',
  'category type': 'categoryType',
  category: 'category',
  'time period': 'period',
  value: 'value',
  'lower ci 95.0 limit': 'lower',
  'upper ci 95.0 limit': 'upper',
  count: 'count',
  denominator: 'denominator',
  'value note': 'note',
};

/** The Fingertips data-upload layout: these headers exactly, in this order (as that service requires). */
export const FINGERTIPS_UPLOAD_HEADERS = [
  'area_code',
  'date_from',
  'date_to',
  'period_type',
  'sex',
  'age_from_years_inclusive',
  'age_to_years_inclusive',
  'deprivation_decile',
  'deprivation_category',
  'count',
  'value',
  'denominator',
  'lower_ci_95',
  'upper_ci_95',
  'lower_ci_99_8',
  'upper_ci_99_8',
] as const;

const UPLOAD_ROLES: Readonly<Record<string, ColumnRole>> = {
  area_code: 'area',
  date_from: 'start',
  date_to: 'end',
  period_type: 'periodType',
  sex: 'sex',
  age_from_years_inclusive: 'ageFrom',
  age_to_years_inclusive: 'ageTo',
  deprivation_decile: 'deprivationDecile',
  deprivation_category: 'deprivationCategory',
  count: 'count',
  value: 'value',
  denominator: 'denominator',
  lower_ci_95: 'lower',
  upper_ci_95: 'upper',
};

/** Headers that, alone of their kind in a table, leave no doubt what they hold (formats.md: "Other statistics tables"). */
const GUESSES: readonly [ColumnRole, readonly string[]][] = [
  ['area', ['area code', 'area_code', 'gsscode', 'gss code', 'geography_code', 'geography code', 'ons_code', 'ons code']],
  ['areaName', ['area name', 'area_name', 'area', 'geography', 'geography_name']],
  ['period', ['time period', 'time_period', 'year', 'period']],
  ['value', ['value']],
  ['lower', ['lower ci', 'lower_ci', 'lower ci 95.0 limit', 'lower_ci_95']],
  ['upper', ['upper ci', 'upper_ci', 'upper ci 95.0 limit', 'upper_ci_95']],
  ['count', ['count']],
  ['denominator', ['denominator']],
];

export function normaliseHeader(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `--map area=GSSCode,period=Year,value=Value` as role → header, or why it cannot be read. */
export function parseColumnMap(text: string): Record<string, string> | string {
  const map: Record<string, string> = {};
  for (const part of text.split(',')) {
    const [key, ...rest] = part.split('=');
    const name = key?.trim().toLowerCase() ?? '';
    const header = rest.join('=').trim();
    if (!Object.hasOwn(MAP_KEYS, name) || header === '')
      return `--map takes name=header pairs separated by commas, the names being ${Object.keys(MAP_KEYS).join(', ')}; “${part.trim()}” is not one.`;
    map[name] = header;
  }
  return map;
}

/** The layout of a table from its header and an optional column map, or why it cannot be read (listing what was expected). */
export function detectLayout(header: readonly string[], map?: Readonly<Record<string, string>>): Layout | string {
  const keys = header.map(normaliseHeader);
  const indexOf = (name: string) => keys.indexOf(name);
  if (map) {
    const columns: Partial<Record<ColumnRole, number>> = {};
    for (const [name, wanted] of Object.entries(map)) {
      const index = indexOf(normaliseHeader(wanted));
      if (index < 0) return `The column “${wanted}” given for ${name} in --map is not in the file. Its headers are: ${listHeaders(header)}.`;
      columns[MAP_KEYS[name]!] = index;
    }
    if (columns.value === undefined || (columns.period === undefined && columns.start === undefined))
      return '--map must name at least the value column and the period column (value=…, period=…).';
    return { name: 'mapped', columns };
  }
  if (indexOf('area_code') >= 0 && indexOf('date_from') >= 0) {
    const same = keys.length === FINGERTIPS_UPLOAD_HEADERS.length && FINGERTIPS_UPLOAD_HEADERS.every((h, i) => keys[i] === h);
    if (!same)
      return `The file looks like the Fingertips data-upload layout, but its headers are not that layout's, in its order. Expected: ${FINGERTIPS_UPLOAD_HEADERS.join(', ')}. Found: ${listHeaders(header)}.`;
    return { name: 'fingertipsUpload', columns: rolesOf(keys, UPLOAD_ROLES) };
  }
  if (indexOf('indicator id') >= 0 && indexOf('area code') >= 0) {
    const missing = ['Area Code', 'Time period', 'Value'].filter((h) => indexOf(h.toLowerCase()) < 0);
    if (missing.length > 0)
      return `The file looks like a Fingertips data export but has no ${missing.join(', ')} column. Expected the export's headers: ${FINGERTIPS_EXPORT_HEADERS.join(', ')}.`;
    return { name: 'fingertipsExport', columns: rolesOf(keys, EXPORT_ROLES) };
  }
  const columns: Partial<Record<ColumnRole, number>> = {};
  const said: string[] = [];
  for (const [role, names] of GUESSES) {
    const found = keys.map((key, i) => (names.includes(key) ? i : -1)).filter((i) => i >= 0);
    if (found.length === 1 && !Object.values(columns).includes(found[0]!)) {
      columns[role] = found[0]!;
      said.push(`${Object.keys(MAP_KEYS).find((k) => MAP_KEYS[k] === role)}=${header[found[0]!]}`);
    }
  }
  if (columns.value !== undefined && columns.period !== undefined)
    return { name: 'mapped', columns, guessed: `The columns were guessed from the headers: ${said.join(', ')}. Give --map to choose others.` };
  return (
    `The headers are not a layout Changemap recognises: ${listHeaders(header)}. Expected the Fingertips data export (${FINGERTIPS_EXPORT_HEADERS.slice(0, 15).join(', ')}, …), ` +
    `the Fingertips data-upload layout (${FINGERTIPS_UPLOAD_HEADERS.join(', ')}), or name the columns with --map area=<header>,period=<header>,value=<header>,lower=<header>,upper=<header>,count=<header>,denominator=<header>.`
  );
}

function rolesOf(keys: readonly string[], roles: Readonly<Record<string, ColumnRole>>): Partial<Record<ColumnRole, number>> {
  const columns: Partial<Record<ColumnRole, number>> = {};
  keys.forEach((key, index) => {
    const role = Object.hasOwn(roles, key) ? roles[key] : undefined;
    if (role !== undefined && columns[role] === undefined) columns[role] = index;
  });
  return columns;
}

function listHeaders(header: readonly string[]): string {
  const shown = header.slice(0, 30).map((h) => `“${h.slice(0, 60)}”`);
  return header.length > 30 ? `${shown.join(', ')} and ${header.length - 30} more` : shown.join(', ');
}

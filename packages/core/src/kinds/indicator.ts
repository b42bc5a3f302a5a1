import type { NodeBase } from '../model/nodes.js';
import { choice, date, decimal, group, groupList, isoDate, text, textList, url, type FieldSpec } from '../model/fields.js';
import type { NodeKindSpec } from './spec.js';

export const INDICATOR_DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
/** Which way is better for an indicator. */
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export interface IndicatorValue {
  value: number;
  /** ISO date or period, e.g. "2022" or "2021/22". */
  date?: string;
  note?: string;
}
export interface IndicatorTarget {
  value?: number;
  date?: string;
  /** A target in words when it is not a number, e.g. "better than the London average". */
  description?: string;
}
export interface DataSource {
  name: string;
  publisher?: string;
  url?: string;
}
export interface ExternalId {
  /** The catalogue the id belongs to, e.g. "Fingertips". */
  scheme: string;
  id: string;
}

/**
 * One reading of an indicator for one period, as a statistics publisher gives it (a row of a
 * Fingertips export, say). `date` is the period's label ("2022", "2021/22", "2018 - 20"); `start`
 * and `end` are its first and last days when the source says them, and then order the series.
 */
export interface Measurement {
  value: number;
  /** The period as the source labels it: "2022", "2021/22", "2018 - 20", "2023-03-31". */
  date?: string;
  /** The period's first day, YYYY-MM-DD. */
  start?: string;
  /** The period's last day, YYYY-MM-DD; never before `start`. */
  end?: string;
  /** The lower limit of the 95% confidence interval. */
  lowerCi?: number;
  /** The upper limit of the 95% confidence interval. */
  upperCi?: number;
  /** The numerator: how many people or events were counted. */
  count?: number;
  denominator?: number;
  note?: string;
  /** Where this reading comes from: a file name, a publication, a page. */
  source?: string;
}

/** A place a series is about: an ONS/GSS code and its name, e.g. E09000030 Tower Hamlets. */
export interface IndicatorArea {
  code: string;
  name?: string;
}

/** The same indicator for another area (London, England), to compare against. */
export interface ComparatorSeries extends IndicatorArea {
  measurements: Measurement[];
}

/** How progress is measured. */
export interface IndicatorNode extends NodeBase<'indicator'> {
  unit?: string;
  direction?: IndicatorDirection;
  baseline?: IndicatorValue;
  target?: IndicatorTarget;
  /** Areas compared against, e.g. ["London", "England"]. */
  comparators?: string[];
  dataSource?: DataSource;
  frequency?: string;
  externalIds?: ExternalId[];
  /** The indicator's readings over time, for its `area`, in period order. */
  measurements?: Measurement[];
  /** The area the measurements are for. */
  area?: IndicatorArea;
  /** The same indicator for the areas it is compared with (see `comparators` for their names in words). */
  comparatorSeries?: ComparatorSeries[];
}

/** The most readings one series holds: a monthly series for 80 years. */
export const MAX_MEASUREMENTS = 1_000;

const MEASUREMENT_FIELD: FieldSpec<Measurement> = group<Measurement>(
  'Measurement',
  {
    value: decimal('Value'),
    date: date('Period', { help: 'as the source labels it: 2022, 2021/22, 2018 - 20' }),
    start: isoDate('Period starts'),
    end: isoDate('Period ends'),
    lowerCi: decimal('Lower 95% confidence limit'),
    upperCi: decimal('Upper 95% confidence limit'),
    count: decimal('Count'),
    denominator: decimal('Denominator'),
    note: text('Note', 2_000),
    source: text('Source', 500),
  },
  { required: ['value'], schemaName: 'measurement' },
);

const AREA_PARTS = {
  code: text('Area code', 50, { help: 'The ONS code of the place the readings are for, e.g. E09000030 (enter it before the name).' }),
  name: text('Area name', 200),
};

/** A figure at a date (the baseline); measurements have their own, richer definition. */
function indicatorValue(labels: { value: string; date: string; note: string }, dateHelp?: string): FieldSpec<IndicatorValue> {
  return group<IndicatorValue>(
    labels.value,
    { value: decimal(labels.value), date: date(labels.date, dateHelp === undefined ? {} : { help: dateHelp }), note: text(labels.note, 2_000) },
    { required: ['value'], schemaName: 'indicatorValue' },
  );
}

export const indicatorSpec: NodeKindSpec<IndicatorNode> = {
  kind: 'indicator',
  label: 'Indicator',
  pluralLabel: 'Indicators',
  description: 'How progress is measured.',
  icon: '▲',
  colour: { light: '#c2410c', dark: '#ffa657' },
  shape: 'cylinder',
  links: { starts: ['measures'], ends: ['investigates', 'supports'] },
  fields: {
    unit: text('Unit', 100),
    direction: choice('Better if it goes', INDICATOR_DIRECTIONS),
    baseline: indicatorValue(
      { value: 'Baseline value', date: 'Baseline date', note: 'Baseline note' },
      'e.g. 2022, 2021/22 or 2023-03-31 (enter the value first)',
    ),
    target: group<IndicatorTarget>(
      'Target',
      { value: decimal('Target value'), date: date('Target date', { help: 'e.g. 2028' }), description: text('Target in words', 2_000) },
      { schemaName: 'indicatorTarget' },
    ),
    comparators: textList('Compared with (comma-separated)', 20, 200),
    dataSource: group<DataSource>(
      'Data source',
      { name: text('Data source', 500), publisher: text('Publisher', 500), url: url('Source link') },
      { required: ['name'], schemaName: 'dataSource' },
    ),
    frequency: text('How often', 100),
    externalIds: groupList(
      'Ids in other catalogues',
      group<ExternalId>(
        'Id in another catalogue',
        { scheme: text('Catalogue', 100), id: text('Id', 200) },
        { required: ['scheme', 'id'], schemaName: 'externalId' },
      ),
      20,
    ),
    measurements: groupList('Measurements', MEASUREMENT_FIELD, MAX_MEASUREMENTS),
    area: group<IndicatorArea>('Area measured', AREA_PARTS, { required: ['code'], schemaName: 'area' }),
    comparatorSeries: groupList(
      'Comparator data',
      group<ComparatorSeries>(
        'Comparator',
        { ...AREA_PARTS, measurements: groupList('Measurements', MEASUREMENT_FIELD, MAX_MEASUREMENTS) },
        { required: ['code', 'measurements'], schemaName: 'comparatorSeries' },
      ),
      20,
    ),
  },
};

import type { NodeBase } from '../model/nodes.js';
import { choice, date, decimal, group, groupList, text, textList, url, type FieldSpec } from '../model/fields.js';
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
  measurements?: IndicatorValue[];
}

/** A figure at a date; baseline and measurements share one schema definition, with their own labels. */
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
    baseline: indicatorValue({ value: 'Baseline value', date: 'Baseline date', note: 'Baseline note' }, 'e.g. 2022, 2021/22 or 2023-03-31 (enter the value first)'),
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
      group<ExternalId>('Id in another catalogue', { scheme: text('Catalogue', 100), id: text('Id', 200) }, { required: ['scheme', 'id'], schemaName: 'externalId' }),
      20,
    ),
    measurements: groupList('Measurements', indicatorValue({ value: 'Value', date: 'Date', note: 'Note' }), 1_000),
  },
};

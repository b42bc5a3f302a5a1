import type { NodeBase } from '../model/nodes.js';
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

export const indicatorSpec: NodeKindSpec<IndicatorNode> = {
  kind: 'indicator',
  label: 'Indicator',
  pluralLabel: 'Indicators',
  description: 'How progress is measured.',
  icon: '▲',
  colour: { light: '#c2410c', dark: '#ffa657' },
  links: { starts: ['measures'], ends: ['investigates', 'supports'] },
};

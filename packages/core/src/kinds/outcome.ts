import type { NodeBase } from '../model/nodes.js';
import { choice } from '../model/fields.js';
import type { NodeKindSpec } from './spec.js';

export const OUTCOME_HORIZONS = ['short', 'medium', 'long'] as const;
export type OutcomeHorizon = (typeof OUTCOME_HORIZONS)[number];

/** A change in people's lives or in systems. */
export interface OutcomeNode extends NodeBase<'outcome'> {
  horizon?: OutcomeHorizon;
}

export const outcomeSpec: NodeKindSpec<OutcomeNode> = {
  kind: 'outcome',
  label: 'Outcome',
  pluralLabel: 'Outcomes',
  description: "A change in people's lives or in systems.",
  icon: '●',
  colour: { light: '#15803d', dark: '#56d364' },
  shape: 'rounded',
  levels: [
    { id: 'outcome-short', title: 'Short-term outcomes' },
    { id: 'outcome-medium', title: 'Medium-term outcomes' },
    { id: 'outcome-long', title: 'Long-term outcomes' },
  ],
  defaultLevel: 'outcome-medium',
  levelOf: (node) => `outcome-${node.horizon ?? 'medium'}`,
  links: { starts: ['contributesTo'], ends: ['contributesTo', 'measures', 'investigates', 'underlies', 'supports'] },
  fields: { horizon: choice('Horizon', OUTCOME_HORIZONS, { help: 'Short, medium or long term.' }) },
};

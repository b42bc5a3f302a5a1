import type { NodeBase } from '../model/nodes.js';
import type { NodeKindSpec } from './spec.js';

/** What an activity directly produces and can count: "200 staff trained", "a new clinic open". */
export type OutputNode = NodeBase<'output'>;

export const outputSpec: NodeKindSpec<OutputNode> = {
  kind: 'output',
  label: 'Output',
  pluralLabel: 'Outputs',
  description: 'What an activity directly produces, e.g. "200 staff trained".',
  icon: '■',
  colour: { light: '#4d7c0f', dark: '#a3e635' },
  shape: 'invertedTrapezoid',
  levels: [{ id: 'output', title: 'Outputs' }],
  defaultLevel: 'output',
  links: { starts: ['contributesTo'], ends: ['contributesTo', 'measures', 'investigates', 'underlies', 'supports'] },
  fields: {},
};

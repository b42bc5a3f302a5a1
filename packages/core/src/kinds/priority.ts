import type { NodeBase } from '../model/nodes.js';
import { text } from '../model/fields.js';
import type { NodeKindSpec } from './spec.js';

/** A numbered objective inside a call to action. */
export interface PriorityNode extends NodeBase<'priority'> {
  /** The plan's own numbering, e.g. "3.2". */
  number?: string;
}

export const prioritySpec: NodeKindSpec<PriorityNode> = {
  kind: 'priority',
  label: 'Priority',
  pluralLabel: 'Priorities',
  description: 'A numbered objective inside a call to action, e.g. 3.2.',
  icon: '◆',
  colour: { light: '#0369a1', dark: '#56c2f0' },
  shape: 'rectangle',
  levels: [{ id: 'priority', title: 'Priorities' }],
  defaultLevel: 'priority',
  links: {
    starts: ['contributesTo', 'deliveredBy'],
    ends: ['contributesTo', 'measures', 'guides', 'investigates', 'underlies', 'supports'],
  },
  fields: { number: text('Number (e.g. 3.2)', 20, { leading: true }) },
};

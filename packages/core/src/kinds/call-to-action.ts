import type { NodeBase } from '../model/nodes.js';
import { whole } from '../model/fields.js';
import type { NodeKindSpec } from './spec.js';

/** A cross-cutting priority with its own theory of change. */
export interface CallToActionNode extends NodeBase<'callToAction'> {
  number?: number;
}

export const callToActionSpec: NodeKindSpec<CallToActionNode> = {
  kind: 'callToAction',
  label: 'Call to action',
  pluralLabel: 'Calls to action',
  description: 'A cross-cutting priority with its own theory of change.',
  icon: '⚑',
  colour: { light: '#1d4ed8', dark: '#79a8ff' },
  shape: 'framed',
  levels: [{ id: 'callToAction', title: 'Calls to action' }],
  defaultLevel: 'callToAction',
  links: {
    starts: ['contributesTo', 'deliveredBy'],
    ends: ['contributesTo', 'measures', 'guides', 'investigates', 'underlies', 'supports'],
  },
  fields: { number: whole('Number', 0, 1000, { leading: true }) },
};

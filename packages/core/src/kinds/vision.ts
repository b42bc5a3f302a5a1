import type { NodeBase } from '../model/nodes.js';
import type { NodeKindSpec } from './spec.js';

/** The one shared vision the whole plan serves. */
export type VisionNode = NodeBase<'vision'>;

export const visionSpec: NodeKindSpec<VisionNode> = {
  kind: 'vision',
  label: 'Vision',
  pluralLabel: 'Visions',
  description: 'The shared vision statement.',
  icon: '★',
  colour: { light: '#5b21b6', dark: '#b69cff' },
  shape: 'hexagon',
  levels: [{ id: 'vision', title: 'Vision' }],
  defaultLevel: 'vision',
  links: { starts: [], ends: ['contributesTo', 'measures', 'underlies', 'supports'] },
  fields: {},
};

import type { NodeBase } from '../model/nodes.js';
import type { NodeKindSpec } from './spec.js';

/** A way of working that guides the work. */
export type PrincipleNode = NodeBase<'principle'>;

export const principleSpec: NodeKindSpec<PrincipleNode> = {
  kind: 'principle',
  label: 'Principle',
  pluralLabel: 'Principles',
  description: 'A way of working that guides the work.',
  icon: '✦',
  colour: { light: '#4b5563', dark: '#b1bac4' },
  shape: 'flag',
  links: { starts: ['guides'], ends: [] },
  fields: {},
};

import type { NodeBase } from '../model/nodes.js';
import type { NodeKindSpec } from './spec.js';

/** A long-term aim under the vision (a goal, or the impact of a programme). */
export type AimNode = NodeBase<'aim'>;

export const aimSpec: NodeKindSpec<AimNode> = {
  kind: 'aim',
  label: 'Aim',
  pluralLabel: 'Aims',
  description: 'A long-term aim under the vision.',
  icon: '◎',
  colour: { light: '#6d28d9', dark: '#c4a7ff' },
  shape: 'stadium',
  levels: [{ id: 'aim', title: 'Aims' }],
  defaultLevel: 'aim',
  links: { starts: ['contributesTo'], ends: ['contributesTo', 'measures', 'guides', 'investigates', 'underlies', 'supports'] },
  fields: {},
};

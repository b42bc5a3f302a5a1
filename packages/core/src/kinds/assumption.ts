import type { NodeBase } from '../model/nodes.js';
import { choice, flag } from '../model/fields.js';
import type { NodeKindSpec } from './spec.js';

/** How uncertain an assumption is. */
export const UNCERTAINTY_LEVELS = ['low', 'medium', 'high'] as const;
export type UncertaintyLevel = (typeof UNCERTAINTY_LEVELS)[number];

/** A condition the causal story depends on. */
export interface AssumptionNode extends NodeBase<'assumption'> {
  /** True when the causal story fails without it. */
  critical?: boolean;
  uncertainty?: UncertaintyLevel;
}

export const assumptionSpec: NodeKindSpec<AssumptionNode> = {
  kind: 'assumption',
  label: 'Assumption',
  pluralLabel: 'Assumptions',
  description: 'A condition the causal story depends on.',
  icon: '!',
  colour: { light: '#b91c1c', dark: '#ff8e8e' },
  shape: 'leaning',
  links: { starts: ['underlies'], ends: ['investigates', 'supports'] },
  fields: { critical: flag('Critical (the story fails without it)'), uncertainty: choice('Uncertainty', UNCERTAINTY_LEVELS) },
};

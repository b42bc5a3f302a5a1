import type { NodeKind } from '@changemap/core';

/**
 * How each kind looks: a colour, an icon and a shape, always with the kind's name written on the
 * box, so no one has to tell kinds apart by colour alone.
 */
export const KIND_LOOK: { readonly [K in NodeKind]: { icon: string; label: string } } = {
  vision: { icon: '★', label: 'Vision' },
  aim: { icon: '◎', label: 'Aim' },
  callToAction: { icon: '⚑', label: 'Call to action' },
  priority: { icon: '◆', label: 'Priority' },
  outcome: { icon: '●', label: 'Outcome' },
  action: { icon: '▶', label: 'Action' },
  principle: { icon: '✦', label: 'Principle' },
  indicator: { icon: '▲', label: 'Indicator' },
  researchQuestion: { icon: '?', label: 'Research question' },
  assumption: { icon: '!', label: 'Assumption' },
  evidence: { icon: '✓', label: 'Evidence' },
  partner: { icon: '⌂', label: 'Partner' },
};

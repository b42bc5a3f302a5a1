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

/** The kinds' colours for the minimap, which draws in SVG rather than CSS (same values as editor.css). */
export const KIND_COLOURS: { readonly [K in NodeKind]: string } = {
  vision: '#5b21b6',
  aim: '#6d28d9',
  callToAction: '#1d4ed8',
  priority: '#0369a1',
  outcome: '#15803d',
  action: '#a16207',
  principle: '#4b5563',
  indicator: '#c2410c',
  researchQuestion: '#be185d',
  assumption: '#b91c1c',
  evidence: '#0e7490',
  partner: '#57534e',
};

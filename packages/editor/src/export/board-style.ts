import type { ConfidenceBand, EdgeKind } from '@changemap/core';
import { KIND_COLOURS } from '../components/kinds.js';
import type { BoardChipKind } from './board-box.js';

/** Ink, muted text and rule colours of the board pictures (light: they go on paper). */
export const INK = '#1f2328';
export const MUTED = '#57606a';
export const BORDER = '#d0d7de';
/** Margin around the picture. */
export const PAD = 40;

/** Escapes text for XML content and attributes, so any label comes out as text. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Links other than causal ones, drawn when the Show menu draws annotations as boxes. */
export const DASH: Record<EdgeKind, string | undefined> = {
  contributesTo: undefined,
  measures: '6 4',
  guides: '2 4',
  investigates: '6 4',
  underlies: '2 4',
  supports: '8 3 2 3',
  deliveredBy: '2 4',
};

/** How sure a causal link is, as on the canvas: solid, dashed or dotted. */
export const CONFIDENCE_DASH: Record<ConfidenceBand, string | undefined> = { strong: undefined, moderate: '8 5', weak: '2 4' };

/** How each kind of chip looks: the outline of the kind it stands for, dashed or dotted as on the canvas. */
export const CHIP_LOOK: Record<BoardChipKind, { stroke: string; fill: string; dash?: string }> = {
  indicator: { stroke: KIND_COLOURS.indicator, fill: '#ffffff', dash: '4 2' },
  partner: { stroke: KIND_COLOURS.partner, fill: '#ffffff', dash: '2 2' },
  principles: { stroke: KIND_COLOURS.principle, fill: '#fbf8ff' },
  badge: { stroke: '#8c959f', fill: '#f6f8fa' },
};

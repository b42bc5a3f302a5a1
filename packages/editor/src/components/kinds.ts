import { NODE_KIND_SPECS } from '@changemap/core';
import type { NodeKind } from '@changemap/core';

/**
 * How each kind looks: a colour, an icon and a shape, always with the kind's name written on the
 * box, so no one has to tell kinds apart by colour alone. Read from each kind's spec.
 */
export const KIND_LOOK: { readonly [K in NodeKind]: { icon: string; label: string } } = Object.fromEntries(
  NODE_KIND_SPECS.map((spec) => [spec.kind, { icon: spec.icon, label: spec.label }]),
) as { [K in NodeKind]: { icon: string; label: string } };

/** The kinds' colours for the minimap, which draws in SVG rather than CSS (same values as editor.css). */
export const KIND_COLOURS: { readonly [K in NodeKind]: string } = Object.fromEntries(NODE_KIND_SPECS.map((spec) => [spec.kind, spec.colour.light])) as {
  [K in NodeKind]: string;
};

/** The words on a causal link whose cause lowers its effect: the same on the canvas, its legend and board pictures. */
export const NEGATIVE_LABEL = 'lowers (−)';

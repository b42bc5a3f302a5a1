import { NODE_KIND_SPECS, type NodeKind } from '../kinds/registry.js';

export type { NodeKind } from '../kinds/registry.js';

/** Every kind of box a theory of change can hold, in the order they read from the top of a plan down. */
export const NODE_KINDS: readonly NodeKind[] = Object.freeze(NODE_KIND_SPECS.map((spec) => spec.kind));

/** Plain-English names of each kind, lower case, for messages: "call to action". */
export const NODE_KIND_LABELS: { readonly [K in NodeKind]: string } = Object.freeze(
  Object.fromEntries(NODE_KIND_SPECS.map((spec) => [spec.kind, spec.label.toLowerCase()])) as { [K in NodeKind]: string },
);

const KINDS = new Set<string>(NODE_KINDS);

/** True when `value` is one of the node kinds. */
export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && KINDS.has(value);
}

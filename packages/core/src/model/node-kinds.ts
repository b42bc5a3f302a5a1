/** Every kind of box a theory of change can hold, in the order they read from the top of a plan down. */
export const NODE_KINDS = [
  'vision',
  'aim',
  'callToAction',
  'priority',
  'outcome',
  'action',
  'principle',
  'indicator',
  'researchQuestion',
  'assumption',
  'evidence',
  'partner',
] as const;

/** The literal discriminant of a node. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** Plain-English names of each kind, for messages and menus. */
export const NODE_KIND_LABELS: { readonly [K in NodeKind]: string } = {
  vision: 'vision',
  aim: 'aim',
  callToAction: 'call to action',
  priority: 'priority',
  outcome: 'outcome',
  action: 'action',
  principle: 'principle',
  indicator: 'indicator',
  researchQuestion: 'research question',
  assumption: 'assumption',
  evidence: 'evidence',
  partner: 'partner',
};

/** True when `value` is one of the node kinds. */
export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

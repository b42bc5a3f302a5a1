import { PROVENANCE_FIELD } from '../kinds/common.js';
import { EVIDENCE_STRENGTHS } from '../kinds/evidence.js';
import { EDGE_KIND_LABELS, EVIDENCE_STANCES, LINK_SIGNS, type EdgeKind, type PlanEdge } from './edges.js';
import { choice, decimal, longText, type FieldSpec, type GroupFields } from './fields.js';

/** What one kind of link may carry beyond its ends. */
export interface LinkKindSpec {
  readonly kind: EdgeKind;
  /** A verb phrase: "<source> contributes to <target>". */
  readonly label: string;
  /** The link's own fields (every link also has COMMON_LINK_FIELDS). */
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

/** The fields of a link beyond its id, kind and ends. */
type LinkFields = Omit<PlanEdge, 'id' | 'kind' | 'source' | 'target'>;

const ALL_LINK_FIELDS = {
  description: longText('Why (description)'),
  provenance: PROVENANCE_FIELD,
  confidence: decimal('Confidence (0-100)', { minimum: 0, maximum: 100, help: 'How sure the modellers are that this cause leads to that effect.' }),
  rationale: longText('Why this link holds', { help: 'The reasoning or mechanism behind the link.' }),
  sign: choice('Effect', LINK_SIGNS, { help: 'Negative when the cause lowers its effect (a − link in a systems map); positive when empty.' }),
  strength: choice('Strength', EVIDENCE_STRENGTHS),
  stance: choice('Stance', EVIDENCE_STANCES, { help: 'Whether the evidence backs the link or box, challenges it, or finds both.' }),
} satisfies GroupFields<LinkFields>;

/** Fields every link may carry. */
export const COMMON_LINK_FIELDS: Readonly<Record<string, FieldSpec>> = {
  description: ALL_LINK_FIELDS.description,
  provenance: ALL_LINK_FIELDS.provenance,
};

const OWN: { readonly [K in EdgeKind]: Readonly<Record<string, FieldSpec>> } = {
  contributesTo: { confidence: ALL_LINK_FIELDS.confidence, rationale: ALL_LINK_FIELDS.rationale, sign: ALL_LINK_FIELDS.sign },
  measures: {},
  guides: {},
  investigates: {},
  underlies: {},
  supports: { strength: ALL_LINK_FIELDS.strength, stance: ALL_LINK_FIELDS.stance },
  deliveredBy: {},
};

/** Each kind of link's own fields: causal links carry confidence and rationale, evidence links strength and stance. */
export const LINK_KIND_SPECS: { readonly [K in EdgeKind]: LinkKindSpec } = Object.freeze(
  Object.fromEntries((Object.keys(OWN) as EdgeKind[]).map((kind) => [kind, Object.freeze({ kind, label: EDGE_KIND_LABELS[kind], fields: OWN[kind] })])) as {
    [K in EdgeKind]: LinkKindSpec;
  },
);

/** The spec of a link field for a kind of link, or undefined when that kind has no such field. */
export function getLinkField(kind: EdgeKind, name: string): FieldSpec | undefined {
  const own = LINK_KIND_SPECS[kind].fields;
  if (Object.hasOwn(own, name)) return own[name];
  return Object.hasOwn(COMMON_LINK_FIELDS, name) ? COMMON_LINK_FIELDS[name] : undefined;
}

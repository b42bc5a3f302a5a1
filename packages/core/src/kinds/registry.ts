import { actionSpec } from './action.js';
import { aimSpec } from './aim.js';
import { assumptionSpec } from './assumption.js';
import { callToActionSpec } from './call-to-action.js';
import { evidenceSpec } from './evidence.js';
import { indicatorSpec } from './indicator.js';
import { outcomeSpec } from './outcome.js';
import { outputSpec } from './output.js';
import { partnerSpec } from './partner.js';
import { principleSpec } from './principle.js';
import { prioritySpec } from './priority.js';
import { researchQuestionSpec } from './research-question.js';
import type { NodeKindSpec, NodeOfSpec } from './spec.js';
import { visionSpec } from './vision.js';

/**
 * Every kind of box, registered once, in the order they read from the top of a plan down (the
 * causal chain from vision to action, then what stands beside it). The node union, NODE_KINDS,
 * the allowed-link table, the JSON Schema, the editor's palette and inspector and the exports
 * all come from this list.
 */
export const NODE_KIND_SPECS = [
  visionSpec,
  aimSpec,
  callToActionSpec,
  prioritySpec,
  outcomeSpec,
  outputSpec,
  actionSpec,
  principleSpec,
  indicatorSpec,
  researchQuestionSpec,
  assumptionSpec,
  evidenceSpec,
  partnerSpec,
] as const;

/** One node of a plan; `kind` tells which fields it has. */
export type PlanNode = NodeOfSpec<(typeof NODE_KIND_SPECS)[number]>;

/** The literal discriminant of a node. */
export type NodeKind = PlanNode['kind'];

/** The node type of one kind. */
export type NodeOfKind<K extends NodeKind> = Extract<PlanNode, { kind: K }>;

const BY_KIND: ReadonlyMap<string, NodeKindSpec> = new Map<string, NodeKindSpec>(NODE_KIND_SPECS.map((spec) => [spec.kind, spec as unknown as NodeKindSpec]));

/** The spec of a kind; undefined only for a string that is not a kind (malformed data). */
export function getKindSpec<K extends NodeKind>(kind: K): NodeKindSpec<NodeOfKind<K>>;
export function getKindSpec(kind: string): NodeKindSpec | undefined;
export function getKindSpec(kind: string): NodeKindSpec | undefined {
  return BY_KIND.get(kind);
}

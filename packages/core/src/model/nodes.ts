/** Where a node was taken from, so an officer can trace each box back to the plan text. */
export interface Provenance {
  /** The document's title or file name. */
  document: string;
  /** The section, e.g. "Call to action 3 > What we will do together". */
  section?: string;
  page?: number;
  /** The words of the source, when a short quote helps. */
  quote?: string;
  /** True when the node was phrased by the modeller rather than stated in the source text. */
  derived?: boolean;
  /** Any correction or judgement the modeller made. */
  note?: string;
}

/** Fields every node may carry. Each kind's own fields are in its file under `kinds/`. */
export interface NodeBase<K extends string> {
  id: string;
  kind: K;
  title: string;
  description?: string;
  tags?: string[];
  provenance?: Provenance;
  /** The id of one of the plan's levels; when absent, the kind's default level (see getNodeLevel). */
  level?: string;
}

export type { PlanNode, NodeOfKind } from '../kinds/registry.js';
export type { VisionNode } from '../kinds/vision.js';
export type { AimNode } from '../kinds/aim.js';
export type { CallToActionNode } from '../kinds/call-to-action.js';
export type { PriorityNode } from '../kinds/priority.js';
export { OUTCOME_HORIZONS, type OutcomeHorizon, type OutcomeNode } from '../kinds/outcome.js';
export type { OutputNode } from '../kinds/output.js';
export { ACTION_STATUSES, MAX_DELIVERY_UPDATES, type ActionNode, type ActionStatus, type DeliveryUpdate } from '../kinds/action.js';
export type { PrincipleNode } from '../kinds/principle.js';
export {
  INDICATOR_DIRECTIONS,
  MAX_MEASUREMENTS,
  type ComparatorSeries,
  type DataSource,
  type ExternalId,
  type IndicatorArea,
  type IndicatorDirection,
  type IndicatorNode,
  type IndicatorTarget,
  type IndicatorValue,
  type Measurement,
} from '../kinds/indicator.js';
export { RESEARCH_STATUSES, type ResearchQuestionNode, type ResearchStatus } from '../kinds/research-question.js';
export { UNCERTAINTY_LEVELS, type AssumptionNode, type UncertaintyLevel } from '../kinds/assumption.js';
export { EVIDENCE_STRENGTHS, EVIDENCE_TYPES, type EvidenceNode, type EvidenceStrength, type EvidenceType } from '../kinds/evidence.js';
export type { PartnerNode } from '../kinds/partner.js';

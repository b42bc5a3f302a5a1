import type { NodeKind } from './node-kinds.js';

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

/** Fields every node may carry. */
export interface NodeBase<K extends NodeKind> {
  id: string;
  kind: K;
  title: string;
  description?: string;
  tags?: string[];
  provenance?: Provenance;
}

export type VisionNode = NodeBase<'vision'>;
export type AimNode = NodeBase<'aim'>;
export interface CallToActionNode extends NodeBase<'callToAction'> {
  number?: number;
}
export interface PriorityNode extends NodeBase<'priority'> {
  /** The plan's own numbering, e.g. "3.2". */
  number?: string;
}

export const OUTCOME_HORIZONS = ['short', 'medium', 'long'] as const;
export type OutcomeHorizon = (typeof OUTCOME_HORIZONS)[number];
export interface OutcomeNode extends NodeBase<'outcome'> {
  horizon?: OutcomeHorizon;
}

export const ACTION_STATUSES = ['planned', 'inProgress', 'done', 'paused'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export interface ActionNode extends NodeBase<'action'> {
  /** Who does it: "partners", "residents" or a named organisation. */
  actor?: string;
  status?: ActionStatus;
}

export type PrincipleNode = NodeBase<'principle'>;

export const INDICATOR_DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
/** Which way is better for an indicator. */
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export interface IndicatorValue {
  value: number;
  /** ISO date or period, e.g. "2022" or "2021/22". */
  date?: string;
  note?: string;
}
export interface IndicatorTarget {
  value?: number;
  date?: string;
  /** A target in words when it is not a number, e.g. "better than the London average". */
  description?: string;
}
export interface DataSource {
  name: string;
  publisher?: string;
  url?: string;
}
export interface ExternalId {
  /** The catalogue the id belongs to, e.g. "Fingertips". */
  scheme: string;
  id: string;
}
export interface IndicatorNode extends NodeBase<'indicator'> {
  unit?: string;
  direction?: IndicatorDirection;
  baseline?: IndicatorValue;
  target?: IndicatorTarget;
  /** Areas compared against, e.g. ["London", "England"]. */
  comparators?: string[];
  dataSource?: DataSource;
  frequency?: string;
  externalIds?: ExternalId[];
  measurements?: IndicatorValue[];
}

export const RESEARCH_STATUSES = ['proposed', 'prioritised', 'inProgress', 'answered'] as const;
export type ResearchStatus = (typeof RESEARCH_STATUSES)[number];
export interface ResearchQuestionNode extends NodeBase<'researchQuestion'> {
  status?: ResearchStatus;
  theme?: string;
  method?: string;
  /** Higher is more urgent; 1 to 5 by convention. */
  priorityScore?: number;
  /** Id of the partner leading the question. */
  leadPartner?: string;
  /** The finding, once the question is answered. */
  finding?: string;
}

export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];
export interface AssumptionNode extends NodeBase<'assumption'> {
  /** True when the causal story fails without it. */
  critical?: boolean;
  uncertainty?: Level;
}

export const EVIDENCE_TYPES = ['study', 'evaluation', 'dataset', 'localInsight'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const EVIDENCE_STRENGTHS = ['weak', 'moderate', 'strong'] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];
export interface EvidenceNode extends NodeBase<'evidence'> {
  citation?: string;
  url?: string;
  evidenceType?: EvidenceType;
  strength?: EvidenceStrength;
}

export interface PartnerNode extends NodeBase<'partner'> {
  url?: string;
}

/** One node of a plan; `kind` tells which fields it has. */
export type PlanNode =
  | VisionNode
  | AimNode
  | CallToActionNode
  | PriorityNode
  | OutcomeNode
  | ActionNode
  | PrincipleNode
  | IndicatorNode
  | ResearchQuestionNode
  | AssumptionNode
  | EvidenceNode
  | PartnerNode;

/** The node type of one kind. */
export type NodeOfKind<K extends NodeKind> = Extract<PlanNode, { kind: K }>;

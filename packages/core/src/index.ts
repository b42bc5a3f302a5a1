/**
 * `@changemap/core`: the theory-of-change model. Types for plans, nodes and links; edits as
 * commands with undo and redo; queries over the graph; and the validation engine that checks a
 * plan's logic. Free of React, the DOM and ajv, so it runs anywhere JavaScript does.
 *
 * @packageDocumentation
 */

// The model
export { NODE_KINDS, NODE_KIND_LABELS, isNodeKind } from './model/node-kinds.js';
export type { NodeKind } from './model/node-kinds.js';
export {
  ACTION_STATUSES,
  EVIDENCE_STRENGTHS,
  EVIDENCE_TYPES,
  INDICATOR_DIRECTIONS,
  MAX_DELIVERY_UPDATES,
  MAX_MEASUREMENTS,
  OUTCOME_HORIZONS,
  RESEARCH_STATUSES,
  UNCERTAINTY_LEVELS,
} from './model/nodes.js';
export type {
  ActionNode,
  ActionStatus,
  AimNode,
  AssumptionNode,
  CallToActionNode,
  ComparatorSeries,
  DataSource,
  DeliveryUpdate,
  EvidenceNode,
  EvidenceStrength,
  EvidenceType,
  ExternalId,
  IndicatorArea,
  IndicatorDirection,
  IndicatorNode,
  IndicatorTarget,
  IndicatorValue,
  Measurement,
  NodeBase,
  NodeOfKind,
  OutcomeHorizon,
  OutcomeNode,
  OutputNode,
  PartnerNode,
  PlanNode,
  PrincipleNode,
  PriorityNode,
  Provenance,
  ResearchQuestionNode,
  ResearchStatus,
  UncertaintyLevel,
  VisionNode,
} from './model/nodes.js';
export { NODE_KIND_SPECS, getKindSpec } from './kinds/registry.js';
export { KIND_SHAPES } from './kinds/spec.js';
export type { KindColour, KindFields, KindLinks, KindShape, NodeKindSpec, NodeOfSpec } from './kinds/spec.js';
export { COMMON_NODE_FIELDS, PROVENANCE_FIELD } from './kinds/common.js';
export { getUrlFields, urlsOf } from './kinds/url-fields.js';
export type { FieldPath } from './kinds/url-fields.js';
export { NUMBER_LIMIT } from './model/fields.js';
export type { FieldSpec, GroupFields, InputType, Shape } from './model/fields.js';
export { COMMON_LINK_FIELDS, LINK_KIND_SPECS, getLinkField } from './model/link-specs.js';
export type { LinkKindSpec } from './model/link-specs.js';
export { LEVEL_FIELD, PLAN_FIELDS, RULE_CODE_PATTERN } from './model/plan-fields.js';
export { PLAN_LIMITS } from './model/limits.js';
export { DEFAULT_LEVELS, getLevelIndex, getNodeLevel, getPlanLevels } from './model/levels.js';
export type { PlanLevel } from './model/levels.js';
export { CHECKER_PROFILES } from './model/checker-settings.js';
export type { CheckerProfile, CheckerSettings } from './model/checker-settings.js';
export { EDGE_KINDS, EDGE_KIND_LABELS, EVIDENCE_STANCES, LINK_SIGNS, isEdgeKind } from './model/edges.js';
export type { EdgeKind, EvidenceStance, LinkSign, PlanEdge } from './model/edges.js';
export { CONFIDENCE_BANDS, CONFIDENCE_BAND_FLOORS, CONFIDENCE_BAND_LINES, getConfidenceBand } from './model/confidence.js';
export type { ConfidenceBand } from './model/confidence.js';
export { EDGE_ENDPOINTS, explainForbiddenEdge, inferEdgeKind, isEdgeAllowed, isEdgeToCausalLinkAllowed } from './model/edge-rules.js';
export type { EdgeEndpoints } from './model/edge-rules.js';
export { WHOLE_PLAN_VIEW, createPlan, getEdges, getNodes, getSavedPosition, getView, getViewDirection } from './model/plan.js';
export { Table } from './model/table.js';
export type { Plan, PlanView, Position, ViewDirection } from './model/plan.js';
export { SAFE_URL_SCHEMES, isSafeUrl } from './model/safe-url.js';
export { shortenText } from './model/shorten-text.js';
export { ISO_DATE_PATTERN, isIsoDate } from './model/iso-date.js';
export { ID_PATTERN, createId, createIdInPlan, emptyRecord, isValidId } from './model/ids.js';
export { CHANGEMAP_ERROR_CODES, ChangemapError, isChangemapError } from './model/errors.js';
export type { ChangemapErrorCode } from './model/errors.js';

// Edits and history
export { commands } from './edits/commands.js';
export type { Command, EdgeChanges, NodeChanges, PlanInfoChanges } from './edits/commands.js';
export { applyCommand, applyCommandWithPatches } from './edits/apply.js';
export { PlanHistory, createHistory } from './edits/history.js';
export type { ApplyDiffOptions, ApplyOptions, ChangeOrigin, HistoryListener, PlanChange } from './edits/history.js';
export { diffPlans, emptyDiff, isEmptyDiff, reverseDiff } from './edits/diff.js';
// The checks every write goes through, for records that arrive from elsewhere (a shared document's co-editors)
export { checkNewEdge, checkNewNode, checkPlacement, checkPlanInfo } from './edits/checks.js';
export type { PlanDiff, RecordsDiff, ViewDiff, ViewHints } from './edits/diff.js';

// Comparing two plans: what changed, in words (versions, `changemap diff`)
export { comparePlans } from './compare/compare-plans.js';
export { isSameComparison } from './compare/comparison.js';
export type { BoxChange, BoxRef, FieldChange, LayoutChange, LinkChange, LinkEnd, LinkRef, PlanComparison } from './compare/comparison.js';
export { COMPARISON_GROUPS, describeComparison, summariseComparison } from './compare/describe-comparison.js';
export type { ComparisonGroup, ComparisonLine } from './compare/describe-comparison.js';

// Indicator data and delivery: periods, one-step edits, status (see docs/monitoring.md)
export { dayNumber, getPeriodKey, getPeriodSpan, parsePeriod, sortByPeriod } from './data/periods.js';
export type { Dated, PeriodSpan } from './data/periods.js';
export { addDeliveryUpdate, mergeComparatorSeries, mergeMeasurements, updateIndicatorData } from './data/series-commands.js';
export type { IndicatorDataUpdate } from './data/series-commands.js';
export { getPolarity } from './status/polarity.js';
export type { Polarity } from './status/polarity.js';
export { COMPARISONS, compareWithComparator } from './status/compare.js';
export type { Comparison, Interval } from './status/compare.js';
export { TARGET_STATUSES, getTargetStatus } from './status/target.js';
export type { TargetAssessment, TargetOptions, TargetStatus } from './status/target.js';
export { TRENDS, getTrend } from './status/trend.js';
export type { Trend, TrendAssessment, TrendOptions } from './status/trend.js';
export { compareSeries, getIndicatorStatus } from './status/indicator-status.js';
export type { ComparedMeasurement, IndicatorStatus } from './status/indicator-status.js';
export { COMPARISON_WORDS, TARGET_STATUS_WORDS, TREND_WORDS } from './status/words.js';
export { RESULTS_COLUMNS, comparatorWords, getResultsCells, getResultsRows } from './status/results-rows.js';
export type { ResultsColumn, ResultsComparator, ResultsRow, ResultsRowNode } from './status/results-rows.js';

// Queries
export { getGraphIndex, incomingEdges, outgoingEdges } from './queries/graph-index.js';
export type { GraphIndex } from './queries/graph-index.js';
export { getAncestors, getDescendants, getIndicatorsOf, getPathways } from './queries/walks.js';
export type { Pathway } from './queries/walks.js';
export { getTheoryOfChange } from './queries/theory-of-change.js';
export type { TheoryOfChange } from './queries/theory-of-change.js';
export { findCausalCycles } from './queries/cycles.js';
export { getPathwaysThrough } from './queries/pathways-through.js';
export type { PathwaysThrough } from './queries/pathways-through.js';
export { findDanglingEdges, findIdClashes } from './queries/structure.js';
export type { CausalCycle } from './queries/cycles.js';

// Looking at a plan: search, filters and presentation steps (view state, never plan edits)
export { foldForSearch } from './lens/normalise.js';
export { searchNodes } from './lens/search.js';
export type { SearchField, SearchMatch, SearchOptions } from './lens/search.js';
export { FILTER_FACETS, countActiveFilters, getFacetValues, getFilterOptions, getPartnersOf, matchesFilter } from './lens/filters.js';
export type { FilterFacet, FilterOption, NodeFilter } from './lens/filters.js';
export { NODE_STATUS_LABELS, getNodeStatus } from './lens/status.js';
export type { NodeStatus } from './lens/status.js';
export { getPresentationSteps } from './lens/presentation.js';
export type { PresentationStep } from './lens/presentation.js';

// Validation
export { getRules, validate } from './validation/validate.js';
export { DEFAULT_LOW_CONFIDENCE_THRESHOLD, PROFILE_LABELS, PROFILE_RULES, resolveCheckerSettings } from './validation/settings.js';
export type { ResolvedCheckerSettings } from './validation/settings.js';
export { isRuleCode } from './edits/checks.js';
export { SEVERITIES } from './validation/types.js';
export type { Finding, PlanFacts, Rule, RuleContext, Severity, ValidateOptions, ValidationIssue } from './validation/types.js';
export { describeNode } from './validation/describe.js';

// Research agenda and evidence
export { getResearchAgenda } from './research/agenda.js';
export type { AgendaEntry, AgendaGroup } from './research/agenda.js';
export { getEvidenceCoverage, getEvidenceGaps, rankAssumptions } from './research/evidence.js';
export type { EvidenceCoverage, EvidenceGap, RankedAssumption } from './research/evidence.js';
export { callsToActionOf } from './research/membership.js';

// The story: each causal pathway told in words
export { getNarrative, getStoriesOf } from './narrative/narrative.js';
export type { Narrative } from './narrative/narrative.js';
export type { Story, StorySegment } from './narrative/story.js';

// Synthetic data for benchmarks and demos
export { generateSyntheticPlan } from './synthetic/generate.js';

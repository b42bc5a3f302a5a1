import type { Rule } from '../types.js';
import { actionWithoutOutcome } from './action-without-outcome.js';
import { answeredQuestionWithoutFinding } from './answered-question-without-finding.js';
import { criticalAssumptionUntested } from './critical-assumption-untested.js';
import { evidenceWithoutCitation } from './evidence-without-citation.js';
import { causalCycle } from './causal-cycle.js';
import { challengedLink } from './challenged-link.js';
import { danglingEdge } from './dangling-edge.js';
import { duplicateId } from './duplicate-id.js';
import { edgeKindNotAllowed } from './edge-kind-not-allowed.js';
import { emptyCallToAction } from './empty-call-to-action.js';
import { indicatorUnlinked } from './indicator-unlinked.js';
import { indicatorWithoutBaseline } from './indicator-without-baseline.js';
import { indicatorWithoutSource } from './indicator-without-source.js';
import { indicatorWithoutTarget } from './indicator-without-target.js';
import { leapOfFaith } from './leap-of-faith.js';
import { levelOrder } from './level-order.js';
import { lowConfidenceLink } from './low-confidence-link.js';
import { missingTitle } from './missing-title.js';
import { missingVision } from './missing-vision.js';
import { multipleVisions } from './multiple-visions.js';
import { noPathToVision } from './no-path-to-vision.js';
import { orphanNode } from './orphan-node.js';
import { outcomeWithoutIndicator } from './outcome-without-indicator.js';
import { planWithoutIndicators } from './plan-without-indicators.js';
import { principleUnused } from './principle-unused.js';
import { profileInferred } from './profile-inferred.js';
import { researchQuestionUnlinked } from './research-question-unlinked.js';
import { targetDirectionMismatch } from './target-direction-mismatch.js';
import { unsafeUrl } from './unsafe-url.js';

/** Every rule, in the order their issues are listed within a severity. */
export const RULES: readonly Rule[] = [
  duplicateId,
  danglingEdge,
  edgeKindNotAllowed,
  causalCycle,
  unsafeUrl,
  missingVision,
  multipleVisions,
  missingTitle,
  orphanNode,
  actionWithoutOutcome,
  noPathToVision,
  leapOfFaith,
  levelOrder,
  lowConfidenceLink,
  challengedLink,
  emptyCallToAction,
  planWithoutIndicators,
  outcomeWithoutIndicator,
  indicatorUnlinked,
  indicatorWithoutSource,
  indicatorWithoutTarget,
  indicatorWithoutBaseline,
  targetDirectionMismatch,
  researchQuestionUnlinked,
  principleUnused,
  criticalAssumptionUntested,
  answeredQuestionWithoutFinding,
  evidenceWithoutCitation,
  profileInferred,
];

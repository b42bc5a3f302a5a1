import { describe, expect, it } from 'vitest';
import { getLevelIndex } from '../../model/levels.js';
import type { PlanEdge } from '../../model/edges.js';
import type { PlanNode } from '../../model/nodes.js';
import type { Plan } from '../../model/plan.js';
import { validate } from '../../validation/validate.js';
import { chartToPlan, countSourceBoxes, type Chart } from './chart.js';
import { SCHOOL_WELLBEING } from './school-wellbeing.js';
import { STOP_SMOKING } from './stop-smoking.js';

/** Rules that report real defects of a theory of change; the goal limits every other rule's warnings. */
const DEFECT_RULES = new Set(['low-confidence-link', 'level-order', 'leap-of-faith', 'challenged-link', 'dangling-edge', 'causal-cycle']);

interface Planted {
  code: string;
  edgeId: string;
}

/**
 * Plants one of each real defect, choosing boxes by level so it works on any chart: a link back
 * from the last outcome level to an output, an output wired straight to the goal, a link the
 * modellers doubt, evidence against a link nobody answers, a link to a box that is not there,
 * and two outcomes on one level leading to each other.
 */
function plantDefects(plan: Plan): { plan: Plan; planted: Planted[] } {
  const nodes = plan.nodes.toArray();
  const on = (test: (node: PlanNode) => boolean) => nodes.filter(test);
  const output = on((node) => node.kind === 'output')[0]!;
  const goal = on((node) => node.kind === 'aim' || node.kind === 'vision').at(-1)!;
  const lastOutcomeLevel = Math.max(...on((node) => node.kind === 'outcome').map((node) => getLevelIndex(plan, node)!));
  const lateOutcome = on((node) => node.kind === 'outcome' && getLevelIndex(plan, node) === lastOutcomeLevel)[0]!;
  const [first, second] = on((node) => node.kind === 'outcome' && getLevelIndex(plan, node) === lastOutcomeLevel - 1);
  const causal = plan.edges.toArray().filter((edge) => edge.kind === 'contributesTo');
  const answered = new Set(
    plan.edges
      .toArray()
      .filter((edge) => edge.kind === 'underlies')
      .map((edge) => edge.target),
  );
  const doubted = causal[5]!;
  const challenged = causal.find((edge, i) => i > 10 && !answered.has(edge.id))!;
  const added: PlanEdge[] = [
    { id: 'planted-backwards', kind: 'contributesTo', source: lateOutcome.id, target: output.id, confidence: 60 },
    { id: 'planted-leap', kind: 'contributesTo', source: output.id, target: goal.id, confidence: 70 },
    { id: 'planted-dangling', kind: 'contributesTo', source: output.id, target: 'box-deleted-in-the-chart' },
    { id: 'planted-loop-1', kind: 'contributesTo', source: first!.id, target: second!.id, confidence: 60 },
    { id: 'planted-loop-2', kind: 'contributesTo', source: second!.id, target: first!.id, confidence: 60 },
    { id: 'planted-challenge', kind: 'supports', source: 'planted-evaluation', target: challenged.id, stance: 'challenges' },
  ];
  const evaluation: PlanNode = { id: 'planted-evaluation', kind: 'evidence', title: 'The pilot evaluation found no effect at this step' };
  let edges = plan.edges.set(doubted.id, { ...doubted, confidence: 20 });
  for (const edge of added) edges = edges.set(edge.id, edge);
  return {
    plan: { ...plan, nodes: plan.nodes.set(evaluation.id, evaluation), edges },
    planted: [
      { code: 'level-order', edgeId: 'planted-backwards' },
      { code: 'leap-of-faith', edgeId: 'planted-leap' },
      { code: 'low-confidence-link', edgeId: doubted.id },
      { code: 'challenged-link', edgeId: challenged.id },
      { code: 'dangling-edge', edgeId: 'planted-dangling' },
      { code: 'causal-cycle', edgeId: 'planted-loop-1' },
    ],
  };
}

/** Warnings from rules other than the real-defect ones, as "code: message" for a readable failure. */
function otherWarnings(plan: Plan): string[] {
  return validate(plan)
    .filter((issue) => issue.severity === 'warning' && !DEFECT_RULES.has(issue.code))
    .map((issue) => `${issue.code}: ${issue.message}`);
}

describe.each([
  { name: 'stop-smoking programme', chart: STOP_SMOKING },
  { name: 'school wellbeing programme', chart: SCHOOL_WELLBEING },
] satisfies { name: string; chart: Chart }[])('the $name (drawn as a ToC-Maker chart)', ({ chart }) => {
  const boxes = countSourceBoxes(chart);
  const plan = chartToPlan(chart);

  it('is the size of a real chart, with notes on its links and no indicators', () => {
    expect(boxes).toBeGreaterThanOrEqual(60);
    expect(boxes).toBeLessThanOrEqual(100);
    expect(plan.nodes.toArray().some((node) => node.kind === 'evidence')).toBe(true);
    expect(plan.nodes.toArray().some((node) => node.kind === 'indicator')).toBe(false);
  });

  it('gets at most one warning per five boxes from rules other than those for real defects', () => {
    expect(otherWarnings(plan).length, otherWarnings(plan).join('\n')).toBeLessThanOrEqual(boxes / 5);
  });

  it('reports the chart itself in few words (what a reader sees)', () => {
    const counts = new Map<string, number>();
    for (const issue of validate(plan)) counts.set(`${issue.severity} ${issue.code}`, (counts.get(`${issue.severity} ${issue.code}`) ?? 0) + 1);
    // One line each for the plan: which profile, no indicators, uncited notes; the rest are the chart's own weak links.
    expect([...counts.keys()].filter((key) => !key.includes('low-confidence-link')).sort()).toEqual([
      'warning evidence-without-citation',
      'warning plan-without-indicators',
    ]);
  });

  it('still finds every planted defect, at the link it is on, and no more other warnings', () => {
    const { plan: broken, planted } = plantDefects(plan);
    const issues = validate(broken);
    for (const { code, edgeId } of planted) {
      expect(
        issues.some((issue) => issue.code === code && issue.edgeIds.includes(edgeId)),
        `${code} at ${edgeId}`,
      ).toBe(true);
    }
    expect(otherWarnings(broken).length).toBeLessThanOrEqual(boxes / 5);
  });

  it('says once, not per outcome, that the plan has no indicators, and groups the uncited notes', () => {
    const codes = validate(plan).map((issue) => issue.code);
    expect(codes.filter((code) => code === 'plan-without-indicators')).toHaveLength(1);
    expect(codes).not.toContain('outcome-without-indicator');
    expect(codes.filter((code) => code === 'evidence-without-citation')).toHaveLength(1);
  });
});

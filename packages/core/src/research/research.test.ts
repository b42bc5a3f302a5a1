import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/plan.js';
import { cleanPlan, link } from '../test/fixtures.js';
import { validate } from '../validation/validate.js';
import { getResearchAgenda } from './agenda.js';
import { getEvidenceCoverage, getEvidenceGaps, rankAssumptions } from './evidence.js';

/** The clean plan with a second question (no call to action), assumptions and evidence. */
function researchPlan(): Plan {
  const plan = cleanPlan();
  plan.nodes = plan.nodes.set('rq', { id: 'rq', kind: 'researchQuestion', title: 'Do free meals change diet?', theme: 'Food', status: 'inProgress' });
  plan.nodes = plan.nodes.set('rq2', { id: 'rq2', kind: 'researchQuestion', title: 'Is the survey representative?', theme: 'Data' });
  plan.nodes = plan.nodes.set('i2', { id: 'i2', kind: 'indicator', title: 'Unlinked measure' });
  plan.edges = plan.edges.set('q2', link('investigates', 'rq2', 'i2', 'q2'));
  plan.edges = plan.edges.set('q3', link('investigates', 'rq', 'i1', 'q3'));
  plan.nodes = plan.nodes.set('as1', { id: 'as1', kind: 'assumption', title: 'Families take up the offer', critical: true, uncertainty: 'high' });
  plan.nodes = plan.nodes.set('as2', { id: 'as2', kind: 'assumption', title: 'Schools cooperate', critical: false, uncertainty: 'low' });
  plan.nodes = plan.nodes.set('as3', { id: 'as3', kind: 'assumption', title: 'Prices stay stable', critical: true, uncertainty: 'medium' });
  plan.edges = plan.edges.set('u1', link('underlies', 'as1', 'c5', 'u1'));
  plan.edges = plan.edges.set('u2', link('underlies', 'as2', 'o1', 'u2'));
  plan.edges = plan.edges.set('u3', link('underlies', 'as3', 'o1', 'u3'));
  plan.nodes = plan.nodes.set('ev', { id: 'ev', kind: 'evidence', title: 'Pilot evaluation', citation: 'Council 2023', strength: 'moderate' });
  plan.edges = plan.edges.set('s1', link('supports', 'ev', 'as3', 's1'));
  return plan;
}

describe('getResearchAgenda', () => {
  it('groups questions by call to action, then theme, with what each informs', () => {
    const agenda = getResearchAgenda(researchPlan());
    expect(agenda.map((g) => g.callToAction?.id)).toEqual(['cta', undefined]);
    const [cta, none] = agenda;
    expect(cta!.themes.map((t) => t.theme)).toEqual(['Food']);
    const entry = cta!.themes[0]!.entries[0]!;
    expect(entry.question.id).toBe('rq');
    expect(entry.informs.outcome?.map((n) => n.id)).toEqual(['o1']);
    expect(entry.informs.indicator?.map((n) => n.id)).toEqual(['i1']);
    expect(none!.themes[0]!.entries[0]!.question.id).toBe('rq2');
  });
});

describe('getEvidenceGaps', () => {
  it('lists outcomes, how-links and critical assumptions with no evidence and no question', () => {
    const plan = researchPlan();
    const gaps = getEvidenceGaps(plan);
    const ids = gaps.map((g) => (g.kind === 'causalLink' ? `link:${g.edge.id}` : `${g.kind}:${g.node.id}`));
    // o1 has a question; the action → outcome link has a question on its target; as1 is untested.
    expect(ids).toEqual(['criticalAssumption:as1']);
    // Plans are immutable: an edit makes a new edges table (the edge index is cached per table).
    const edges = plan.edges.delete('q1').delete('q3');
    const after = getEvidenceGaps({ ...plan, edges }).map((g) => (g.kind === 'causalLink' ? `link:${g.edge.id}` : `${g.kind}:${g.node.id}`));
    expect(after.sort()).toEqual(['criticalAssumption:as1', 'link:c4', 'link:c5', 'outcome:o1'].sort());
  });

  it('shrinks when a question investigates the outcome', () => {
    const plan = researchPlan();
    const edges = plan.edges.delete('q1').delete('q3');
    const before = getEvidenceGaps({ ...plan, edges }).length;
    const withQuestion = { ...plan, edges: edges.set('q9', link('investigates', 'rq2', 'o1', 'q9')) };
    expect(getEvidenceGaps(withQuestion).length).toBe(before - 3);
  });
});

describe('getEvidenceCoverage', () => {
  it('counts the causal links of a call to action backed by evidence', () => {
    const plan = researchPlan();
    expect(getEvidenceCoverage(plan, 'cta')).toEqual({ callToActionId: 'cta', links: 3, backed: 0, share: 0 });
    const backed = { ...plan, edges: plan.edges.set('s2', link('supports', 'ev', 'c5', 's2')) };
    expect(getEvidenceCoverage(backed, 'cta')).toMatchObject({ links: 3, backed: 1 });
    expect(getEvidenceCoverage(backed, 'cta').share).toBeCloseTo(1 / 3);
  });
});

describe('rankAssumptions', () => {
  it('puts critical, uncertain assumptions first and says which are tested', () => {
    expect(rankAssumptions(researchPlan()).map((r) => [r.node.id, r.score, r.tested])).toEqual([
      ['as1', 6, false],
      ['as3', 4, true],
      ['as2', 1, false],
    ]);
  });

  it('feeds the critical-assumption-untested rule', () => {
    const codes = validate(researchPlan())
      .filter((i) => i.code === 'critical-assumption-untested')
      .map((i) => i.nodeIds[0]);
    expect(codes).toEqual(['as1']);
  });
});

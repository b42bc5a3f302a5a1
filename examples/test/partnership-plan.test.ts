import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEVELS,
  getLevelIndex,
  getNodeLevel,
  getResearchAgenda,
  getTheoryOfChange,
  rankAssumptions,
  validate,
  type IndicatorNode,
  type Plan,
  type PlanNode,
} from '@changemap/core';
import { importModel } from '@changemap/schemas';
import { EXAMPLES, examplePath } from '../lib/examples.js';
import { countPerCallToAction } from '../lib/summarise.js';

function load(folder: string): Plan {
  const result = importModel(readFileSync(examplePath(EXAMPLES.find((e) => e.folder === folder)!)));
  if (!result.ok) throw new Error('does not import');
  return result.model;
}

const plan = load('tower-hamlets-partnership-plan-2023-2028');
const ofKind = (kind: PlanNode['kind']) => plan.nodes.toArray().filter((n) => n.kind === kind);
const titles = (kind: PlanNode['kind']) => ofKind(kind).map((n) => n.title);

describe('A Tower Hamlets for All — levels', () => {
  it('declares the default levels plus one for the shared outcomes, so every other box sits where its kind puts it: no change in meaning', () => {
    const defaults = DEFAULT_LEVELS.map((level) => level.id);
    expect(plan.levels?.map((level) => level.id)).toEqual([...defaults.slice(0, -1), 'shared-outcome', 'vision']);
    const undeclared = { ...plan, levels: undefined };
    for (const node of plan.nodes.values()) if (node.level === undefined) expect(getNodeLevel(plan, node), node.id).toBe(getNodeLevel(undeclared, node));
    expect(
      plan.nodes
        .toArray()
        .filter((n) => n.level !== undefined)
        .map((n) => [n.id, n.level]),
    ).toEqual([
      ['shared-1', 'shared-outcome'],
      ['shared-2', 'shared-outcome'],
    ]);
  });

  it('has no causal link running backwards across its levels: each aim leads up to the shared outcome it serves', () => {
    expect(validate(plan).filter((issue) => issue.code === 'level-order')).toEqual([]);
    const index = (id: string) => getLevelIndex(plan, plan.nodes.get(id)!)!;
    expect(index('aim-1')).toBeLessThan(index('shared-1'));
    expect(index('shared-1')).toBeLessThan(index('vision'));
  });

  it('reads actions → outcomes by horizon → priorities → calls to action → aims → shared outcomes → vision', () => {
    const index = (id: string) => getLevelIndex(plan, plan.nodes.get(id)!);
    expect(['vision', 'shared-1', 'aim-1', 'cta-1', 'p1.1', 'o1.1-health', 'o2-self-care'].map(index)).toEqual([9, 8, 7, 6, 5, 4, 2]);
    expect(
      getNodeLevel(
        plan,
        plan.nodes.toArray().find((n) => n.kind === 'action')!,
      ),
    ).toBe('action');
    expect(
      getNodeLevel(
        plan,
        plan.nodes.toArray().find((n) => n.kind === 'indicator')!,
      ),
    ).toBeUndefined();
  });
});

describe('A Tower Hamlets for All — structure against the document', () => {
  it('has the vision, two shared outcomes and two aims, word for word', () => {
    expect(titles('vision')).toEqual([
      'Residents and partners working together to improve quality of life, advance equality, opportunity, and empowered communities.',
    ]);
    expect(titles('aim')).toEqual([
      'More people are able to live, work, learn and play in ways that meet their needs in the borough',
      'Tower Hamlets has better neighbourhoods which support good health and wellbeing, and where all people feel safe, belong and get on well',
    ]);
    expect(plan.nodes.get('shared-1')?.title).toBe(
      'Address inequalities between residents from different backgrounds reducing gaps in health, earnings, education, housing, and opportunity',
    );
  });

  it('has the five calls to action with their full titles', () => {
    expect(titles('callToAction')).toEqual([
      'Tower Hamlets will be a fair, inclusive and anti-racist borough',
      'Everyone in Tower Hamlets should be able to enjoy good mental health and wellbeing',
      'Everyone in Tower Hamlets should feel safe and live in good-quality homes and healthy, inviting neighbourhoods',
      'Everyone in Tower Hamlets should have access to good work and skills and an income that meets their needs',
      'A child-friendly borough where children and young people from all backgrounds thrive, achieve their best, have opportunities, and are listened to',
    ]);
  });

  it('has every numbered priority, with the misnumbered mental health priority corrected to 2.1', () => {
    expect(ofKind('priority').map((p) => (p.kind === 'priority' ? p.number : ''))).toEqual(['1.1', '1.2', '2.1', '3.1', '3.2', '3.3', '4.1', '4.2', '5.1']);
    expect(plan.nodes.get('p2.1')?.provenance?.note).toMatch(/source numbers this priority 1.1/);
  });

  it('has the actions, resident actions, outcomes and indicators of each call to action', () => {
    expect(
      countPerCallToAction(plan).map(({ priorities, actions, residentActions, indicators }) => [priorities, actions, residentActions, indicators]),
    ).toEqual([
      [2, 17, 0, 5],
      [1, 4, 8, 3],
      [3, 18, 5, 10],
      [2, 14, 1, 6],
      [1, 14, 2, 6],
    ]);
    expect(ofKind('indicator')).toHaveLength(30);
    expect(ofKind('action')).toHaveLength(83);
  });

  it('keeps each action under the priority it sits under', () => {
    const priorityOf = (actionId: string) =>
      plan.nodes
        .toArray()
        .filter((p) => p.kind === 'priority' && getTheoryOfChange(plan, p.id).nodeIds.has(actionId))
        .map((p) => p.id);
    expect(priorityOf('a1.1-13')).toEqual(['p1.1']);
    expect(plan.nodes.get('a1.1-13')?.title).toMatch(/^Together we will tackle food insecurity in the borough/);
    expect(priorityOf('a3.2-3')).toContain('p3.2');
    expect(plan.nodes.get('a1.2-1')?.title).toBe(
      'As anchor institutions, we will implement our commitments under the Anti-Racist Pledge, including in employment and procurement.',
    );
    expect(plan.nodes.get('r2-3')).toMatchObject({
      actor: 'residents',
      title: 'Connect with the people around you like family, friends, colleagues and neighbours',
    });
  });

  it('gives indicators their sources, comparators, directions, thresholds and State of the borough baselines', () => {
    expect(plan.nodes.get('i1-hle-women')).toMatchObject({
      comparators: ['London', 'England'],
      direction: 'increase',
      baseline: { value: 58, date: '2018-20' },
      dataSource: { name: 'Fingertips, public health data' },
    });
    expect(plan.nodes.get('i5-obesity')).toMatchObject({
      direction: 'decrease',
      baseline: { value: 45, date: '2021/22' },
      dataSource: { name: 'National Child Measurement Programme' },
    });
    expect(plan.nodes.get('i4-child-poverty')).toMatchObject({
      baseline: { value: 26.7 },
      dataSource: { name: 'DWP; Children in low income families, local area statistics' },
    });
    expect(plan.nodes.get('i3-co2')).toMatchObject({ dataSource: { name: 'London Energy and Greenhouse Gas Inventory (LEGGI)' } });
    expect(plan.nodes.get('i3-no2')).toMatchObject({ target: { description: 'Threshold: the Air Quality Strategy objective of 40µg/m3 annual average NO2' } });
    expect(plan.nodes.get('i3-pm25')).toMatchObject({ target: { value: 10 }, dataSource: { name: 'London Atmospheric Emissions Inventory (LAEI) 2019' } });
    expect(plan.nodes.get('i2-anxiety')).toMatchObject({ direction: 'decrease', comparators: ['London', 'England'] });
  });

  it('records as measurements only the readings the plan states, each with its source, for Tower Hamlets', () => {
    const withData = plan.nodes.toArray().filter((n): n is IndicatorNode => n.kind === 'indicator' && (n.measurements?.length ?? 0) > 0);
    expect(withData.map((n) => n.id).sort()).toEqual(['i1-get-on', 'i1-hle-men', 'i1-hle-women', 'i4-child-poverty', 'i5-obesity']);
    expect((plan.nodes.get('i1-get-on') as IndicatorNode).measurements?.map((m) => [m.date, m.value])).toEqual([
      ['2019', 78],
      ['2022', 87],
    ]);
    for (const node of withData) {
      expect(node.area).toEqual({ code: 'E09000030', name: 'Tower Hamlets' });
      for (const m of node.measurements!)
        expect(m.source).toMatch(/^A Tower Hamlets for All — Partnership Plan 2023-2028, (State of the borough|call to action 1 narrative)/);
    }
    // No Fingertips id is recorded: the source documents name none.
    expect(plan.nodes.toArray().some((n) => n.kind === 'indicator' && n.externalIds?.some((e) => /fingertips/i.test(e.scheme)))).toBe(false);
  });

  it('has the ten principles, each guiding something', () => {
    expect(titles('principle')).toEqual([
      'Research-led and evidence-informed',
      'Data sharing',
      'Better targeting',
      'Stronger networks',
      'Equalities and anti-racism',
      'Community first and coproduction',
      'Open and transparent',
      'Best use of assets and resources',
      'Celebrating place and promoting the borough (TH_IS)',
      'Sustainability and climate change',
    ]);
    for (const p of ofKind('principle'))
      expect(
        plan.edges.toArray().some((e) => e.kind === 'guides' && e.source === p.id),
        p.id,
      ).toBe(true);
  });

  it('names the delivering boards and links them with deliveredBy', () => {
    const delivering = new Set(
      plan.edges
        .toArray()
        .filter((e) => e.kind === 'deliveredBy')
        .map((e) => plan.nodes.get(e.target)!.title),
    );
    for (const board of [
      'Community Safety Partnership',
      'Children and Families Partnership',
      'Combating Drugs Partnership',
      'Youth Justice Partnership',
      'Equalities Hub',
      'Health Determinants Research Collaboration (HDRC)',
      'Health and Wellbeing Board',
    ]) {
      expect(delivering).toContain(board);
    }
    expect(plan.nodes.get('hwb')?.provenance?.derived).toBe(true);
  });

  it('has derived research questions linked to what they inform', () => {
    const questions = ofKind('researchQuestion');
    expect(questions.length).toBeGreaterThanOrEqual(6);
    for (const q of questions) {
      expect(q.provenance?.derived).toBe(true);
      expect(plan.edges.toArray().some((e) => e.kind === 'investigates' && e.source === q.id)).toBe(true);
    }
    expect(plan.nodes.get('rq-fsm')?.title).toMatch(/universal free school meals/);
  });

  it('gives every call to action a readable theory of change: each action reaches the vision', () => {
    for (const cta of ofKind('callToAction')) {
      const toc = getTheoryOfChange(plan, cta.id);
      const outcomes = [...toc.nodeIds].filter((id) => plan.nodes.get(id)!.kind === 'outcome');
      expect(outcomes.length, cta.id).toBeGreaterThanOrEqual(4);
    }
  });

  it('puts its derived research questions on the research agenda, under their calls to action', () => {
    const agenda = getResearchAgenda(plan);
    const underCta5 = agenda.find((g) => g.callToAction?.id === 'cta-5')!.themes.flatMap((t) => t.entries.map((e) => e.question.id));
    expect(underCta5).toContain('rq-fsm');
    const all = new Set(agenda.flatMap((g) => g.themes.flatMap((t) => t.entries.map((e) => e.question.id))));
    expect(all.size).toBe(ofKind('researchQuestion').length);
  });

  it('fills in critical assumptions where the text states them, ranked for testing', () => {
    const ranked = rankAssumptions(plan);
    expect(ranked[0]).toMatchObject({ node: { id: 'as-activity-reach' }, score: 6, tested: true });
    expect(plan.nodes.get('as-housing-health')).toMatchObject({ critical: true, uncertainty: 'low', provenance: { derived: true } });
    expect(plan.nodes.get('as-housing-health')?.provenance?.quote).toMatch(
      /^We know that safe, affordable and high-quality housing is linked to better health/,
    );
    expect(ofKind('evidence').every((e) => e.kind === 'evidence' && e.citation)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { Table } from '../model/table.js';
import { link, planFrom } from '../test/fixtures.js';
import { actionClause } from './action-clause.js';
import type { Vocabulary } from './casing.js';
import { inSentence, vocabularyOf } from './casing.js';
import { getNarrative, getStoriesOf } from './narrative.js';
import { isClause } from './phrases.js';
import { asPhrase, joinList, quoted } from './words.js';

const vocabulary: Vocabulary = {
  lower: new Set(['health', 'residents', 'children', 'together']),
  capitalised: new Set(['Tower', 'Hamlets', 'London']),
};

const clause = (title: string, actor?: string) => {
  const { subject, predicate, leadIn } = actionClause({ id: 'a', kind: 'action', title, actor }, vocabulary);
  return [leadIn, subject, predicate].filter(Boolean).join(' ');
};

describe('words', () => {
  it('makes a title a phrase: one line, no closing full stop, inner sentences joined', () => {
    expect(asPhrase('We will act.', vocabulary)).toBe('We will act');
    expect(asPhrase('Support at the right time. Residents  get\nhelp early.', vocabulary)).toBe('Support at the right time; residents get help early');
    expect(asPhrase('Meet e.g. Schools. Tower Hamlets leads.', vocabulary)).toBe('Meet e.g. Schools; Tower Hamlets leads');
    expect(asPhrase('Employment rate (incl. Bangladeshi residents)', vocabulary)).toBe('Employment rate (incl. Bangladeshi residents)');
    expect(asPhrase('The “I Can Be...” campaign, and more...', vocabulary)).toBe('The “I Can Be...” campaign, and more...');
  });

  it('joins lists with commas and “and”, and with semicolons when an item has a comma', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b'])).toBe('a and b');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinList(['a, x', 'b', 'c'])).toBe('a, x; b; and c');
  });

  it('quotes a long title shortened', () => {
    expect(quoted('Short title.')).toBe('“Short title”');
    expect(quoted('x'.repeat(80), 10)).toBe('“xxxxxxxxx…”');
  });
});

describe('capitals inside a sentence', () => {
  it('lower-cases a common first word and keeps names and acronyms', () => {
    expect(inSentence('Health inequalities are reduced', vocabulary)).toBe('health inequalities are reduced');
    expect(inSentence('More residents feel safe', vocabulary)).toBe('more residents feel safe');
    expect(inSentence('Tower Hamlets has better homes', vocabulary)).toBe('Tower Hamlets has better homes');
    expect(inSentence('NHS waiting times fall', vocabulary)).toBe('NHS waiting times fall');
    expect(inSentence('London is greener', vocabulary)).toBe('London is greener');
    expect(inSentence('Bromley Council acts', vocabulary)).toBe('Bromley Council acts');
    expect(inSentence('Unknown words start lower', vocabulary)).toBe('unknown words start lower');
    expect(inSentence('I can help', vocabulary)).toBe('I can help');
    expect(inSentence('Employers, partners included, recruit', vocabulary)).toBe('employers, partners included, recruit');
  });

  it('learns which words are names from the plan’s own text', () => {
    const plan = planFrom([
      { id: 'a', kind: 'outcome', title: 'Residents of Poplar feel at home', description: 'In Poplar and beyond.' },
      { id: 'b', kind: 'outcome', title: 'Housing in the borough improves' },
    ]);
    const learnt = vocabularyOf(plan);
    expect(learnt.capitalised.has('Poplar')).toBe(true);
    expect(learnt.lower.has('borough')).toBe(true);
    expect(inSentence('Poplar thrives', learnt)).toBe('Poplar thrives');
  });
});

describe('actions as clauses', () => {
  it('reads commitments in the present tense, keeping what leads in', () => {
    expect(clause('We will deliver the Air Quality Action Plan.')).toBe('we deliver the Air Quality Action Plan');
    expect(clause('We will be ambitious')).toBe('we are ambitious');
    expect(clause('Together we will tackle food insecurity')).toBe('together we tackle food insecurity');
    expect(clause('As anchor institutions, we will implement the pledge')).toBe('as anchor institutions, we implement the pledge');
    expect(clause('We will raise awareness, we will accelerate rights')).toBe('we raise awareness, we accelerate rights');
  });

  it('makes a named subject agree with its verb', () => {
    expect(clause('Every partner will fulfil their duties')).toBe('every partner fulfils their duties');
    expect(clause('Each partner will identify and apply evidence')).toBe('each partner identifies and applies evidence');
    expect(clause('Staff in adult social care will do more')).toBe('staff in adult social care do more');
    expect(clause('Our health and employment partnership will work together')).toBe('our health and employment partnership works together');
    expect(clause('The council and the NHS will work together')).toBe('the council and the NHS work together');
    expect(clause('Develop a plan that will work')).toBe('we develop a plan that will work');
  });

  it('reads imperatives and gerunds as what the actor does, and retells instructions to residents about them', () => {
    expect(clause('Deliver initiatives to prevent homelessness.')).toBe('we deliver initiatives to prevent homelessness');
    expect(clause('Building the movement for change')).toBe('we build the movement for change');
    expect(clause('Changing perceptions of Tower Hamlets')).toBe('we change perceptions of Tower Hamlets');
    expect(clause('Review and improve the childcare offer')).toBe('we review and improve the childcare offer');
    expect(clause('Connect with the people around you and set yourself a goal with someone you trust', 'residents')).toBe(
      'residents connect with the people around them and set themselves a goal with someone they trust',
    );
    expect(clause('For housing queries, please go to your hub', 'residents')).toBe('for housing queries, residents go to their hub');
  });

  it('reads a thing as something delivered', () => {
    expect(clause('Free school meals')).toBe('we deliver free school meals');
    expect(clause('Support for carers')).toBe('we deliver support for carers');
    expect(clause('Access to green space')).toBe('we deliver access to green space');
    expect(clause('Co-design and co-production')).toBe('we deliver co-design and co-production');
    expect(clause('Training for teachers')).toBe('we deliver training for teachers');
    expect(clause('Distribution of bed nets')).toBe('we distribute bed nets');
    expect(clause('School garden programme')).toBe('we deliver the school garden programme');
    expect(clause('Healthy Start programme')).toBe('we deliver the Healthy Start programme');
  });

  it('lets an organisation act as “we” and people the plan serves act for themselves', () => {
    expect(clause('Complete the checker', 'residents')).toBe('residents complete the checker');
    expect(clause('Complete the checker', 'children and young people')).toBe('children and young people complete the checker');
    expect(clause('Complete the checker', 'council')).toBe('we complete the checker');
    expect(clause('Complete the checker', 'NHS Trust')).toBe('we complete the checker');
  });
});

describe('clauses and noun phrases', () => {
  it('tells a sentence from a thing', () => {
    for (const text of [
      'health inequalities are reduced',
      'fewer households experience food insecurity',
      'workplaces support staff wellbeing',
      'the factors that put people at risk are understood',
      'crime falls',
    ]) {
      expect(isClause(text), text).toBe(true);
    }
    for (const text of [
      'reduced obesity',
      'access to support services',
      'services that are accessible',
      'a borough where everyone can thrive',
      'residents and partners working together to improve life, advance equality',
      '200 staff trained',
    ]) {
      expect(isClause(text), text).toBe(false);
    }
  });
});

/** Two sibling actions → output → outcome → aim, with an assumption, an indicator and a weak link. */
function healthyWeightPlan(edgeChanges: Partial<PlanEdge> = {}, extraNodes: PlanNode[] = []): Plan {
  return planFrom(
    [
      { id: 'aim', kind: 'aim', title: 'Fewer children in Tower Hamlets live with obesity.' },
      { id: 'cta', kind: 'callToAction', title: 'A healthier borough', number: 1 },
      { id: 'out', kind: 'output', title: '200 school cooks trained' },
      { id: 'oc', kind: 'outcome', title: 'Children eat a balanced school lunch.' },
      { id: 'a1', kind: 'action', title: 'We will train school cooks.' },
      { id: 'a2', kind: 'action', title: 'Cooking classes for parents' },
      { id: 'as', kind: 'assumption', title: 'Affordable ingredients for every family' },
      { id: 'i', kind: 'indicator', title: 'Percentage of reception children at a healthy weight' },
      { id: 'ev', kind: 'evidence', title: 'School food pilot, 2023' },
      { id: 'pa', kind: 'partner', title: 'School catering service' },
      { id: 'lonely', kind: 'outcome', title: 'An outcome nobody links' },
      ...extraNodes,
    ],
    [
      link('contributesTo', 'a1', 'out', 'l1'),
      link('contributesTo', 'a2', 'out', 'l2'),
      { ...link('contributesTo', 'out', 'oc', 'l3'), confidence: 30, ...edgeChanges },
      link('contributesTo', 'oc', 'cta', 'l4'),
      link('contributesTo', 'cta', 'aim', 'l5'),
      link('underlies', 'as', 'l3', 'u1'),
      link('measures', 'i', 'oc', 'm1'),
      link('supports', 'ev', 'l3', 's1'),
      link('deliveredBy', 'a1', 'pa', 'd1'),
    ],
  );
}

describe('stories', () => {
  it('tells a pathway as one “If … then … so that …, because …; we will know by …” sentence, with context and weak links', () => {
    const { stories, unlinkedIds } = getNarrative(healthyWeightPlan());
    expect(stories.map((s) => s.text)).toEqual([
      'If we train school cooks and deliver cooking classes for parents, then we should see 200 school cooks trained, and so children eat a balanced school lunch, ' +
        'so that fewer children in Tower Hamlets live with obesity, assuming affordable ingredients for every family; ' +
        'we will know by tracking the percentage of reception children at a healthy weight. ' +
        'It is part of call to action 1, “A healthier borough”. ' +
        'Confidence is low (30 out of 100) that “200 school cooks trained” leads to “Children eat a balanced school lunch”.',
    ]);
    expect(unlinkedIds).toEqual(['lonely']);
    const [story] = stories;
    expect(story!.actionIds).toEqual(['a1', 'a2']);
    expect(story!.routeIds).toEqual(['out', 'oc', 'cta', 'aim']);
    expect(story!.edgeIds).toEqual(['l1', 'l2', 'l3', 'l4', 'l5']);
    expect(story!.weakEdgeIds).toEqual(['l3']);
    expect(story!.segments.filter((s) => s.nodeId === 'oc').map((s) => s.text)).toEqual(['children eat a balanced school lunch']);
  });

  it('gives a link’s rationale as a reason, says nothing of confidence when it is not weak, and leaves out “we will know” without indicators', () => {
    const plan = healthyWeightPlan({ confidence: 80, rationale: 'Trained cooks make healthier food.' });
    const withoutIndicator = { ...plan, edges: plan.edges.delete('m1') };
    const [story] = getNarrative(withoutIndicator).stories;
    expect(story!.text).toContain(', because trained cooks make healthier food, and assuming affordable ingredients for every family.');
    expect(story!.text).not.toContain('we will know');
    expect(story!.text).not.toContain('Confidence');
  });

  it('calls a link weak by the plan’s own threshold', () => {
    const plan = { ...healthyWeightPlan({ confidence: 50 }), checker: { lowConfidenceThreshold: 60 } };
    expect(getNarrative(plan).stories[0]!.text).toContain('Confidence is low (50 out of 100)');
    expect(getNarrative(healthyWeightPlan({ confidence: 10 })).stories[0]!.text).toContain('Confidence is very low (10 out of 100)');
  });

  it('starts from a result nothing feeds, and carries an aim on to the vision in a story of its own', () => {
    const plan = planFrom(
      [
        { id: 'v', kind: 'vision', title: 'A borough where everyone thrives' },
        { id: 'aim', kind: 'aim', title: 'Residents live longer, healthier lives' },
        { id: 'o', kind: 'outcome', title: 'Reduced obesity' },
        { id: 'o2', kind: 'outcome', title: 'Better health in later life' },
        { id: 'a', kind: 'action', title: 'Run weight clinics' },
      ],
      [link('contributesTo', 'o', 'o2'), link('contributesTo', 'o2', 'aim'), link('contributesTo', 'aim', 'v'), link('contributesTo', 'a', 'aim')],
    );
    expect(getNarrative(plan).stories.map((s) => s.text)).toEqual([
      'If we run weight clinics, then residents live longer, healthier lives, leading to a borough where everyone thrives.',
      'If we achieve reduced obesity, then we should see better health in later life, so that residents live longer, healthier lives.',
    ]);
  });

  it('tells routes that differ only in their priorities once, naming each priority', () => {
    const plan = planFrom(
      [
        { id: 'cta', kind: 'callToAction', title: 'Safe neighbourhoods', number: 3 },
        { id: 'p1', kind: 'priority', title: 'Support safer communities', number: '3.1' },
        { id: 'p2', kind: 'priority', title: 'Improve our neighbourhoods', number: '3.3' },
        { id: 'o', kind: 'outcome', title: 'Residents keep their streets clean' },
        { id: 'a', kind: 'action', title: 'Complete the home fire safety checker', actor: 'residents' },
      ],
      [
        link('contributesTo', 'a', 'o'),
        link('contributesTo', 'o', 'p1'),
        link('contributesTo', 'o', 'p2'),
        link('contributesTo', 'p1', 'cta'),
        link('contributesTo', 'p2', 'cta'),
      ],
    );
    expect(getNarrative(plan).stories.map((s) => s.text)).toEqual([
      'If residents complete the home fire safety checker, then residents keep their streets clean. ' +
        'It is part of priority 3.1, “Support safer communities”, and priority 3.3, “Improve our neighbourhoods”, in call to action 3, “Safe neighbourhoods”.',
    ]);
  });

  it('finds the stories of a box, a link, and of what stands beside the chain', () => {
    const plan = healthyWeightPlan();
    const [story] = getNarrative(plan).stories;
    for (const id of ['a1', 'oc', 'cta', 'aim', 'i', 'as', 'l3', 'ev', 'pa']) expect(getStoriesOf(plan, id), id).toEqual([story]);
    expect(getStoriesOf(plan, 'lonely')).toEqual([]);
    expect(getStoriesOf(plan, 'missing')).toEqual([]);
  });

  it('is worked out once per plan content', () => {
    const plan = healthyWeightPlan();
    expect(getNarrative(plan)).toBe(getNarrative({ ...plan, title: 'Renamed' }));
    const moved: Plan = { ...plan, nodes: Table.fromValues(plan.nodes.toArray()) };
    expect(getNarrative(moved)).not.toBe(getNarrative(plan));
    expect(getNarrative(moved)).toEqual(getNarrative(plan));
  });
});

import { describe, expect, it } from 'vitest';
import { planFrom } from '../test/fixtures.js';
import { DEFAULT_LEVELS, getLevelIndex, getNodeLevel, getPlanLevels } from './levels.js';
import type { PlanNode } from './nodes.js';

const nodes: PlanNode[] = [
  { id: 'v', kind: 'vision', title: 'Vision' },
  { id: 'a', kind: 'aim', title: 'Aim' },
  { id: 'c', kind: 'callToAction', title: 'Call to action' },
  { id: 'p', kind: 'priority', title: 'Priority' },
  { id: 'o-short', kind: 'outcome', title: 'Soon', horizon: 'short' },
  { id: 'o-none', kind: 'outcome', title: 'No horizon' },
  { id: 'o-long', kind: 'outcome', title: 'Later', horizon: 'long' },
  { id: 'out', kind: 'output', title: '200 staff trained' },
  { id: 'act', kind: 'action', title: 'Train staff' },
  { id: 'i', kind: 'indicator', title: 'Staff trained' },
  { id: 'e', kind: 'evidence', title: 'Study' },
];

describe('levels', () => {
  it('a plan that declares none reads on the default levels, each kind on its own', () => {
    const plan = planFrom(nodes);
    expect(getPlanLevels(plan)).toBe(DEFAULT_LEVELS);
    expect(DEFAULT_LEVELS.map((l) => l.id)).toEqual([
      'action',
      'output',
      'outcome-short',
      'outcome-medium',
      'outcome-long',
      'priority',
      'callToAction',
      'aim',
      'vision',
    ]);
    const level = (id: string) => getNodeLevel(plan, plan.nodes.get(id)!);
    expect(['act', 'out', 'o-short', 'o-none', 'o-long', 'p', 'c', 'a', 'v'].map(level)).toEqual(DEFAULT_LEVELS.map((l) => l.id));
    expect(level('i')).toBeUndefined();
    expect(level('e')).toBeUndefined();
    expect(getLevelIndex(plan, plan.nodes.get('act')!)).toBe(0);
    expect(getLevelIndex(plan, plan.nodes.get('v')!)).toBe(8);
  });

  it("a box's own level wins when the plan has it; otherwise its kind's default, when the plan has that", () => {
    const levels = [
      { id: 'inputs', title: 'Inputs' },
      { id: 'action', title: 'Activities' },
      { id: 'output', title: 'Outputs' },
      { id: 'impact', title: 'Impact' },
    ];
    const plan = {
      ...planFrom([...nodes, { id: 'x', kind: 'outcome', title: 'Impact', level: 'impact' }, { id: 'y', kind: 'action', title: 'Money', level: 'nowhere' }]),
      levels,
    };
    expect(getPlanLevels(plan)).toBe(levels);
    expect(getNodeLevel(plan, plan.nodes.get('x')!)).toBe('impact');
    expect(getLevelIndex(plan, plan.nodes.get('x')!)).toBe(3);
    // "nowhere" is not a level of this plan: the action falls back to its kind's default.
    expect(getNodeLevel(plan, plan.nodes.get('y')!)).toBe('action');
    expect(getLevelIndex(plan, plan.nodes.get('out')!)).toBe(2);
    // The plan has no level for an aim or a medium-term outcome.
    expect(getNodeLevel(plan, plan.nodes.get('a')!)).toBeUndefined();
    expect(getLevelIndex(plan, plan.nodes.get('o-none')!)).toBeUndefined();
  });

  it('an empty list of levels means the defaults', () => {
    const plan = { ...planFrom(nodes), levels: [] };
    expect(getPlanLevels(plan)).toBe(DEFAULT_LEVELS);
    expect(getNodeLevel(plan, plan.nodes.get('o-long')!)).toBe('outcome-long');
  });
});

import { describe, expect, it } from 'vitest';
import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import { cleanPlan, link, planFrom } from '../test/fixtures.js';
import { findCausalCycles } from './cycles.js';
import { getGraphIndex } from './graph-index.js';
import { getTheoryOfChange } from './theory-of-change.js';
import { getAncestors, getDescendants, getIndicatorsOf, getPathways } from './walks.js';

const ids = (nodes: PlanNode[]) => nodes.map((n) => n.id);

/** vision ← o0 ← o1 ← … ← o(n-1): a causal chain of n outcomes. */
function chain(n: number) {
  const nodes: PlanNode[] = [{ id: 'v', kind: 'vision', title: 'V' }];
  const edges: PlanEdge[] = [];
  for (let i = 0; i < n; i++) {
    nodes.push({ id: `o${i}`, kind: 'outcome', title: `O${i}` });
    edges.push(link('contributesTo', `o${i}`, i === 0 ? 'v' : `o${i - 1}`, `c${i}`));
  }
  return planFrom(nodes, edges);
}

describe('getAncestors and getDescendants', () => {
  it('walk up and down the causal links, nearest first', () => {
    const plan = cleanPlan();
    expect(ids(getAncestors(plan, 'a1'))).toEqual(['o1', 'p1', 'cta', 'aim', 'vision']);
    expect(ids(getDescendants(plan, 'cta'))).toEqual(['p1', 'o1', 'a1']);
  });

  it('ignore non-causal links', () => {
    expect(ids(getDescendants(cleanPlan(), 'o1'))).toEqual(['a1']);
  });

  it('walk a 200,000-node chain without overflowing the stack', () => {
    const plan = chain(200_000);
    expect(getAncestors(plan, 'o199999')).toHaveLength(200_000);
    expect(getDescendants(plan, 'v')).toHaveLength(200_000);
    expect(findCausalCycles(plan)).toEqual([]);
    expect(getPathways(plan, 'o199999', 1)[0]).toHaveLength(200_001);
    expect(getTheoryOfChange(plan, 'o0').nodeIds.size).toBe(200_000);
  });
});

describe('getPathways', () => {
  it('lists every route from an action to the vision', () => {
    const plan = cleanPlan();
    plan.nodes = plan.nodes.set('o2', { id: 'o2', kind: 'outcome', title: 'O2' });
    plan.edges = plan.edges.set('x1', link('contributesTo', 'a1', 'o2', 'x1'));
    plan.edges = plan.edges.set('x2', link('contributesTo', 'o2', 'aim', 'x2'));
    expect(getPathways(plan, 'a1')).toEqual([
      ['a1', 'o1', 'p1', 'cta', 'aim', 'vision'],
      ['a1', 'o2', 'aim', 'vision'],
    ]);
  });

  it('stops at the limit, survives cycles, and returns nothing for a missing node', () => {
    const plan = cleanPlan();
    plan.edges = plan.edges.set('loop', link('contributesTo', 'p1', 'o1', 'loop'));
    expect(getPathways(plan, 'a1')).toEqual([['a1', 'o1', 'p1', 'cta', 'aim', 'vision']]);
    expect(getPathways(plan, 'a1', 0)).toEqual([]);
    expect(getPathways(plan, 'ghost')).toEqual([]);
  });
});

describe('getIndicatorsOf', () => {
  it('returns the indicators measuring a node', () => {
    expect(ids(getIndicatorsOf(cleanPlan(), 'o1'))).toEqual(['i1']);
    expect(getIndicatorsOf(cleanPlan(), 'p1')).toEqual([]);
  });
});

describe('getTheoryOfChange', () => {
  it('holds the causal core and what is attached to it', () => {
    const plan = cleanPlan();
    plan.nodes = plan.nodes.set('ev', { id: 'ev', kind: 'evidence', title: 'Trial' });
    plan.nodes = plan.nodes.set('as', { id: 'as', kind: 'assumption', title: 'Take-up' });
    plan.nodes = plan.nodes.set('q2', { id: 'q2', kind: 'researchQuestion', title: 'Is the survey valid?' });
    plan.edges = plan.edges.set('u', link('underlies', 'as', 'c5', 'u'));
    plan.edges = plan.edges.set('s', link('supports', 'ev', 'as', 's'));
    plan.edges = plan.edges.set('q', link('investigates', 'q2', 'i1', 'q'));
    const toc = getTheoryOfChange(plan, 'cta');
    expect([...toc.nodeIds].sort()).toEqual(['a1', 'as', 'cta', 'ev', 'i1', 'o1', 'p1', 'pa', 'pr', 'q2', 'rq'].sort());
    expect(toc.nodeIds.has('aim')).toBe(false);
    expect(toc.edgeIds.has('c2')).toBe(false);
    expect([...toc.edgeIds].sort()).toEqual(['c3', 'c4', 'c5', 'd1', 'g1', 'm1', 'q', 'q1', 's', 'u'].sort());
  });

  it('is empty for an unknown call to action', () => {
    expect(getTheoryOfChange(cleanPlan(), 'nope').nodeIds.size).toBe(0);
  });
});

describe('getGraphIndex', () => {
  it('is reused while the edges are unchanged', () => {
    const plan = cleanPlan();
    const renamed = { ...plan, nodes: plan.nodes.set('o1', { ...plan.nodes.get('o1')!, title: 'Renamed' }) };
    expect(getGraphIndex(renamed)).toBe(getGraphIndex(plan));
    const relinked = { ...plan, edges: plan.edges.set('extra', link('contributesTo', 'a1', 'o1', 'extra')) };
    expect(getGraphIndex(relinked)).not.toBe(getGraphIndex(plan));
  });
});

describe('findCausalCycles', () => {
  it('finds each loop once, with its links', () => {
    const plan = cleanPlan();
    plan.edges = plan.edges.set('b1', link('contributesTo', 'p1', 'a1', 'b1'));
    plan.edges = plan.edges.set('b2', link('contributesTo', 'aim', 'aim', 'b2'));
    const cycles = findCausalCycles(plan);
    expect(cycles.map((c) => [...c.nodeIds].sort())).toEqual(expect.arrayContaining([['a1', 'o1', 'p1'], ['aim']]));
    expect(cycles).toHaveLength(2);
    expect(cycles.find((c) => c.nodeIds.length === 3)!.edgeIds.sort()).toEqual(['b1', 'c4', 'c5']);
  });
});

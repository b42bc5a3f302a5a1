import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../model/nodes.js';
import { planArb } from '../test/arbitraries.js';
import { cleanPlan, link, planFrom } from '../test/fixtures.js';
import { getPathwaysThrough } from './pathways-through.js';
import { getAncestors, getDescendants } from './walks.js';

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('getPathwaysThrough', () => {
  it('holds the box, what it leads up to and what leads to it, with the causal links between', () => {
    const { nodeIds, edgeIds } = getPathwaysThrough(cleanPlan(), 'o1');
    expect(sorted(nodeIds)).toEqual(['a1', 'aim', 'cta', 'o1', 'p1', 'vision']);
    expect(sorted(edgeIds)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('leaves out sibling branches and links that bypass the box', () => {
    // a1 → o1 → v, a2 → o2 → v, a1 → o2: through o1 are a1 and v only.
    const nodes: PlanNode[] = [
      { id: 'v', kind: 'vision', title: 'V' },
      { id: 'o1', kind: 'outcome', title: 'O1' },
      { id: 'o2', kind: 'outcome', title: 'O2' },
      { id: 'a1', kind: 'action', title: 'A1' },
      { id: 'a2', kind: 'action', title: 'A2' },
    ];
    const plan = planFrom(nodes, [
      link('contributesTo', 'o1', 'v', 'e1'),
      link('contributesTo', 'o2', 'v', 'e2'),
      link('contributesTo', 'a1', 'o1', 'e3'),
      link('contributesTo', 'a2', 'o2', 'e4'),
      link('contributesTo', 'a1', 'o2', 'e5'),
    ]);
    const through = getPathwaysThrough(plan, 'o1');
    expect(sorted(through.nodeIds)).toEqual(['a1', 'o1', 'v']);
    expect(sorted(through.edgeIds)).toEqual(['e1', 'e3']);
  });

  it('gives empty sets for an unknown box', () => {
    expect(getPathwaysThrough(cleanPlan(), 'nope')).toEqual({ nodeIds: new Set(), edgeIds: new Set() });
  });

  it('is the box with its ancestors and descendants, in any plan (loops and broken links included)', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        for (const node of plan.nodes.toArray()) {
          const { nodeIds, edgeIds } = getPathwaysThrough(plan, node.id);
          const expected = new Set([node.id, ...getAncestors(plan, node.id).map((n) => n.id), ...getDescendants(plan, node.id).map((n) => n.id)]);
          expect(sorted(nodeIds)).toEqual(sorted(expected));
          for (const id of edgeIds) {
            const edge = plan.edges.get(id)!;
            expect(edge.kind).toBe('contributesTo');
            expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
          }
        }
      }),
    );
  });

  it('is symmetric: B is on a pathway through A exactly when A is on one through B', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const ids = plan.nodes.toArray().map((n) => n.id);
        for (const a of ids) for (const b of ids) expect(getPathwaysThrough(plan, a).nodeIds.has(b)).toBe(getPathwaysThrough(plan, b).nodeIds.has(a));
      }),
    );
  });
});

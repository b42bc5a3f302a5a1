import { getPresentationSteps, Table, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan, PlanEdge, PlanNode } from '@changemap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getViewMembers } from '../adapter/view-members.js';
import { edgeLensClasses, getLensMarks, nodeLensClasses } from '../lens/lens-marks.js';
import { presentationFlow } from './presentation-flow.js';
import { layoutPresentation } from './presentation-layout.js';
import { getPresentationScope } from './presentation-scope.js';

/** vision ← aim ← cta ← p ← o ← a, and a second branch p ← o2 ← a2, an indicator on o. */
function plan(): Plan {
  const nodes: PlanNode[] = [
    { id: 'v', kind: 'vision', title: 'Vision', description: 'Why it all matters' },
    { id: 'aim', kind: 'aim', title: 'Aim' },
    { id: 'cta', kind: 'callToAction', title: 'CTA', number: 1 },
    { id: 'p', kind: 'priority', title: 'Priority', number: '1.1' },
    { id: 'o', kind: 'outcome', title: 'Outcome about housing' },
    { id: 'o2', kind: 'outcome', title: 'Outcome two' },
    { id: 'a', kind: 'action', title: 'Action' },
    { id: 'a2', kind: 'action', title: 'Action two' },
    { id: 'i', kind: 'indicator', title: 'Indicator' },
  ];
  const links: [string, string, PlanEdge['kind']][] = [
    ['aim', 'v', 'contributesTo'],
    ['cta', 'aim', 'contributesTo'],
    ['p', 'cta', 'contributesTo'],
    ['o', 'p', 'contributesTo'],
    ['o2', 'p', 'contributesTo'],
    ['a', 'o', 'contributesTo'],
    ['a2', 'o2', 'contributesTo'],
    ['i', 'o', 'measures'],
  ];
  return {
    id: 't',
    title: 'T',
    nodes: Table.fromValues(nodes),
    edges: Table.fromValues(links.map(([s, t, kind]) => ({ id: `${s}-${t}`, kind, source: s, target: t }))),
    views: {},
  };
}

describe('getPresentationScope', () => {
  it("carries a call to action's story on to its aim and the vision, with the links that lead there", () => {
    const scope = getPresentationScope(plan(), 'cta');
    expect([...scope.nodeIds].sort()).toEqual(['a', 'a2', 'aim', 'cta', 'i', 'o', 'o2', 'p', 'v']);
    expect(scope.flow.nodes.map((n) => n.id).sort()).toEqual([...scope.nodeIds].sort());
    expect(scope.flow.edges.map((e) => e.id)).toEqual(expect.arrayContaining(['cta-aim', 'aim-v', 'i-o']));
    const steps = getPresentationSteps(plan(), scope.nodeIds);
    expect(steps.map((s) => s.levelId)).toEqual(['action', 'outcome-medium', 'priority', 'callToAction', 'aim', 'vision']);
  });

  it('presents the whole-plan view from the calls to action up to the vision', () => {
    const scope = getPresentationScope(plan(), WHOLE_PLAN_VIEW);
    expect(getPresentationSteps(plan(), scope.nodeIds).map((s) => s.newNodeIds)).toEqual([['cta'], ['aim'], ['v']]);
  });

  it('for one pathway keeps only the boxes through it', () => {
    const scope = getPresentationScope(plan(), 'cta', 'o');
    expect([...scope.nodeIds].sort()).toEqual(['a', 'aim', 'cta', 'o', 'p', 'v']);
    expect(scope.flow.nodes.map((n) => n.id).sort()).toEqual(['a', 'aim', 'cta', 'o', 'p', 'v']);
  });
});

describe('layoutPresentation', () => {
  const step = (ids: string[], shown: string[] = ids) => ({ levelId: 'l', title: 'L', newNodeIds: ids, shownNodeIds: new Set(shown) });

  it('puts each step in its own block, left to right, and wraps a long step into columns', () => {
    const many = Array.from({ length: 30 }, (_, i) => `a${i}`);
    const positions = layoutPresentation([step(many), step(['o1', 'o2']), step(['v'])]);
    const xs = (ids: string[]) => ids.map((id) => positions.get(id)!.x);
    const actionColumns = new Set(xs(many));
    expect(actionColumns.size).toBe(5); // 30 boxes: 6 rows × 5 columns, about the screen's shape
    expect(Math.min(...xs(['o1', 'o2']))).toBeGreaterThan(Math.max(...xs(many)));
    expect(positions.get('v')!.x).toBeGreaterThan(positions.get('o1')!.x);
    expect(positions.get('v')!.y).toBe(0); // a lone box sits on the middle line
  });

  it('top to bottom, puts each step in its own row block below the last, and wraps a long step into rows', () => {
    const many = Array.from({ length: 30 }, (_, i) => `a${i}`);
    const positions = layoutPresentation([step(many), step(['o1', 'o2']), step(['v'])], 'DOWN');
    const ys = (ids: string[]) => ids.map((id) => positions.get(id)!.y);
    const actionRows = new Set(ys(many));
    expect(actionRows.size).toBe(4); // 30 boxes: rows of 9, wider than tall like the screen
    expect(Math.min(...ys(['o1', 'o2']))).toBeGreaterThan(Math.max(...ys(many)));
    expect(positions.get('v')!.y).toBeGreaterThan(positions.get('o1')!.y);
    expect(positions.get('v')!.x).toBe(0); // a lone box sits on the middle line
    expect(positions.get('o1')!.y).toBe(positions.get('o2')!.y); // one level, one row
  });

  it('never puts two boxes in one place, and each step comes wholly after the one before, in either direction', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 8 }), fc.constantFrom('RIGHT' as const, 'DOWN' as const), (sizes, direction) => {
        let n = 0;
        const steps = sizes.map((size) => step(Array.from({ length: size }, () => `b${n++}`)));
        const positions = layoutPresentation(steps, direction);
        const places = [...positions.values()].map((p) => `${p.x},${p.y}`);
        expect(new Set(places).size).toBe(n);
        const along = (id: string) => (direction === 'RIGHT' ? positions.get(id)!.x : positions.get(id)!.y);
        for (let i = 1; i < steps.length; i++) {
          expect(Math.min(...steps[i]!.newNodeIds.map(along))).toBeGreaterThan(Math.max(...steps[i - 1]!.newNodeIds.map(along)));
        }
      }),
    );
  });
});

describe('presentationFlow', () => {
  it('hides what is not shown yet without moving anything, and marks the newest level', () => {
    const p = plan();
    const scope = getPresentationScope(p, 'cta');
    const steps = getPresentationSteps(p, scope.nodeIds);
    const second = presentationFlow(scope.flow, steps[1], undefined);
    const classOf = (id: string) => second.nodes.find((n) => n.id === id)!.className;
    expect(classOf('a')).toBe('is-shown');
    expect(classOf('o')).toBe('is-newest');
    expect(classOf('i')).toBe('is-newest');
    expect(classOf('p')).toBe('is-future');
    expect(second.nodes.map((n) => n.position)).toEqual(scope.flow.nodes.map((n) => n.position)); // nothing moves
    expect(second.edges.find((e) => e.id === 'a-o')!.className).toContain('is-newest');
    expect(second.edges.find((e) => e.id === 'o-p')!.className).toContain('is-future');
    expect(second.nodes.every((n) => n.ariaLabel === undefined && !n.selected)).toBe(true);
  });
});

describe('lens marks', () => {
  it('dim what is off the selected pathways, mark search matches, and dim what filters leave out', () => {
    const p = plan();
    const members = getViewMembers(p, 'cta');
    const focus = getLensMarks(p, members, 'o', { query: '', filter: {}, highlightPathways: true });
    expect(nodeLensClasses(focus, 'a')).toBe('is-on-pathway');
    expect(nodeLensClasses(focus, 'a2')).toBe('is-dimmed');
    expect(edgeLensClasses(focus, 'o-p', 'o', 'p')).toBe('is-on-pathway');
    expect(edgeLensClasses(focus, 'o2-p', 'o2', 'p')).toBe('is-dimmed');

    const off = getLensMarks(p, members, 'o', { query: '', filter: {}, highlightPathways: false });
    expect(nodeLensClasses(off, 'a2')).toBe('');

    const search = getLensMarks(p, members, undefined, { query: 'HOUSING', filter: {}, highlightPathways: true });
    expect(nodeLensClasses(search, 'o')).toBe('is-search-match');
    expect(nodeLensClasses(search, 'o2')).toBe('');

    const filtered = getLensMarks(p, members, undefined, { query: '', filter: { level: ['action'] }, highlightPathways: true });
    expect(nodeLensClasses(filtered, 'a')).toBe('');
    expect(nodeLensClasses(filtered, 'o')).toBe('is-dimmed');
    expect(edgeLensClasses(filtered, 'a-o', 'a', 'o')).toBe('is-dimmed');
  });

  it('light a group box, and its merged link, when any of its folded actions is on the pathway or passes the filters', () => {
    const p = plan();
    const members = getViewMembers(p, 'cta');
    const group = ['a', 'a2'];
    const membersOf = (id: string) => (id === 'group:p' ? group : [id]);
    const focus = getLensMarks(p, members, 'o', { query: '', filter: {}, highlightPathways: true });
    expect(nodeLensClasses(focus, 'group:p', group)).toBe('is-on-pathway');
    expect(nodeLensClasses(focus, 'group:p', ['a2'])).toBe('is-dimmed');
    expect(edgeLensClasses(focus, 'merged', 'group:p', 'o', ['a-o'], membersOf)).toBe('is-on-pathway');
    expect(edgeLensClasses(focus, 'merged', 'group:p', 'o2', ['a2-o2'], membersOf)).toBe('is-dimmed');
    const search = getLensMarks(p, members, undefined, { query: 'two', filter: {}, highlightPathways: true });
    expect(nodeLensClasses(search, 'group:p', group)).toBe('is-search-match');
    const filtered = getLensMarks(p, members, undefined, { query: '', filter: { level: ['action'] }, highlightPathways: true });
    expect(nodeLensClasses(filtered, 'group:p', group)).toBe('');
    expect(edgeLensClasses(filtered, 'merged', 'group:p', 'o', ['a-o'], membersOf)).toBe('is-dimmed');
  });
});

import { Table, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan, PlanEdge, PlanNode } from '@changemap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getViewMembers } from '../adapter/view-members.js';
import { edgeLensClasses, getLensMarks, nodeLensClasses } from '../lens/lens-marks.js';
import { presentationFlow } from './presentation-flow.js';
import { layoutPresentation } from './presentation-layout.js';
import { boxPictureOf, type GroupNodeData } from '../picture/to-picture.js';
import { getPresentationScope, type PresentationScope } from './presentation-scope.js';
import { estimateBoxHeight } from './presentation-spacing.js';

/** vision ← aim ← cta ← p ← o ← a, and a second branch p ← o2 ← a2; an indicator on o, a partner delivering a, a principle and evidence. */
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
    { id: 'pa', kind: 'partner', title: 'Housing team' },
    { id: 'pr', kind: 'principle', title: 'Work with residents' },
    { id: 'ev', kind: 'evidence', title: 'Pilot evaluation' },
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
    ['a', 'pa', 'deliveredBy'],
    ['pr', 'cta', 'guides'],
    ['ev', 'o2', 'supports'],
  ];
  return {
    id: 't',
    title: 'T',
    nodes: Table.fromValues(nodes),
    edges: Table.fromValues(links.map(([s, t, kind]) => ({ id: `${s}-${t}`, kind, source: s, target: t }))),
    views: {},
  };
}

/** A priority with `actions` actions, each leading to one of two outcomes, each action delivered by a partner. */
function bigPlan(actions: number): Plan {
  const nodes: PlanNode[] = [
    { id: 'cta', kind: 'callToAction', title: 'CTA', number: 1 },
    { id: 'p', kind: 'priority', title: 'Priority', number: '1.1' },
    { id: 'o1', kind: 'outcome', title: 'First outcome' },
    { id: 'o2', kind: 'outcome', title: 'Second outcome' },
  ];
  const links: [string, string, PlanEdge['kind']][] = [
    ['p', 'cta', 'contributesTo'],
    ['o1', 'p', 'contributesTo'],
    ['o2', 'p', 'contributesTo'],
  ];
  for (let k = 0; k < actions; k++) {
    nodes.push({ id: `a${k}`, kind: 'action', title: `Action ${k}` }, { id: `pa${k}`, kind: 'partner', title: `Partner ${k}` });
    links.push([`a${k}`, k % 2 === 0 ? 'o1' : 'o2', 'contributesTo'], [`a${k}`, `pa${k}`, 'deliveredBy']);
  }
  return {
    id: 'big',
    title: 'Big',
    nodes: Table.fromValues(nodes),
    edges: Table.fromValues(links.map(([s, t, kind]) => ({ id: `${s}-${t}`, kind, source: s, target: t }))),
    views: {},
  };
}

const ANNOTATION_KINDS = new Set(['indicator', 'partner', 'principle', 'researchQuestion', 'assumption', 'evidence']);
const CAUSAL_KINDS = new Set(['vision', 'aim', 'callToAction', 'priority', 'outcome', 'output', 'action']);

/** Every plan node the steps show, a group's actions included. */
function shownMembers(scope: PresentationScope): string[] {
  return scope.steps.flatMap((s) => s.newNodeIds).flatMap((id) => [...(scope.membersOf.get(id) ?? [])]);
}

describe('getPresentationScope', () => {
  it("carries a call to action's story on to its aim and the vision, with the links that lead there", () => {
    const scope = getPresentationScope(plan(), 'cta');
    expect([...scope.boxIds].sort()).toEqual(['a', 'a2', 'aim', 'cta', 'o', 'o2', 'p', 'v']);
    expect(scope.flow.nodes.map((n) => n.id).sort()).toEqual([...scope.boxIds].sort());
    expect(scope.flow.edges.map((e) => e.id)).toEqual(expect.arrayContaining(['cta-aim', 'aim-v', 'a-o']));
    expect(scope.flow.edges.every((e) => e.type === 'routed')).toBe(true); // drawn as the picture draws links, never curves
    expect(scope.steps.map((s) => s.levelId)).toEqual(['action', 'outcome-medium', 'priority', 'callToAction', 'aim', 'vision']);
  });

  it('draws indicators, partners, principles and evidence as chips and badges on their boxes, never as boxes', () => {
    const scope = getPresentationScope(plan(), 'cta');
    for (const node of scope.flow.nodes) expect(ANNOTATION_KINDS.has(node.type!), node.id).toBe(false);
    expect(scope.flow.edges.some((e) => ['measures', 'deliveredBy', 'guides', 'supports'].includes(e.data!.kind))).toBe(false);
    const chipsOn = (id: string) => boxPictureOf(scope.flow.nodes.find((n) => n.id === id)!.data)?.annotations;
    expect(chipsOn('o')!.indicators.map((c) => c.title)).toEqual(['Indicator']);
    expect(chipsOn('a')!.partners.map((c) => c.title)).toEqual(['Housing team']);
    expect(chipsOn('cta')!.principles.map((c) => c.title)).toEqual(['Work with residents']);
    expect(chipsOn('o2')!.evidence.map((c) => c.title)).toEqual(['Pilot evaluation']);
  });

  it('presents the whole-plan view from the calls to action up to the vision', () => {
    const scope = getPresentationScope(plan(), WHOLE_PLAN_VIEW);
    expect(scope.steps.map((s) => s.newNodeIds)).toEqual([['cta'], ['aim'], ['v']]);
  });

  it('for one pathway keeps only the boxes and links through it', () => {
    const scope = getPresentationScope(plan(), 'cta', 'o');
    expect([...scope.boxIds].sort()).toEqual(['a', 'aim', 'cta', 'o', 'p', 'v']);
    expect(scope.flow.nodes.map((n) => n.id).sort()).toEqual(['a', 'aim', 'cta', 'o', 'p', 'v']);
    expect(scope.flow.edges.map((e) => e.id).sort()).toEqual(['a-o', 'aim-v', 'cta-aim', 'o-p', 'p-cta']);
  });

  it("keeps a large view's actions folded into group boxes, each group in the actions' step, standing for all its actions", () => {
    const scope = getPresentationScope(bigPlan(12), 'cta');
    expect(scope.steps[0]!.newNodeIds).toEqual(['group:p']);
    expect([...scope.membersOf.get('group:p')!].sort()).toEqual(Array.from({ length: 12 }, (_, k) => `a${k}`).sort());
    const group = scope.flow.nodes.find((n) => n.id === 'group:p')!;
    expect(group.type).toBe('actionGroup');
    expect((group.data as GroupNodeData).annotations!.partners).toHaveLength(12); // the actions' partners go on the group
    // Unfolded by hand on the canvas, the presentation shows each action.
    const unfolded = getPresentationScope(bigPlan(12), 'cta', undefined, new Map([['group:p', false]]));
    expect(unfolded.steps[0]!.newNodeIds).toHaveLength(12);
  });

  it('unfolds a group on a pathway that holds only some of its actions, so that no box claims more than the pathway', () => {
    const scope = getPresentationScope(bigPlan(12), 'cta', 'o1');
    expect(scope.steps[0]!.newNodeIds.sort()).toEqual(['a0', 'a10', 'a2', 'a4', 'a6', 'a8']);
    expect(scope.flow.edges.map((e) => e.target).filter((t) => t === 'o2')).toEqual([]);
  });

  it('shows every causal box of the view in exactly one step, and no annotation box, whatever the view', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.boolean(), (actions, folded) => {
        const p = bigPlan(actions);
        const scope = getPresentationScope(p, 'cta', undefined, new Map([['group:p', folded]]));
        const members = shownMembers(scope);
        const causal = [...getViewMembers(p, 'cta').nodeIds].filter((id) => CAUSAL_KINDS.has(p.nodes.get(id)!.kind));
        expect(members.sort()).toEqual(causal.sort());
        for (const node of scope.flow.nodes) expect(ANNOTATION_KINDS.has(node.type!)).toBe(false);
        // Each step shows what it adds and all before it.
        scope.steps.forEach((step, k) => expect(step.shownNodeIds.size).toBe(scope.steps.slice(0, k + 1).reduce((n, s) => n + s.newNodeIds.length, 0)));
      }),
      { numRuns: 40 },
    );
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

describe('room for tall boxes', () => {
  const step = (ids: string[]) => ({ levelId: 'l', title: 'L', newNodeIds: ids, shownNodeIds: new Set(ids) });

  it('gives a longer title or more chips more room', () => {
    expect(estimateBoxHeight('A much longer title that wraps over several lines on a slide, as plans have')).toBeGreaterThan(estimateBoxHeight('Short'));
    const chips = {
      indicators: [{ id: 'i', title: 'Percentage of residents satisfied' }],
      partners: [],
      principles: [],
      research: [],
      assumptions: [],
      evidence: [],
    };
    expect(estimateBoxHeight('Short', chips)).toBeGreaterThan(estimateBoxHeight('Short'));
  });

  it('spaces the rows so that boxes as tall as the tallest never overlap, in fewer rows when they are tall', () => {
    const four = [step(['a', 'b', 'c', 'd'])];
    expect(new Set([...layoutPresentation(four).values()].map((p) => p.x)).size).toBe(1); // four boxes of the usual height: one column
    expect(new Set([...layoutPresentation(four, 'RIGHT', 400).values()].map((p) => p.x)).size).toBe(2); // four very tall ones: two columns of two
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 40, max: 600 }), (sizes, tallest) => {
        let n = 0;
        const steps = sizes.map((size) => step(Array.from({ length: size }, () => `b${n++}`)));
        const after = layoutPresentation(steps, 'RIGHT', tallest);
        const byColumn = new Map<number, number[]>();
        for (const p of after.values()) byColumn.set(p.x, [...(byColumn.get(p.x) ?? []), p.y]);
        for (const ys of byColumn.values()) {
          ys.sort((a, b) => a - b);
          for (let k = 1; k < ys.length; k++) expect(ys[k]! - ys[k - 1]!).toBeGreaterThanOrEqual(tallest);
        }
        expect(new Set([...after.values()].map((p) => `${p.x},${p.y}`)).size).toBe(n);
      }),
    );
  });
});

describe('presentationFlow', () => {
  it('hides what is not shown yet without moving anything, and marks the newest level', () => {
    const p = plan();
    const scope = getPresentationScope(p, 'cta');
    const second = presentationFlow(scope.flow, scope.steps[1]);
    const classOf = (id: string) => second.nodes.find((n) => n.id === id)!.className;
    expect(classOf('a')).toBe('is-shown');
    expect(classOf('o')).toBe('is-newest');
    expect(classOf('p')).toBe('is-future');
    expect(second.nodes.map((n) => n.position)).toEqual(scope.flow.nodes.map((n) => n.position)); // nothing moves
    expect(second.edges.find((e) => e.id === 'a-o')!.className).toContain('is-newest');
    expect(second.edges.find((e) => e.id === 'o-p')!.className).toContain('is-future');
    expect(second.nodes.every((n) => n.ariaLabel === undefined && !n.selected)).toBe(true);
  });

  it('shows a link’s words only once the link is shown: a label is drawn apart from its path', () => {
    const p = plan();
    const scope = getPresentationScope(p, 'cta');
    const labelled = { ...scope.flow, edges: scope.flow.edges.map((e) => ({ ...e, label: 'lowers (−)' })) };
    const second = presentationFlow(labelled, scope.steps[1]);
    expect(second.edges.find((e) => e.id === 'a-o')!.label).toBe('lowers (−)');
    expect(second.edges.find((e) => e.id === 'o-p')!.label).toBeUndefined();
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

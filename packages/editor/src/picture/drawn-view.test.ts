import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Table, applyCommand, commands, getPlanLevels, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan, PlanEdge, PlanNode } from '@changemap/core';
import { importForeign, importModel } from '@changemap/schemas';
import { describe, expect, it } from 'vitest';
import { getViewMembers } from '../adapter/view-members.js';
import { SHOW_NONE, getAnnotations, type ShowSettings } from './annotations.js';
import { compareNumbering, getDrawnView, FOLD_ABOVE_ACTIONS } from './drawn-view.js';
import { estimateBoxHeight, estimateGroupHeight, LEVEL_GROUP_HEIGHT } from './box-height.js';
import { BOX_SPACING } from './picture-graph.js';
import { getBands } from './level-bands.js';
import { foldsUnfoldingAll } from './unfold-all.js';

function flagship(): Plan {
  const text = readFileSync(resolve(import.meta.dirname, '../../../../examples/tower-hamlets-partnership-plan-2023-2028/plan.changemap.json'), 'utf8');
  const result = importModel(text);
  if (!result.ok) throw new Error('the flagship does not import');
  return result.model;
}

function small(): Plan {
  const nodes = [
    { id: 'cta', kind: 'callToAction', title: 'CTA', number: '1' },
    { id: 'p', kind: 'priority', title: 'Priority', number: '1.1' },
    { id: 'o', kind: 'outcome', title: 'Outcome' },
    { id: 'a', kind: 'action', title: 'Action' },
    { id: 'i', kind: 'indicator', title: 'Indicator' },
    { id: 'partner', kind: 'partner', title: 'Board' },
    { id: 'g', kind: 'principle', title: 'Co-production' },
    { id: 'q', kind: 'researchQuestion', title: 'Does it work?' },
    { id: 'as', kind: 'assumption', title: 'Funding stays' },
  ] as const;
  const edges = [
    ['p', 'cta', 'contributesTo'],
    ['o', 'p', 'contributesTo'],
    ['a', 'o', 'contributesTo'],
    ['i', 'o', 'measures'],
    ['a', 'partner', 'deliveredBy'],
    ['g', 'a', 'guides'],
    ['q', 'i', 'investigates'],
    ['as', 'a-o', 'underlies'],
  ] as const;
  return {
    id: 't',
    title: 'T',
    nodes: Table.fromValues(nodes.map((n) => ({ ...n }) as PlanNode)),
    edges: Table.fromValues(edges.map(([s, t, kind]): PlanEdge => ({ id: `${s}-${t}`, kind, source: s, target: t }))),
    views: {},
  };
}

const ALL_SHOW: ShowSettings[] = Array.from({ length: 32 }, (_, bits) => ({
  indicators: !!(bits & 1),
  partners: !!(bits & 2),
  principles: !!(bits & 4),
  research: !!(bits & 8),
  evidence: !!(bits & 16),
}));

describe('getAnnotations', () => {
  it('puts each annotation on the box it concerns, and principles on the call to action', () => {
    const plan = small();
    const members = getViewMembers(plan, 'cta');
    const { byBox, hiddenNodes, hiddenEdges } = getAnnotations(plan, members.nodeIds, members.edgeIds, SHOW_NONE, 'cta');
    expect(byBox.get('o')?.indicators.map((c) => c.id)).toEqual(['i']);
    expect(byBox.get('a')?.partners.map((c) => c.id)).toEqual(['partner']);
    expect(byBox.get('cta')?.principles.map((c) => c.id)).toEqual(['g']);
    // A question about an indicator sits with the indicator, on what it measures.
    expect(byBox.get('o')?.research.map((c) => c.id)).toEqual(['q']);
    // An assumption under a causal link sits on the link's target box.
    expect(byBox.get('o')?.assumptions.map((c) => c.id)).toEqual(['as']);
    expect([...hiddenNodes].sort()).toEqual(['as', 'g', 'i', 'partner', 'q']);
    expect(hiddenEdges.has('a-o')).toBe(false);
    expect(hiddenEdges.has('i-o')).toBe(true);
  });

  it('gives an indicator chip its status once the indicator has readings, and none before', () => {
    const plan = small();
    const members = getViewMembers(plan, 'cta');
    const chipOf = (p: Plan) => getAnnotations(p, members.nodeIds, members.edgeIds, SHOW_NONE, 'cta').byBox.get('o')!.indicators[0]!;
    expect(chipOf(plan).status).toBeUndefined();
    const measured = (value: number): Plan => {
      const indicator = {
        ...plan.nodes.get('i')!,
        direction: 'increase',
        baseline: { value: 40, date: '2020' },
        target: { value: 60, date: '2020' },
      } as PlanNode;
      return { ...plan, nodes: plan.nodes.set('i', { ...indicator, measurements: [{ period: '2021', value }] } as unknown as PlanNode) };
    };
    expect(chipOf(measured(65)).status).toBe('met');
    expect(chipOf(measured(30)).status).toBe('offTrack');
    // Readings but no target: the name alone ("no target" would crowd it out).
    const noTarget = measured(65);
    const indicator = { ...noTarget.nodes.get('i')!, target: undefined } as PlanNode;
    expect(chipOf({ ...noTarget, nodes: noTarget.nodes.set('i', indicator) }).status).toBeUndefined();
  });

  it('draws an annotation as a box again when the Show menu asks for it', () => {
    const plan = small();
    const members = getViewMembers(plan, 'cta');
    const shown = getAnnotations(plan, members.nodeIds, members.edgeIds, { ...SHOW_NONE, indicators: true }, 'cta');
    expect(shown.hiddenNodes.has('i')).toBe(false);
    expect(shown.hiddenEdges.has('i-o')).toBe(false);
    // The question about the indicator now goes on the indicator's box.
    expect(shown.byBox.get('i')?.research.map((c) => c.id)).toEqual(['q']);
  });
});

describe('getDrawnView', () => {
  const plan = flagship();
  const ctas = plan.nodes.toArray().filter((n) => n.kind === 'callToAction');

  it('loses nothing: every node of a view is a box, in a folded group, or a chip on a drawn box (every Show setting)', () => {
    for (const cta of ctas) {
      const members = getViewMembers(plan, cta.id);
      for (const show of ALL_SHOW) {
        const drawn = getDrawnView(plan, cta.id, { show, folds: new Map() });
        const boxes = new Set(drawn.boxes.map((b) => b.id));
        const chips = new Set(
          [...drawn.annotations.byBox]
            .filter(([host]) => boxes.has(host))
            .flatMap(([, a]) =>
              Object.values(a)
                .flat()
                .map((c) => c.id),
            ),
        );
        for (const id of members.nodeIds) {
          expect(boxes.has(id) || drawn.foldedBoxes.has(id) || chips.has(id), `${cta.id}: ${id}`).toBe(true);
        }
        // Every drawn link joins two drawn boxes.
        for (const link of drawn.links) expect(boxes.has(link.source) && boxes.has(link.target), link.id).toBe(true);
      }
    }
  });

  it('folds a large view into one group per priority, in the plan’s numbering, and unfolds one group in place', () => {
    const drawn = getDrawnView(plan, 'cta-3', { show: SHOW_NONE, folds: new Map() });
    expect(drawn.groups.map((g) => g.parentId)).toEqual(['p3.1', 'p3.2', 'p3.3']);
    expect(drawn.groups.every((g) => g.folded)).toBe(true);
    expect(drawn.boxes.some((b) => b.type === 'node' && b.node.kind === 'action')).toBe(false);
    const unfolded = getDrawnView(plan, 'cta-3', { show: SHOW_NONE, folds: new Map([['group:p3.1', false]]) });
    const actions = unfolded.boxes.filter((b) => b.type === 'node' && b.node.kind === 'action').map((b) => b.id);
    expect(actions).toEqual(unfolded.groups.find((g) => g.parentId === 'p3.1')!.memberIds);
    expect(actions.length).toBeGreaterThan(FOLD_ABOVE_ACTIONS - 5);
  });

  it('orders boxes by level, then by number (1.2 before 1.10)', () => {
    const drawn = getDrawnView(plan, 'cta-3', { show: SHOW_NONE, folds: new Map() });
    const levels = drawn.boxes.map((b) => b.level ?? -1);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    const a = { id: 'x', kind: 'priority', title: '', number: '1.2' } as PlanNode;
    const b = { id: 'y', kind: 'priority', title: '', number: '1.10' } as PlanNode;
    expect(compareNumbering(a, b)).toBeLessThan(0);
  });

  it('merges a folded group’s links into one per end, as sure as its least sure link', () => {
    const drawn = getDrawnView(plan, 'cta-3', { show: SHOW_NONE, folds: new Map() });
    const merged = drawn.links.filter((l) => l.source.startsWith('group:'));
    expect(merged.length).toBeGreaterThan(0);
    const keys = merged.map((l) => `${l.source}>${l.target}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('the whole-plan view has no groups to fold and keeps vision, aims and calls to action', () => {
    const drawn = getDrawnView(plan, WHOLE_PLAN_VIEW, { show: SHOW_NONE, folds: new Map() });
    const kinds = new Set(drawn.boxes.flatMap((b) => (b.type === 'node' ? [b.node.kind] : [])));
    expect(kinds.has('vision') && kinds.has('aim') && kinds.has('callToAction')).toBe(true);
  });
});

describe('getDrawnView’s kept answer', () => {
  it('answers the same view of the same plan with the same object, and works out any other again', () => {
    const plan = flagship();
    const folds = new Map([['group:p3.1', false]]);
    const drawn = getDrawnView(plan, 'cta-3', { show: SHOW_NONE, folds });
    expect(getDrawnView(plan, 'cta-3', { show: SHOW_NONE, folds })).toBe(drawn);
    const otherFolds = getDrawnView(plan, 'cta-3', { show: SHOW_NONE, folds: new Map() });
    expect(otherFolds).not.toBe(drawn);
    expect(otherFolds.groups.find((g) => g.id === 'group:p3.1')?.folded).toBe(true);
    expect(getDrawnView(plan, 'cta-2', { show: SHOW_NONE, folds }).boxes).not.toEqual(drawn.boxes);
    // Another plan (any edit makes one) is drawn afresh.
    const edited = applyCommand(plan, commands.updateNode('p3.1', { title: 'Renamed priority' }));
    const redrawn = getDrawnView(edited, 'cta-3', { show: SHOW_NONE, folds });
    expect(redrawn).not.toBe(drawn);
    expect(redrawn.boxes.find((b) => b.id === 'p3.1')).toMatchObject({ node: { title: 'Renamed priority' } });
  });

  it('Unfold all leaves the folds it was given as they were', async () => {
    const plan = flagship();
    const folds = new Map<string, boolean>();
    const all = foldsUnfoldingAll(plan, 'cta-3', { show: SHOW_NONE, folds });
    expect(folds.size).toBe(0);
    expect([...all.values()].every((folded) => folded === false)).toBe(true);
    expect(getDrawnView(plan, 'cta-3', { show: SHOW_NONE, folds: all }).groups.every((g) => !g.folded)).toBe(true);
    expect(getDrawnView(plan, 'cta-3', { show: SHOW_NONE, folds }).groups.every((g) => g.folded)).toBe(true);
  });
});

/** The room of a level band that holds about six one-line boxes. */
const ROOM_FOR_SIX = 480;

describe('getDrawnView of a large imported chart, with a level room', () => {
  const charts = ['tocmaker-60.json', 'tocmaker-150.json', 'tocmaker-two-sections.json', 'kumu-with-levels.csv'];
  const imported = async (file: string) => {
    const result = await importForeign(readFileSync(resolve(import.meta.dirname, '../../e2e/data/imported', file)), { fileName: file });
    if (!result.ok) throw new Error(`${file} does not import`);
    return result.model;
  };

  it('loses nothing: every box of the whole plan is drawn, in exactly one folded group, or a chip; and no level’s boxes take more than its room', async () => {
    for (const file of charts) {
      const plan = await imported(file);
      for (const room of [300, 500, 800]) {
        const drawn = getDrawnView(plan, WHOLE_PLAN_VIEW, { show: SHOW_NONE, folds: new Map(), levelRoom: room });
        const boxes = new Set(drawn.boxes.map((b) => b.id));
        const chips = new Set([...drawn.annotations.byBox].flatMap(([, a]) => Object.values(a).flatMap((list: { id: string }[]) => list.map((c) => c.id))));
        const inGroups = new Map<string, number>();
        for (const group of drawn.groups) if (group.folded) for (const id of group.memberIds) inGroups.set(id, (inGroups.get(id) ?? 0) + 1);
        for (const id of getViewMembers(plan, WHOLE_PLAN_VIEW).nodeIds) {
          const places = Number(boxes.has(id)) + (inGroups.get(id) ?? 0) + Number(!boxes.has(id) && !inGroups.has(id) && chips.has(id));
          expect(places, `${file} at ${room}: ${id}`).toBe(1);
        }
        // Each level's boxes as the canvas will draw them (box-height.ts), one above the other.
        const extent = new Map<number | undefined, number>();
        for (const box of drawn.boxes) {
          const chipsOn = drawn.annotations.byBox.get(box.id);
          const height = box.type === 'node' ? estimateBoxHeight(box.node.title, chipsOn) : estimateGroupHeight(chipsOn);
          extent.set(box.level, (extent.get(box.level) ?? -BOX_SPACING) + height + BOX_SPACING);
        }
        for (const [level, taken] of extent)
          if (level !== undefined) expect(taken, `${file} at ${room}: level ${level}`).toBeLessThanOrEqual(Math.max(room, LEVEL_GROUP_HEIGHT));
      }
    }
  });

  it('unfolds one group in place and leaves the others folded', async () => {
    const plan = await imported('tocmaker-150.json');
    const folded = getDrawnView(plan, WHOLE_PLAN_VIEW, { show: SHOW_NONE, folds: new Map(), levelRoom: ROOM_FOR_SIX });
    const groups = folded.groups.filter((g) => g.reason === 'level' && g.folded);
    expect(groups.length).toBeGreaterThan(3);
    const chosen = groups[1]!;
    const unfolded = getDrawnView(plan, WHOLE_PLAN_VIEW, { show: SHOW_NONE, folds: new Map([[chosen.id, false]]), levelRoom: ROOM_FOR_SIX });
    const drawn = new Set(unfolded.boxes.map((b) => b.id));
    for (const id of chosen.memberIds) expect(drawn.has(id)).toBe(true);
    expect(drawn.has(chosen.id)).toBe(false);
    for (const other of groups) if (other !== chosen) expect(drawn.has(other.id), other.id).toBe(true);
  });

  it('names a group by what it holds', async () => {
    const plan = await imported('tocmaker-150.json');
    const drawn = getDrawnView(plan, WHOLE_PLAN_VIEW, { show: SHOW_NONE, folds: new Map(), levelRoom: ROOM_FOR_SIX });
    const nouns = new Set(drawn.groups.filter((g) => g.reason === 'level').map((g) => g.noun));
    expect(nouns.has('outputs') && nouns.has('outcomes')).toBe(true);
  });

  it('draws a folded group’s main flows only and counts the rest on it; unfolded, its boxes’ links to boxes drawn on their own are drawn again', async () => {
    const plan = await imported('tocmaker-150.json');
    const folded = getDrawnView(plan, WHOLE_PLAN_VIEW, { show: SHOW_NONE, folds: new Map(), levelRoom: ROOM_FOR_SIX });
    const notDrawn = folded.groups.reduce((sum, group) => sum + (group.linksNotDrawn ?? 0), 0);
    expect(notDrawn).toBeGreaterThan(0);
    // Every group leads to its parent, as drawn.
    for (const group of folded.groups.filter((g) => g.folded && g.parentId !== undefined))
      expect(
        folded.links.some((l) => l.source === group.id && l.target === group.parentId),
        group.id,
      ).toBe(true);
    const chosen = folded.groups.find((g) => g.folded && (g.linksNotDrawn ?? 0) > 0)!;
    const unfolded = getDrawnView(plan, WHOLE_PLAN_VIEW, { show: SHOW_NONE, folds: new Map([[chosen.id, false]]), levelRoom: ROOM_FOR_SIX });
    expect(unfolded.groups.find((g) => g.id === chosen.id)!.linksNotDrawn).toBeUndefined();
    // Each plan link between one of its boxes and a box drawn on its own is drawn.
    const members = new Set(chosen.memberIds);
    const plain = new Set(unfolded.boxes.filter((b) => b.type === 'node').map((b) => b.id));
    const drawnEdges = new Set(unfolded.links.flatMap((l) => l.edgeIds));
    for (const edge of plan.edges.toArray())
      if (edge.kind === 'contributesTo' && (members.has(edge.source) || members.has(edge.target)) && plain.has(edge.source) && plain.has(edge.target))
        expect(drawnEdges.has(edge.id), edge.id).toBe(true);
  });

  it('leaves the links of a numbered plan’s groups whole (the flagship draws every one)', () => {
    const drawn = getDrawnView(flagship(), 'cta-3', { show: SHOW_NONE, folds: new Map(), levelRoom: 300 });
    expect(drawn.groups.some((g) => g.folded)).toBe(true);
    expect(drawn.groups.every((g) => g.linksNotDrawn === undefined)).toBe(true);
  });

  it('without a capacity, folds no level', async () => {
    const plan = await imported('tocmaker-150.json');
    const drawn = getDrawnView(plan, WHOLE_PLAN_VIEW, { show: SHOW_NONE, folds: new Map() });
    expect(drawn.groups.filter((g) => g.reason === 'level')).toEqual([]);
  });
});

describe('getBands', () => {
  it('makes one band per level in order, meeting half-way between their boxes', () => {
    const size = { width: 100, height: 50 };
    const bands = getBands(
      [
        { level: 2, position: { x: 300, y: 0 }, size },
        { level: 0, position: { x: 0, y: 0 }, size },
        { level: 0, position: { x: 0, y: 100 }, size },
      ],
      getPlanLevels({}).map((l) => l.title),
      'RIGHT',
    );
    expect(bands.map((b) => b.title)).toEqual(['Actions', 'Short-term outcomes']);
    expect(bands[0]!.x + bands[0]!.width).toBe(200);
    expect(bands[1]!.x).toBe(200);
  });

  it('reaches past a link routed above the first box, so the labels above it do not sit on the link', () => {
    const size = { width: 100, height: 50 };
    const boxes = [
      { level: 0, position: { x: 0, y: 100 }, size },
      { level: 2, position: { x: 300, y: 100 }, size },
    ];
    const titles = getPlanLevels({}).map((l) => l.title);
    const plain = getBands(boxes, titles, 'RIGHT');
    const routed = getBands(boxes, titles, 'RIGHT', [
      [
        { x: 100, y: 120 },
        { x: 150, y: 40 },
        { x: 300, y: 40 },
      ],
    ]);
    expect(routed[0]!.y).toBe(plain[0]!.y - 60);
    expect(routed[0]!.y + routed[0]!.height).toBe(plain[0]!.y + plain[0]!.height);
  });
});

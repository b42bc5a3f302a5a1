import { describe, expect, it } from 'vitest';
import { Table, applyCommand, commands, validate, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan, PlanEdge, PlanNode } from '@changemap/core';
import { toFlow } from './to-flow.js';
import { placeMissing } from './place-missing.js';
import { getViewMembers } from './view-members.js';

function plan(): Plan {
  const nodes = [
    { id: 'v', kind: 'vision', title: 'Vision' },
    { id: 'aim', kind: 'aim', title: 'Aim' },
    { id: 'cta', kind: 'callToAction', title: 'CTA', number: 1 },
    { id: 'p', kind: 'priority', title: 'Priority', number: '1.1' },
    { id: 'o', kind: 'outcome', title: 'Outcome' },
    { id: 'a', kind: 'action', title: 'Action' },
    { id: 'i', kind: 'indicator', title: 'Indicator', dataSource: { name: 'ONS' } },
    { id: 'other', kind: 'callToAction', title: 'Other CTA', number: 2 },
  ] as const;
  const edges = [
    ['aim', 'v', 'contributesTo'],
    ['cta', 'aim', 'contributesTo'],
    ['other', 'aim', 'contributesTo'],
    ['p', 'cta', 'contributesTo'],
    ['o', 'p', 'contributesTo'],
    ['a', 'o', 'contributesTo'],
    ['i', 'o', 'measures'],
  ] as const;
  return {
    id: 't',
    title: 'T',
    nodes: Table.fromValues(nodes.map((n) => ({ ...n }) as PlanNode)),
    edges: Table.fromValues(edges.map(([s, t, kind]): PlanEdge => ({ id: `${s}-${t}`, kind, source: s, target: t }))),
    views: {},
  };
}

describe('toFlow', () => {
  it('draws a negative influence apart from a plain contribution: its own class, dash and words', () => {
    const negative = applyCommand(plan(), commands.updateEdge('a-o', { sign: 'negative' }));
    const drawn = toFlow(negative, 'cta', [], undefined).edges;
    const link = drawn.find((e) => e.id === 'a-o')!;
    expect(link.className).toContain('edge-negative');
    expect(link.label).toBe('lowers (−)');
    expect(link.ariaLabel).toBe('Action lowers (−) Outcome');
    expect(link.style?.strokeDasharray).toBe('10 4');
    const plain = toFlow(plan(), 'cta', [], undefined).edges.find((e) => e.id === 'a-o')!;
    expect(plain.className).not.toContain('edge-negative');
    expect(plain.label).toBeUndefined();
  });

  it('shows a call to action’s theory of change, with kinds as node types', () => {
    const { nodes, edges } = toFlow(plan(), 'cta', [], undefined);
    expect(nodes.map((n) => [n.id, n.type]).sort()).toEqual([
      ['a', 'action'],
      ['cta', 'callToAction'],
      ['i', 'indicator'],
      ['o', 'outcome'],
      ['p', 'priority'],
    ]);
    expect(edges.map((e) => e.id).sort()).toEqual(['a-o', 'i-o', 'o-p', 'p-cta']);
  });

  it('styles causal links solid and others dashed with a label', () => {
    const { edges } = toFlow(plan(), 'cta', [], undefined);
    const causal = edges.find((e) => e.id === 'a-o')!;
    const measures = edges.find((e) => e.id === 'i-o')!;
    expect(causal.style?.strokeDasharray).toBeUndefined();
    expect(causal.label).toBeUndefined();
    expect(measures.style?.strokeDasharray).toBe('6 4');
    expect(measures.label).toBe('measures');
  });

  it('shows the whole plan as vision, aims and calls to action', () => {
    const { nodes } = toFlow(plan(), WHOLE_PLAN_VIEW, [], undefined);
    expect(nodes.map((n) => n.id).sort()).toEqual(['aim', 'cta', 'other', 'v']);
  });

  it('puts the worst severity and a count on each node with problems', () => {
    const p = plan();
    p.edges = p.edges.delete('i-o');
    const { nodes } = toFlow(p, 'cta', validate(p), undefined);
    expect(nodes.find((n) => n.id === 'o')!.data.problem).toEqual({ severity: 'warning', count: 1 });
    expect(nodes.find((n) => n.id === 'a')!.data.problem).toBeUndefined();
  });

  it('uses saved positions and lays out the rest', () => {
    let p = applyCommand(plan(), commands.moveNode('cta', 'o', { x: 7, y: 9 }));
    const { nodes } = toFlow(p, 'cta', [], undefined);
    expect(nodes.find((n) => n.id === 'o')!.position).toEqual({ x: 7, y: 9 });
    p = plan();
    const laidOut = placeMissing(p, 'cta');
    expect(laidOut.get('a')!.x).toBeLessThan(laidOut.get('o')!.x);
    expect(laidOut.get('o')!.x).toBeLessThan(laidOut.get('p')!.x);
    expect(laidOut.get('p')!.x).toBeLessThan(laidOut.get('cta')!.x);
  });

  it('keeps unchanged node objects, so dragging one box re-renders only that box', () => {
    let p = plan();
    for (const [id, position] of placeMissing(p, 'cta')) p = applyCommand(p, commands.moveNode('cta', id, position));
    const first = toFlow(p, 'cta', [], undefined);
    const previous = new Map(first.nodes.map((n) => [n.id, n]));
    const moved = applyCommand(p, commands.moveNode('cta', 'a', { x: 999, y: 1 }));
    const second = toFlow(moved, 'cta', [], undefined, previous);
    const changed = second.nodes.filter((n) => previous.get(n.id) !== n).map((n) => n.id);
    expect(changed).toEqual(['a']);
  });

  it('places a box that joins a laid-out view beside the box it is linked to', () => {
    let p = plan();
    for (const [id, position] of placeMissing(p, 'cta')) p = applyCommand(p, commands.moveNode('cta', id, position));
    p = applyCommand(p, commands.addNode({ id: 'i2', kind: 'indicator', title: 'Second' }));
    p = applyCommand(p, commands.connect({ id: 'm2', kind: 'measures', source: 'i2', target: 'p' }));
    const placed = placeMissing(p, 'cta');
    expect([...placed.keys()]).toEqual(['i2']);
    expect(placed.get('i2')!.x).toBeLessThan(p.views['cta']!.positions['p']!.x);
  });
});

describe('findFreeSpot', () => {
  it('keeps the wanted spot when it is free, and moves off any box that is there', async () => {
    const { findFreeSpot } = await import('./free-spot.js');
    expect(findFreeSpot([{ x: 1000, y: 1000 }], { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
    const taken = [
      { x: 0, y: 0 },
      { x: 0, y: 110 },
      { x: 240, y: 0 },
    ];
    const spot = findFreeSpot(taken, { x: 10, y: 10 });
    for (const t of taken) expect(Math.abs(t.x - spot.x) >= 240 || Math.abs(t.y - spot.y) >= 110).toBe(true);
  });
});

describe('toFlow edge reuse', () => {
  it('keeps unchanged edge objects when a box moves', () => {
    let p = plan();
    for (const [id, position] of placeMissing(p, 'cta')) p = applyCommand(p, commands.moveNode('cta', id, position));
    const first = toFlow(p, 'cta', [], undefined);
    const edges = new Map(first.edges.map((e) => [e.id, e]));
    const moved = applyCommand(p, commands.moveNode('cta', 'a', { x: 5, y: 5 }));
    const second = toFlow(moved, 'cta', [], undefined, new Map(first.nodes.map((n) => [n.id, n])), undefined, false, edges);
    expect(second.edges.every((e) => edges.get(e.id) === e)).toBe(true);
  });
});

describe('getViewMembers', () => {
  it('is reused while boxes only move, and grows when a new box is placed on the view', () => {
    let p = applyCommand(plan(), commands.moveNode('cta', 'a', { x: 0, y: 0 }));
    const before = getViewMembers(p, 'cta');
    p = applyCommand(p, commands.moveNode('cta', 'a', { x: 50, y: 80 }));
    expect(getViewMembers(p, 'cta')).toBe(before);

    p = applyCommand(p, commands.addNode({ id: 'new', kind: 'outcome', title: 'New' }, 'cta', { x: 9, y: 9 }));
    const grown = getViewMembers(p, 'cta');
    expect(grown.nodeIds.has('new')).toBe(true);
    expect(before.nodeIds.has('new')).toBe(false);

    // Placing an unlinked box that the view already shows through its links changes nothing.
    const withOther = applyCommand(p, commands.moveNode('cta', 'o', { x: 1, y: 1 }));
    expect(getViewMembers(withOther, 'cta').nodeIds).toEqual(grown.nodeIds);
    // A new link changes the edges table, so the view is worked out again.
    const linked = applyCommand(p, commands.connect({ id: 'new-p', kind: 'contributesTo', source: 'new', target: 'p' }));
    expect(getViewMembers(linked, 'cta').edgeIds.has('new-p')).toBe(true);
  });
});

describe('ids that are ordinary words to JavaScript', () => {
  /** A call to action called "constructor", boxes called "__proto__" and "prototype", laid out in view "constructor". */
  function wordsPlan(): Plan {
    let words: Plan = { id: 'w', title: 'Words', nodes: Table.empty(), edges: Table.empty(), views: {} };
    const add = (node: PlanNode) => (words = applyCommand(words, commands.addNode(node)));
    add({ id: 'constructor', kind: 'callToAction', title: 'CTA called constructor' });
    add({ id: '__proto__', kind: 'outcome', title: 'Outcome called __proto__' });
    add({ id: 'prototype', kind: 'action', title: 'Action called prototype' });
    words = applyCommand(words, commands.connect({ id: 'toString', kind: 'contributesTo', source: '__proto__', target: 'constructor' }));
    words = applyCommand(words, commands.connect({ id: 'valueOf', kind: 'contributesTo', source: 'prototype', target: '__proto__' }));
    words = applyCommand(
      words,
      commands.placeNodes('constructor', [
        ['__proto__', { x: 300, y: 40 }],
        ['constructor', { x: 600, y: 0 }],
      ]),
    );
    return words;
  }

  it('draws a view called "constructor" with boxes and links called "__proto__", "prototype", "toString"', () => {
    const words = wordsPlan();
    const { nodes, edges } = toFlow(words, 'constructor', validate(words), undefined);
    expect(nodes.map((n) => n.id).sort()).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(nodes.find((n) => n.id === '__proto__')!.position).toEqual({ x: 300, y: 40 });
    expect(nodes.find((n) => n.id === 'constructor')!.position).toEqual({ x: 600, y: 0 });
    expect(edges.map((e) => e.id).sort()).toEqual(['toString', 'valueOf']);
    // "prototype" has no saved position: it is placed beside the box it links to, not read off Object.prototype.
    expect(placeMissing(words, 'constructor').get('prototype')).toEqual(expect.objectContaining({ x: expect.any(Number), y: expect.any(Number) }));
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

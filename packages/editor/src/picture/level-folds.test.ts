import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getLevelGroups, type FoldableBox } from './level-folds.js';

/** A random levelled graph: up to 60 boxes on up to 7 levels (a few without one, a few not foldable), links between any two. */
const graphs = fc
  .record({
    levels: fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { freq: 8 }), { minLength: 1, maxLength: 60 }),
    fixed: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
    links: fc.array(fc.tuple(fc.nat(59), fc.nat(59)), { maxLength: 150 }),
    capacity: fc.integer({ min: 2, max: 12 }),
  })
  .map(({ levels, fixed, links, capacity }) => {
    const boxes: FoldableBox[] = levels.map((level, i) => ({ id: `b${i}`, level: level ?? undefined, foldable: !fixed[i] || i % 7 !== 0 }));
    return {
      boxes,
      links: links.filter(([s, t]) => s < boxes.length && t < boxes.length && s !== t).map(([s, t]) => ({ source: `b${s}`, target: `b${t}` })),
      capacity,
    };
  });

describe('getLevelGroups', () => {
  it('loses nothing: every box is drawn or in exactly one group, of its own level, and only foldable boxes fold', () => {
    fc.assert(
      fc.property(graphs, ({ boxes, links, capacity }) => {
        const groups = getLevelGroups(boxes, links, capacity);
        const byId = new Map(boxes.map((b) => [b.id, b]));
        const seen = new Map<string, number>();
        for (const group of groups) {
          expect(group.memberIds.length).toBeGreaterThanOrEqual(2);
          for (const id of group.memberIds) {
            seen.set(id, (seen.get(id) ?? 0) + 1);
            expect(byId.get(id)!.level).toBe(group.level);
            expect(byId.get(id)!.foldable).toBe(true);
          }
        }
        for (const count of seen.values()) expect(count).toBe(1);
        expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
      }),
    );
  });

  it('leaves every level within capacity when it has enough foldable boxes, and leaves levels within it alone', () => {
    fc.assert(
      fc.property(graphs, ({ boxes, links, capacity }) => {
        const groups = getLevelGroups(boxes, links, capacity);
        const folded = new Set(groups.flatMap((g) => g.memberIds));
        for (const level of new Set(boxes.map((b) => b.level))) {
          if (level === undefined) continue;
          const inLevel = boxes.filter((b) => b.level === level);
          const drawn = inLevel.filter((b) => !folded.has(b.id)).length + groups.filter((g) => g.level === level).length;
          const fixed = inLevel.filter((b) => !b.foldable).length;
          if (inLevel.length <= capacity) expect(drawn).toBe(inLevel.length);
          else expect(drawn).toBeLessThanOrEqual(Math.max(capacity, fixed + 1));
        }
      }),
    );
  });

  it('counts boxes by their size when given: each level’s boxes then take no more than the room, when it has enough foldable boxes', () => {
    const sized = fc.record({
      graph: graphs,
      sizes: fc.array(fc.integer({ min: 40, max: 400 }), { minLength: 60, maxLength: 60 }),
      room: fc.integer({ min: 200, max: 1500 }),
    });
    const fold = { groupSize: 102, gap: 16 };
    fc.assert(
      fc.property(sized, ({ graph, sizes, room }) => {
        const boxes = graph.boxes.map((box, i) => ({ ...box, size: sizes[i]! }));
        const groups = getLevelGroups(boxes, graph.links, room, fold);
        const folded = new Set(groups.flatMap((g) => g.memberIds));
        const extent = (list: { size: number }[]) => list.reduce((sum, box) => sum + box.size + fold.gap, 0) - fold.gap;
        for (const level of new Set(boxes.map((b) => b.level))) {
          if (level === undefined) continue;
          const inLevel = boxes.filter((b) => b.level === level);
          const drawn = [...inLevel.filter((b) => !folded.has(b.id)), ...groups.filter((g) => g.level === level).map(() => ({ size: fold.groupSize }))];
          const fixed = inLevel.filter((b) => !b.foldable);
          if (extent(inLevel) <= room) expect(drawn.length).toBe(inLevel.length);
          else if (inLevel.length - fixed.length >= 2) expect(extent(drawn)).toBeLessThanOrEqual(Math.max(room, extent([...fixed, { size: fold.groupSize }])));
        }
      }),
    );
  });

  it('folds the boxes that lead to the same box together, the largest set first, and the least linked rest into one “more” group', () => {
    // Level 1: five boxes lead to x, two to y, three lead nowhere; capacity 4.
    const boxes: FoldableBox[] = [
      ...['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2', 'c1', 'c2', 'c3'].map((id) => ({ id, level: 1, foldable: true })),
      { id: 'x', level: 2, foldable: true },
      { id: 'y', level: 2, foldable: true },
    ];
    const links = [
      ...['a1', 'a2', 'a3', 'a4', 'a5'].map((source) => ({ source, target: 'x' })),
      ...['b1', 'b2'].map((source) => ({ source, target: 'y' })),
      { source: 'c1', target: 'a1' },
    ];
    expect(getLevelGroups(boxes, links, 4)).toEqual([
      { id: 'fold:1:x', level: 1, parentId: 'x', memberIds: ['a1', 'a2', 'a3', 'a4', 'a5'] },
      { id: 'fold:1:y', level: 1, parentId: 'y', memberIds: ['b1', 'b2'] },
      // 1 + 1 + c1, c2, c3 is still 5: the two least linked (c2, c3) fold.
      { id: 'fold:1', level: 1, parentId: undefined, memberIds: ['c2', 'c3'] },
    ]);
    // Room for all: nothing folds.
    expect(getLevelGroups(boxes, links, 10)).toEqual([]);
  });

  it('groups under a later level’s group when that level folded first', () => {
    const boxes: FoldableBox[] = [
      ...['o1', 'o2', 'o3'].map((id) => ({ id, level: 0, foldable: true })),
      ...['p1', 'p2', 'p3'].map((id) => ({ id, level: 1, foldable: true })),
      { id: 'aim', level: 2, foldable: true },
    ];
    const links = [
      { source: 'o1', target: 'p1' },
      { source: 'o2', target: 'p2' },
      { source: 'o3', target: 'p3' },
      ...['p1', 'p2', 'p3'].map((source) => ({ source, target: 'aim' })),
    ];
    const groups = getLevelGroups(boxes, links, 2);
    expect(groups[0]).toEqual({ id: 'fold:1:aim', level: 1, parentId: 'aim', memberIds: ['p1', 'p2', 'p3'] });
    expect(groups[1]).toEqual({ id: 'fold:0:fold:1:aim', level: 0, parentId: 'fold:1:aim', memberIds: ['o1', 'o2', 'o3'] });
  });
});

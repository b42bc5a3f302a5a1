import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Table } from './table.js';

/** One operation on one of the versions made so far (tables are persistent, so any version can be built on). */
type Op = { version: number; type: 'set'; key: string; value: number } | { version: number; type: 'delete'; key: string };

// A small key pool (with more keys than one chunk) so that operations hit existing keys, holes,
// chunk edges and compaction.
const keyArb = fc.integer({ min: 0, max: 90 }).map((i) => `k${i}`);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ version: fc.nat(), type: fc.constant('set' as const), key: keyArb, value: fc.integer() }),
  fc.record({ version: fc.nat(), type: fc.constant('delete' as const), key: keyArb }),
);

/** Runs the operations on tables and on Maps side by side; returns every version of both. */
function runBoth(ops: Op[]): { tables: Table<{ n: number }>[]; maps: Map<string, { n: number }>[] } {
  const tables = [Table.empty<{ n: number }>()];
  const maps = [new Map<string, { n: number }>()];
  for (const op of ops) {
    const from = op.version % tables.length;
    const map = new Map(maps[from]);
    if (op.type === 'set') {
      const value = { n: op.value };
      tables.push(tables[from]!.set(op.key, value));
      map.set(op.key, value);
    } else {
      tables.push(tables[from]!.delete(op.key));
      map.delete(op.key);
    }
    maps.push(map);
  }
  return { tables, maps };
}

describe('Table', () => {
  it('behaves like a Map at every version, old versions included (property)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 300 }), (ops) => {
        const { tables, maps } = runBoth(ops);
        tables.forEach((table, i) => {
          const map = maps[i]!;
          expect(table.size).toBe(map.size);
          expect([...table.entries()]).toEqual([...map.entries()]);
          expect(table.toArray()).toEqual([...map.values()]);
          for (let k = 0; k <= 90; k++) {
            expect(table.get(`k${k}`)).toBe(map.get(`k${k}`));
            expect(table.has(`k${k}`)).toBe(map.has(`k${k}`));
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it('changedKeys names exactly the keys whose values differ, or says it cannot tell (property)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 200 }), fc.nat(), fc.nat(), (ops, i, j) => {
        const { tables, maps } = runBoth(ops);
        const a = i % tables.length;
        const b = j % tables.length;
        const changed = Table.changedKeys(tables[a]!, tables[b]!);
        if (changed === undefined) return;
        const expected = new Set<string>();
        for (const key of new Set([...maps[a]!.keys(), ...maps[b]!.keys()])) {
          if (maps[a]!.get(key) !== maps[b]!.get(key)) expected.add(key);
        }
        expect(new Set(changed)).toEqual(expected);
        expect(changed).toHaveLength(expected.size);
      }),
      { numRuns: 100 },
    );
  });

  it('restore puts a removed key back in its place, where set would put it last (property)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 200 }), fc.nat(), fc.nat(), (ops, i, k) => {
        const { tables } = runBoth(ops);
        const table = tables[i % tables.length]!;
        const keys = [...table.keys()];
        if (keys.length === 0) return;
        const key = keys[k % keys.length]!;
        const value = { n: -1 };
        const restored = table.delete(key).restore(key, value);
        expect([...restored.keys()]).toEqual(keys);
        expect(restored.get(key)).toBe(value);
        expect(restored.size).toBe(table.size);
        // Still of one family with the table it came from, so changedKeys can compare them.
        expect(Table.changedKeys(table, restored)).toEqual([key]);
      }),
      { numRuns: 100 },
    );
  });

  it('restore falls back to set for a key its family never placed, and puts back keys of a later version', () => {
    const pair = () =>
      Table.fromEntries([
        ['a', { n: 1 }],
        ['b', { n: 2 }],
      ]);
    expect([...pair().restore('z', { n: 9 }).keys()]).toEqual(['a', 'b', 'z']);
    // A later version placed c and d; the earlier table can take d back at d's place, beyond its end.
    const start = pair();
    const later = start.set('c', { n: 3 }).set('d', { n: 4 });
    const d = later.get('d')!;
    const back = start.restore('d', d);
    expect([...back.entries()]).toEqual([
      ['a', { n: 1 }],
      ['b', { n: 2 }],
      ['d', d],
    ]);
    expect(back.get('c')).toBeUndefined();
    expect(Table.familyOf(back)).toBe(Table.familyOf(start));
  });

  it('restore fills a gap of whole chunks with holes', () => {
    const start = Table.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, { n: i }] as const));
    let later = start;
    for (let i = 10; i < 200; i++) later = later.set(`k${i}`, { n: i });
    const back = start.restore('k199', later.get('k199')!);
    expect(back.size).toBe(11);
    expect([...back.keys()].slice(-2)).toEqual(['k9', 'k199']);
    expect(back.get('k100')).toBeUndefined();
    back.forEachWithOrder(() => undefined); // walks the hole chunks without failing
  });

  it('an edit shares the unchanged chunks, so changedKeys can answer for a 10,000-entry table', () => {
    const big = Table.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, { n: i }] as const));
    const edited = big.set('k5000', { n: -1 }).set('k9999', { n: -2 });
    expect(Table.changedKeys(big, edited)).toEqual(['k5000', 'k9999']);
    expect(Table.changedKeys(edited, big)).toEqual(['k5000', 'k9999']);
    expect(big.get('k5000')).toEqual({ n: 5000 });
    const grown = big.set('new', { n: 0 });
    expect(Table.changedKeys(big, grown)).toEqual(['new']);
    expect(grown.toArray().at(-1)).toEqual({ n: 0 });
  });

  it('returns itself for edits that change nothing, and refuses undefined values', () => {
    const value = { n: 1 };
    const table = Table.empty<{ n: number }>().set('a', value);
    expect(table.set('a', value)).toBe(table);
    expect(table.delete('missing')).toBe(table);
    expect(() => table.set('b', undefined as unknown as { n: number })).toThrow(TypeError);
  });

  it('compares by contents in tests and serialises as a record', () => {
    const a = Table.fromValues([{ id: 'x', n: 1 }]);
    const b = Table.empty<{ id: string; n: number }>().set('x', { id: 'x', n: 1 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(b.set('x', { id: 'x', n: 2 }));
    expect(JSON.parse(JSON.stringify({ nodes: a }))).toEqual({ nodes: { x: { id: 'x', n: 1 } } });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { exportJson, importModel } from '@changemap/schemas';
import { docToPlan, hasPlan, planToDoc } from './plan-doc.js';
import { PLAN_MAPS } from './layout.js';
import { planArb, startPlan } from './test/plan-commands.js';

describe('planToDoc and docToPlan', () => {
  it('give back the plan the file format sees, through a copy of the document too', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const doc = new Y.Doc();
        planToDoc(plan, doc);
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
        const { plan: read, dropped } = docToPlan(copy);
        expect(dropped).toEqual([]);
        expect(exportJson(read)).toBe(exportJson(plan));
      }),
    );
  });

  it('refuses to write into a document that already holds a plan', () => {
    const doc = new Y.Doc();
    planToDoc(startPlan(), doc);
    expect(hasPlan(doc)).toBe(true);
    expect(() => planToDoc(startPlan(), doc)).toThrow(/already holds a plan/);
  });

  it('leaves out what a buggy client wrote, says so, and gives a plan the file format opens', () => {
    const junk = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.integer(),
      fc.constant(null),
      fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 3 }).map((record) => ({ ...record })),
    );
    const field = fc.constantFrom('title', 'kind', 'id', 'source', 'target', 'confidence', 'description', 'level', 'colour');
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.tuple(fc.constantFrom('nodes', 'edges', 'info', 'views'), fc.constantFrom('n0', 'n1', 'e0', 'x', 'plan'), field, junk), { maxLength: 8 }),
        (plan, writes) => {
          const doc = new Y.Doc();
          planToDoc(plan, doc);
          doc.transact(() => {
            for (const [mapName, key, name, value] of writes) {
              const map = doc.getMap<unknown>(PLAN_MAPS[mapName as keyof typeof PLAN_MAPS]);
              if (mapName === 'info') map.set(name, value);
              else if (name === 'colour') map.set(key, value);
              else {
                const record = map.get(key);
                if (record instanceof Y.Map) record.set(mapName === 'views' ? 'positions' : name, value);
                else map.set(key, new Y.Map([[name, value]]));
              }
            }
          });
          const { plan: read } = docToPlan(doc);
          const opened = importModel(exportJson(read));
          expect(opened.ok ? [] : opened.errors).toEqual([]);
        },
      ),
    );
  });

  it('reports each record it leaves out', () => {
    const doc = new Y.Doc();
    planToDoc(startPlan(), doc);
    doc.getMap(PLAN_MAPS.nodes).set(
      'bad',
      new Y.Map<unknown>([
        ['id', 'bad'],
        ['kind', 'spaceship'],
        ['title', 'x'],
      ]),
    );
    doc.getMap(PLAN_MAPS.info).set('colour', 'red');
    const { dropped } = docToPlan(doc);
    expect(dropped.map(({ where, id }) => `${where}:${id}`).sort()).toEqual(['info:colour', 'node:bad']);
  });
});

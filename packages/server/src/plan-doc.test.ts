import { generateSyntheticPlan } from '@changemap/core';
import { exportJson } from '@changemap/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docToPlan, planToDoc } from './plan-doc.js';

function roundTrip(text: string, plan: Parameters<typeof planToDoc>[0]): string {
  const doc = new Y.Doc();
  planToDoc(plan, doc);
  // Through bytes, as the server stores it.
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const result = docToPlan(copy);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join(' '));
  expect(result.model.nodes.size).toBe(plan.nodes.size);
  return exportJson(result.model) === text ? 'same' : exportJson(result.model);
}

describe('plan ↔ plan document', () => {
  it('gives back the same file for any generated plan, positions included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 120 }), fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), (size, seed, withPositions) => {
        let plan = generateSyntheticPlan(size, seed);
        if (withPositions) {
          const positions = Object.fromEntries(plan.nodes.toArray().map((node, index) => [node.id, { x: index * 10, y: (index * 7) % 300 }]));
          plan = {
            ...plan,
            views: {
              plan: {
                positions,
                pinned: plan.nodes
                  .toArray()
                  .slice(0, 2)
                  .map((node) => node.id),
              },
            },
          };
        }
        expect(roundTrip(exportJson(plan), plan)).toBe('same');
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a document that is not a plan, with the reason', () => {
    const doc = new Y.Doc();
    doc.getMap('nodes').set('x', new Y.Map([['kind', 'not-a-kind']]));
    const result = docToPlan(doc);
    expect(result.ok).toBe(false);
  });
});

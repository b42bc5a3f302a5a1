import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../edits/apply.js';
import { isChangemapError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { commandArb, planArb } from '../test/arbitraries.js';
import { comparePlans } from './compare-plans.js';
import type { FieldChange, PlanComparison } from './comparison.js';
import { isSameComparison } from './comparison.js';
import { describeComparison } from './describe-comparison.js';

/** Applies what it can of `list`; a refused command leaves the plan as it was. */
function applyAll(start: Plan, list: readonly Parameters<typeof applyCommand>[1][]): Plan {
  let plan = start;
  for (const command of list) {
    try {
      plan = applyCommand(plan, command);
    } catch (error) {
      if (!isChangemapError(error)) throw error;
    }
  }
  return plan;
}

/** Plan data as canonical JSON (keys sorted, absent fields dropped), to compare without the code under test. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  ) ?? 'undefined';
const sameData = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

const ids = (records: readonly { id: string }[]): string[] => records.map((record) => record.id).sort();
const flip = (fields: readonly FieldChange[]) => fields.map(({ field, label, from, to }) => ({ field, label, from: to, to: from }));
const fieldsById = <T extends { fields: readonly FieldChange[] }>(list: readonly T[], idOf: (item: T) => string) =>
  Object.fromEntries(list.map((item) => [idOf(item), item.fields.map(({ field, label, from, to }) => ({ field, label, from, to }))]));

describe('comparePlans properties', () => {
  it('finds nothing between any plan and itself, nor any line to describe', () => {
    fc.assert(
      fc.property(planArb, fc.array(commandArb, { maxLength: 15 }), (start, list) => {
        const plan = applyAll(start, list);
        const comparison = comparePlans(plan, plan);
        expect(isSameComparison(comparison)).toBe(true);
        expect(describeComparison(comparison)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('mirrors when the plans are swapped: added ↔ removed, from ↔ to', () => {
    fc.assert(
      fc.property(planArb, fc.array(commandArb, { maxLength: 20 }), (start, list) => {
        const end = applyAll(start, list);
        const forward: PlanComparison = comparePlans(start, end);
        const backward: PlanComparison = comparePlans(end, start);
        expect(ids(backward.boxes.added)).toEqual(ids(forward.boxes.removed));
        expect(ids(backward.boxes.removed)).toEqual(ids(forward.boxes.added));
        expect(ids(backward.links.added)).toEqual(ids(forward.links.removed));
        expect(ids(backward.links.removed)).toEqual(ids(forward.links.added));
        const forwardBoxes = fieldsById(forward.boxes.changed, (change) => change.box.id);
        const backwardBoxes = fieldsById(backward.boxes.changed, (change) => change.box.id);
        expect(Object.keys(backwardBoxes).sort()).toEqual(Object.keys(forwardBoxes).sort());
        for (const [id, fields] of Object.entries(forwardBoxes)) expect(backwardBoxes[id]).toEqual(flip(fields));
        const forwardLinks = fieldsById(forward.links.changed, (change) => change.link.id);
        const backwardLinks = fieldsById(backward.links.changed, (change) => change.link.id);
        for (const [id, fields] of Object.entries(forwardLinks)) expect(backwardLinks[id]).toEqual(flip(fields));
        expect(backward.plan.map(({ field, label, from, to }) => ({ field, label, from, to }))).toEqual(flip(forward.plan));
        expect(backward.layout).toEqual(forward.layout);
      }),
      { numRuns: 300 },
    );
  });

  it('lists exactly the boxes, links and plan fields that random commands touched', () => {
    fc.assert(
      fc.property(planArb, fc.array(commandArb, { minLength: 1, maxLength: 20 }), (start, list) => {
        const end = applyAll(start, list);
        const comparison = comparePlans(start, end);
        // What differs, worked out record by record without the comparison.
        const expected = (before: Plan['nodes'] | Plan['edges'], after: Plan['nodes'] | Plan['edges']) => {
          const keys = [...new Set([...before.keys(), ...after.keys()])];
          return {
            added: keys.filter((key) => !before.has(key) && after.has(key)).sort(),
            removed: keys.filter((key) => before.has(key) && !after.has(key)).sort(),
            changed: keys.filter((key) => before.has(key) && after.has(key) && !sameData({ ...before.get(key) }, { ...after.get(key) })).sort(),
          };
        };
        const boxes = expected(start.nodes, end.nodes);
        expect(ids(comparison.boxes.added)).toEqual(boxes.added);
        expect(ids(comparison.boxes.removed)).toEqual(boxes.removed);
        expect(comparison.boxes.changed.map((change) => change.box.id).sort()).toEqual(boxes.changed);
        const links = expected(start.edges, end.edges);
        expect(ids(comparison.links.added)).toEqual(links.added);
        expect(ids(comparison.links.removed)).toEqual(links.removed);
        expect(comparison.links.changed.map((change) => change.link.id).sort()).toEqual(links.changed);
        const info = (plan: Plan) => ({ title: plan.title, period: plan.period, description: plan.description, levels: plan.levels, checker: plan.checker });
        const infoBefore = info(start);
        const infoAfter = info(end);
        const changedInfo = (Object.keys(infoBefore) as (keyof typeof infoBefore)[]).filter((key) => !sameData(infoBefore[key], infoAfter[key]));
        expect(comparison.plan.map((field) => field.field).sort()).toEqual(changedInfo.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('describes every change in one line of its group, and a box or link still in the plan is named by id for selecting', () => {
    fc.assert(
      fc.property(planArb, fc.array(commandArb, { minLength: 1, maxLength: 20 }), (start, list) => {
        const end = applyAll(start, list);
        const comparison = comparePlans(start, end);
        const lines = describeComparison(comparison);
        const count = (group: string) => lines.filter((line) => line.group === group).length;
        const fieldCount = (changes: readonly { fields: readonly unknown[] }[]) => changes.reduce((sum, change) => sum + change.fields.length, 0);
        expect(count('plan')).toBe(comparison.plan.length);
        expect(count('boxes')).toBe(comparison.boxes.added.length + comparison.boxes.removed.length + fieldCount(comparison.boxes.changed));
        expect(count('links')).toBe(comparison.links.added.length + comparison.links.removed.length + fieldCount(comparison.links.changed));
        for (const line of lines) {
          expect(line.text.trim()).not.toBe('');
          if (line.nodeId !== undefined) expect(end.nodes.has(line.nodeId)).toBe(true);
          if (line.edgeId !== undefined) expect(end.edges.has(line.edgeId)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

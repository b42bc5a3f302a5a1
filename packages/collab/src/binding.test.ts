import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { commands, createPlan, type Plan } from '@changemap/core';
import { docToPlan } from './plan-doc.js';
import { PLAN_MAPS } from './layout.js';
import { commandArb, startPlan, tryCommand } from './test/plan-commands.js';
import { canonical, send, sync, twoPeople, type Person } from './test/two-people.js';

function withBoxes(): Plan {
  return [
    commands.addNode({ id: 'o1', kind: 'outcome', title: 'Fewer families in crisis' }),
    commands.addNode({ id: 'a1', kind: 'action', title: 'Advice hubs' }),
    commands.moveNode('plan', 'o1', { x: 0, y: 0 }),
  ].reduce(tryCommand, createPlan({ id: 'shared', title: 'Together' }));
}

function title(person: Person, id: string): string | undefined {
  return person.history.plan.nodes.get(id)?.title;
}

function tryApply(person: Person, command: Parameters<Person['history']['apply']>[0]): void {
  try {
    person.history.apply(command);
  } catch {
    // A command the core refuses (a box that is not there) changes nothing; the sequence goes on.
  }
}

describe('bindHistory', () => {
  it("shows one person's edit to the other, field by field", () => {
    const [a, b] = twoPeople(withBoxes());
    a.history.apply(commands.updateNode('o1', { title: 'Fewer families in debt' }));
    b.history.apply(commands.updateNode('o1', { description: 'Measured by referrals' }));
    sync(a, b);
    for (const person of [a, b]) {
      expect(person.history.plan.nodes.get('o1')).toMatchObject({ title: 'Fewer families in debt', description: 'Measured by referrals' });
    }
  });

  it('converges whatever both people do, in any order, and a newcomer sees the same plan', () => {
    const step = fc.oneof(
      fc.record({ who: fc.constantFrom(0, 1), command: commandArb }),
      fc.record({ who: fc.constantFrom(0, 1), act: fc.constantFrom('undo', 'redo', 'send') }),
    );
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 10 }), fc.array(step, { maxLength: 40 }), (setup, steps) => {
        const people = twoPeople(setup.reduce(tryCommand, startPlan()));
        for (const next of steps) {
          const me = people[next.who]!;
          if ('command' in next) tryApply(me, next.command);
          else if (next.act === 'undo') me.history.undo();
          else if (next.act === 'redo') me.history.redo();
          else send(me, people[1 - next.who]!);
        }
        sync(people[0], people[1]);
        const [a, b] = people;
        expect(canonical(b.history.plan)).toEqual(canonical(a.history.plan));
        const newcomer = new Y.Doc();
        Y.applyUpdate(newcomer, Y.encodeStateAsUpdate(a.doc));
        expect(canonical(docToPlan(newcomer).plan)).toEqual(canonical(a.history.plan));
        expect(a.refused).toEqual([]);
        expect(b.refused).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('undoes only my own edits when two people edit one box within the same second', () => {
    const [a, b] = twoPeople(withBoxes());
    a.history.apply(commands.updateNode('o1', { title: 'A: fewer families in debt' }));
    b.history.apply(commands.updateNode('o1', { description: 'B: measured by referrals' }));
    sync(a, b);
    b.history.apply(commands.updateNode('a1', { title: 'B: advice in every library' }));
    a.history.apply(commands.moveNode('plan', 'o1', { x: 300, y: 40 }));
    sync(a, b);

    expect(a.history.undo()).toBe(true); // the move
    expect(a.history.undo()).toBe(true); // the title
    expect(a.history.canUndo).toBe(false);
    sync(a, b);
    for (const person of [a, b]) {
      expect(title(person, 'o1')).toBe('Fewer families in crisis');
      expect(person.history.plan.nodes.get('o1')?.description).toBe('B: measured by referrals');
      expect(title(person, 'a1')).toBe('B: advice in every library');
      expect(person.history.plan.views['plan']?.positions['o1']).toEqual({ x: 0, y: 0 });
    }

    expect(a.history.redo()).toBe(true);
    sync(a, b);
    expect(title(b, 'o1')).toBe('A: fewer families in debt');
  });

  it('never undoes a value someone else set since, even on the same field', () => {
    const [a, b] = twoPeople(withBoxes());
    a.history.apply(commands.updateNode('o1', { title: 'A wrote this' }));
    sync(a, b);
    b.history.apply(commands.updateNode('o1', { title: 'B wrote this after' }));
    sync(a, b);
    a.history.undo();
    sync(a, b);
    expect(title(a, 'o1')).toBe('B wrote this after');
    expect(title(b, 'o1')).toBe('B wrote this after');
  });

  it('makes no undo step of a remote change', () => {
    const [a, b] = twoPeople(withBoxes());
    b.history.apply(commands.updateNode('a1', { title: 'From B' }));
    sync(a, b);
    expect(title(a, 'a1')).toBe('From B');
    expect(a.history.canUndo).toBe(false);
    expect(a.history.undo()).toBe(false);
  });

  it('keeps the last good record of a change the core refuses, says so, and keeps syncing', () => {
    const [a, b] = twoPeople(withBoxes());
    // A buggy client writes a field no box has, then a valid edit follows.
    b.doc.transact(() => (b.doc.getMap(PLAN_MAPS.nodes).get('o1') as Y.Map<unknown>).set('colour', 'red'));
    sync(a, b);
    expect(title(a, 'o1')).toBe('Fewer families in crisis');
    expect(a.refused.map(({ where, id }) => `${where}:${id}`)).toEqual(['node:o1']);
    b.history.apply(commands.updateNode('a1', { title: 'Still syncing' }));
    sync(a, b);
    expect(title(a, 'a1')).toBe('Still syncing');
  });
});

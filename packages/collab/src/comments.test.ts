import { applyCommand, commands, createPlan, type Plan } from '@changemap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addThread, countOpenThreads, deleteComment, editComment, getThreads, isAnchorInPlan, observeComments, reply, setResolved } from './comments.js';
import { isCollabError } from './errors.js';

const ana = { id: 'u-ana', name: 'Ana' };
const ben = { id: 'u-ben', name: 'Ben' };

function plan(): Plan {
  const empty = createPlan({ id: 'p', title: 'Plan' });
  return applyCommand(
    empty,
    commands.batch(
      commands.addNode({ id: 'o1', kind: 'outcome', title: 'Fewer children in poverty' }),
      commands.addNode({ id: 'a1', kind: 'action', title: 'Free school meals' }),
      commands.connect({ id: 'c1', kind: 'contributesTo', source: 'a1', target: 'o1' }),
    ),
  );
}

/** Two replicas that exchange every update, as two browsers on one room do through the server. */
function twoPeople(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, update, 'remote'));
  return [a, b];
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isCollabError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('comments', () => {
  it('opens a thread on a box, takes replies and shows it to the other person', () => {
    const [mine, theirs] = twoPeople();
    const threadId = addThread(mine, plan(), { kind: 'node', id: 'o1' }, ana, '  Is this measurable?  ');
    reply(theirs, threadId, ben, 'Yes: the child poverty rate.');
    const [thread] = getThreads(mine);
    expect(thread!.anchor).toEqual({ kind: 'node', id: 'o1' });
    expect(thread!.comments.map((comment) => [comment.author.name, comment.text])).toEqual([
      ['Ana', 'Is this measurable?'],
      ['Ben', 'Yes: the child poverty rate.'],
    ]);
    expect(getThreads(theirs)).toEqual(getThreads(mine));
  });

  it('keeps both replies made at once by two people who had not yet seen each other’s', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const threadId = addThread(a, plan(), { kind: 'edge', id: 'c1' }, ana, 'How sure are we?');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // Offline from each other: both reply, then the updates cross.
    reply(a, threadId, ana, 'Trials say 70%.');
    reply(b, threadId, ben, 'Less sure in our borough.');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    const texts = (doc: Y.Doc) => getThreads(doc)[0]!.comments.map((comment) => comment.text);
    expect(texts(a)).toHaveLength(3);
    expect(texts(a)).toEqual(texts(b));
    expect(new Set(texts(a))).toEqual(new Set(['How sure are we?', 'Trials say 70%.', 'Less sure in our borough.']));
  });

  it('resolves and reopens, listing open threads first and filtering by status and anchor', () => {
    const doc = new Y.Doc();
    let tick = 0;
    const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));
    const first = addThread(doc, plan(), { kind: 'node', id: 'o1' }, ana, 'First', { now });
    const second = addThread(doc, plan(), { kind: 'node', id: 'a1' }, ana, 'Second', { now });
    setResolved(doc, first, true);
    expect(getThreads(doc).map((thread) => thread.id)).toEqual([second, first]);
    expect(getThreads(doc, { status: 'open' }).map((thread) => thread.id)).toEqual([second]);
    expect(getThreads(doc, { status: 'resolved', anchor: { kind: 'node', id: 'o1' } }).map((thread) => thread.id)).toEqual([first]);
    expect(countOpenThreads(doc)).toEqual(new Map([['node:a1', 1]]));
    setResolved(doc, first, false);
    expect(countOpenThreads(doc)).toEqual(
      new Map([
        ['node:a1', 1],
        ['node:o1', 1],
      ]),
    );
  });

  it('lets people edit and delete their own comments only; an emptied thread goes', () => {
    const doc = new Y.Doc();
    const threadId = addThread(doc, plan(), { kind: 'node', id: 'o1' }, ana, 'Tpyo');
    const commentId = getThreads(doc)[0]!.comments[0]!.id;
    expect(refusal(() => editComment(doc, threadId, commentId, ben, 'Mine now'))).toBe('not-author: Only Ana, who wrote this comment, may edit it.');
    expect(refusal(() => deleteComment(doc, threadId, commentId, ben))).toBe('not-author: Only Ana, who wrote this comment, may delete it.');
    editComment(doc, threadId, commentId, ana, 'Typo', { now: () => new Date('2026-02-03T04:05:06Z') });
    expect(getThreads(doc)[0]!.comments[0]).toMatchObject({ text: 'Typo', editedAt: '2026-02-03T04:05:06.000Z' });
    deleteComment(doc, threadId, commentId, ana);
    expect(getThreads(doc)).toEqual([]);
  });

  it('refuses empty text and anchors the plan does not have, writing nothing', () => {
    const doc = new Y.Doc();
    expect(refusal(() => addThread(doc, plan(), { kind: 'node', id: 'o1' }, ana, ' \n '))).toBe('empty-text: A comment needs some text.');
    expect(refusal(() => addThread(doc, plan(), { kind: 'edge', id: 'nope' }, ana, 'Hello'))).toMatch(/^unknown-anchor: There is no link “nope” in the plan/);
    expect(refusal(() => reply(doc, 'missing', ana, 'Hello'))).toMatch(/^unknown-thread: /);
    expect(getThreads(doc)).toEqual([]);
  });

  it('keeps threads on a removed box readable, and says the box is gone', () => {
    const doc = new Y.Doc();
    const before = plan();
    addThread(doc, before, { kind: 'node', id: 'a1' }, ana, 'Still funded?');
    const after = applyCommand(before, commands.removeNode('a1'));
    const [thread] = getThreads(doc);
    expect(thread!.comments[0]!.text).toBe('Still funded?');
    expect(isAnchorInPlan(before, thread!.anchor)).toBe(true);
    expect(isAnchorInPlan(after, thread!.anchor)).toBe(false);
  });

  it('tells observers of local and remote changes until they stop', () => {
    const [mine, theirs] = twoPeople();
    let calls = 0;
    const stop = observeComments(mine, () => calls++);
    const threadId = addThread(theirs, plan(), { kind: 'node', id: 'o1' }, ben, 'Remote');
    reply(mine, threadId, ana, 'Local');
    expect(calls).toBe(2);
    stop();
    reply(theirs, threadId, ben, 'Unheard');
    expect(calls).toBe(2);
  });
});

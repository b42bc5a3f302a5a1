import type { Document, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Persistence } from './persistence.js';
import type { DocumentStore } from './storage/store.js';

/** A store whose appends finish only when the test says so, in order, at positions 1, 2, 3… */
function slowStore() {
  const finishers: (() => void)[] = [];
  const compactions: number[] = [];
  let position = 0;
  const store: DocumentStore = {
    description: 'test',
    load: () => Promise.resolve(null),
    append: () => {
      const mine = ++position;
      return new Promise((resolve) => finishers.push(() => resolve(mine)));
    },
    compact: (_name, _state, upTo) => {
      compactions.push(upTo);
      return Promise.resolve();
    },
    listDocuments: () => Promise.resolve([]),
    storedBytes: () => Promise.resolve(0),
    loggedUpdates: () => Promise.resolve(0),
    close: () => Promise.resolve(),
  };
  return { store, compactions, finishNext: () => finishers.shift()!() };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Persistence', () => {
  it('logs an update before any listener that was on the document first (Hocuspocus relays in one)', async () => {
    const order: string[] = [];
    const store: DocumentStore = { ...slowStore().store, append: () => (order.push('logged'), Promise.resolve(order.length)) };
    const doc = new Y.Doc();
    doc.on('update', () => order.push('relayed'));
    await new Persistence(store).onLoadDocument({ document: doc as unknown as Document, documentName: 'room' } as onLoadDocumentPayload);
    doc.getMap('nodes').set('n1', 1);
    doc.getMap('nodes').set('n2', 2);
    expect(order).toEqual(['logged', 'relayed', 'logged', 'relayed']);
  });

  it('drops from the log only the updates the compacted state holds, even when appends are slow', async () => {
    const { store, compactions, finishNext } = slowStore();
    const persistence = new Persistence(store);
    const doc = new Y.Doc() as unknown as Document;
    await persistence.onLoadDocument({ document: doc, documentName: 'room' } as onLoadDocumentPayload);
    let count = 0;
    const change = () => (doc as unknown as Y.Doc).getMap('nodes').set(`n${++count}`, count);

    change(); // position 1, before the compaction's snapshot
    const compaction = persistence.onStoreDocument({ document: doc, documentName: 'room' } as onStoreDocumentPayload);
    change(); // position 2, after it: its update is not in the stored state
    finishNext();
    finishNext();
    await compaction;
    await flush();
    expect(compactions).toEqual([1]);
  });

  it('never stores a document whose load failed', async () => {
    const { store, compactions } = slowStore();
    const persistence = new Persistence({ ...store, load: () => Promise.reject(new Error('database down')) });
    const doc = new Y.Doc() as unknown as Document;
    await expect(persistence.onLoadDocument({ document: doc, documentName: 'room' } as onLoadDocumentPayload)).rejects.toThrow('database down');
    await expect(persistence.onStoreDocument({ document: doc, documentName: 'room' } as onStoreDocumentPayload)).rejects.toThrow(/did not load/);
    await expect(persistence.flushAll(new Map([['room', doc]]))).rejects.toThrow(/did not load/);
    expect(compactions).toEqual([]);
  });
});

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { mergeUpdates } from 'yjs';
import { mergeWithStored, packState, unpackState, type DocumentStore } from './store.js';

/** The database file inside the data directory. */
export const SQLITE_FILE_NAME = 'changemap.sqlite';

/**
 * SQLite storage (the default: nothing to install). better-sqlite3 writes synchronously, so an
 * update is in the database before the server handles its next message. WAL with
 * `synchronous = NORMAL` survives the process being killed at any moment; only a power cut can
 * lose the last commits (WAL is synced at checkpoints), which keeps fsync off every keystroke.
 */
export function openSqliteStore(dataDirectory: string): DocumentStore {
  const directory = resolve(dataDirectory);
  mkdirSync(directory, { recursive: true });
  const file = join(directory, SQLITE_FILE_NAME);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    -- state: the document's Yjs update (v1), deflated (packState); updates.data: Yjs updates as received.
    CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, stored_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
    CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, id);
  `);
  const selectState = db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?');
  const selectUpdates = db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE name = ? ORDER BY id');
  const insertUpdate = db.prepare<[string, Buffer]>('INSERT INTO updates (name, data) VALUES (?, ?)');
  const upsertState = db.prepare<[string, Buffer, number]>(
    'INSERT INTO documents (name, state, stored_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at',
  );
  const deleteUpdates = db.prepare<[string, number]>('DELETE FROM updates WHERE name = ? AND id <= ?');
  const selectNames = db.prepare<[], { name: string }>('SELECT name FROM documents UNION SELECT DISTINCT name FROM updates ORDER BY name');
  const selectBytes = db.prepare<[string, string], { bytes: number | null }>(
    'SELECT (SELECT COALESCE(SUM(LENGTH(state)), 0) FROM documents WHERE name = ?) + (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM updates WHERE name = ?) AS bytes',
  );
  const countUpdates = db.prepare<[string], { count: number }>('SELECT COUNT(*) AS count FROM updates WHERE name = ?');
  const compact = db.transaction((name: string, state: Uint8Array, upTo: number) => {
    const stored = selectState.get(name);
    upsertState.run(name, packState(mergeWithStored(stored && unpackState(stored.state), state)), Date.now());
    deleteUpdates.run(name, upTo);
  });

  return {
    description: `SQLite database ${file}`,
    load(name) {
      const stored = selectState.get(name);
      const updates = selectUpdates.all(name).map((row) => new Uint8Array(row.data));
      if (stored === undefined && updates.length === 0) return Promise.resolve(null);
      const state = stored && unpackState(stored.state);
      if (updates.length === 0 && state !== undefined) return Promise.resolve(state);
      return Promise.resolve(mergeUpdates([...(state ? [state] : []), ...updates]));
    },
    append(name, update) {
      // Synchronous on purpose: the update is on disk before this returns.
      const { lastInsertRowid } = insertUpdate.run(name, Buffer.from(update));
      return Promise.resolve(Number(lastInsertRowid));
    },
    compact(name, state, upTo) {
      compact(name, state, upTo);
      return Promise.resolve();
    },
    listDocuments() {
      return Promise.resolve(selectNames.all().map((row) => row.name));
    },
    storedBytes(name) {
      return Promise.resolve(Number(selectBytes.get(name, name)?.bytes ?? 0));
    },
    loggedUpdates(name) {
      return Promise.resolve(countUpdates.get(name)?.count ?? 0);
    },
    close() {
      db.close();
      return Promise.resolve();
    },
  };
}

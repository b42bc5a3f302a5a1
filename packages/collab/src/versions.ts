import type { Plan } from '@changemap/core';
import { exportJson, importModel } from '@changemap/schemas';
import type * as Y from 'yjs';
import type { CommentAuthor } from './comments.js';
import { CollabError, newId } from './errors.js';

/**
 * Named snapshots of a plan ("Before the board meeting"), to look back at, compare with and
 * restore. A snapshot holds the plan in the file format (`exportJson`), not the core's in-memory
 * shape: a version saved today is read by tomorrow's Changemap through the same import, migrations
 * and checks as a file, so an old version never fails to load because the model moved on, and it
 * can be downloaded as a plan file as it is.
 */
export interface PlanVersion {
  readonly id: string;
  readonly name: string;
  /** ISO date and time. */
  readonly createdAt: string;
  readonly author: CommentAuthor;
  /** The plan as a Changemap file (JSON text). */
  readonly plan: string;
}

/** A version without its plan, for lists. */
export type VersionInfo = Omit<PlanVersion, 'plan'>;

/**
 * Where versions are kept: the room's versions document when the plan is shared, the browser's
 * storage when it is local. The editor reads both through this one interface.
 */
export interface VersionStore {
  /** Newest first. */
  list(): Promise<VersionInfo[]>;
  /** Saves the plan as it is now under `name`; refuses an empty name. */
  save(name: string, plan: Plan, author: CommentAuthor): Promise<VersionInfo>;
  /** The plan of one version, read as a file is (CollabError `unknown-version` or `unreadable-version`). */
  load(id: string): Promise<Plan>;
  /** Calls `listener` when versions are added (here or by someone else); gives the function that stops it. */
  observe(listener: () => void): () => void;
}

/** The longest version name, in characters. */
export const MAX_VERSION_NAME = 200;

/** The Y.Array of the versions document that holds the versions, oldest first. */
export const VERSIONS_ARRAY = 'versions';

/** A version of `plan` named `name`, ready to store; refuses an empty or over-long name. */
export function createVersion(name: string, plan: Plan, author: CommentAuthor, options: { now?: () => Date; id?: () => string } = {}): PlanVersion {
  const trimmed = typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
  if (trimmed === '') throw new CollabError('empty-text', 'A version needs a name, such as “Agreed at the March board”.');
  if ([...trimmed].length > MAX_VERSION_NAME) throw new CollabError('text-too-long', `A version's name may be at most ${MAX_VERSION_NAME} characters.`);
  return {
    id: options.id?.() ?? newId('version'),
    name: trimmed,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    author: { id: author.id, name: author.name },
    plan: exportJson(plan),
  };
}

/** The plan a version holds, read as a file is; a version that no longer reads says why. */
export function readVersionPlan(version: PlanVersion): Plan {
  const opened = importModel(version.plan, { skipValidation: true });
  if (!opened.ok) {
    throw new CollabError('unreadable-version', `The version “${version.name}” could not be read: ${opened.errors.map((error) => error.message).join(' ')}`);
  }
  return opened.model;
}

/** Newest first; versions saved in the same millisecond by id, so every reader lists them alike. */
export function newestFirst<V extends VersionInfo>(versions: readonly V[]): V[] {
  return [...versions].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

export function versionInfo(version: PlanVersion): VersionInfo {
  const { plan: _plan, ...info } = version;
  return info;
}

/**
 * The versions of a shared plan, in the room's versions document (`versionsDocumentName(room)`):
 * a Y.Array of plain records, never changed once pushed, so concurrent saves both stay.
 */
export function createSharedVersionStore(doc: Y.Doc, options: { now?: () => Date; id?: () => string } = {}): VersionStore {
  const array = doc.getArray<unknown>(VERSIONS_ARRAY);
  const all = (): PlanVersion[] => array.toArray().filter(isPlanVersion);
  return {
    list: async () => newestFirst(all().map(versionInfo)),
    save: async (name, plan, author) => {
      const version = createVersion(name, plan, author, options);
      array.push([version]);
      return versionInfo(version);
    },
    load: async (id) => {
      const version = all().find((candidate) => candidate.id === id);
      if (!version) throw new CollabError('unknown-version', `There is no version “${id}” in this room.`);
      return readVersionPlan(version);
    },
    observe: (listener) => {
      const handler = (): void => listener();
      array.observe(handler);
      return () => array.unobserve(handler);
    },
  };
}

/** Whether a stored value is a whole version (something else in the array is skipped, never thrown on). */
export function isPlanVersion(value: unknown): value is PlanVersion {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const author = record.author as Record<string, unknown> | undefined;
  return (
    typeof record.id === 'string' &&
    typeof record.name === 'string' &&
    typeof record.createdAt === 'string' &&
    typeof record.plan === 'string' &&
    typeof author === 'object' &&
    author !== null &&
    typeof author.id === 'string' &&
    typeof author.name === 'string'
  );
}

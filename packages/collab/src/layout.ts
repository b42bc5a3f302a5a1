/**
 * How a shared plan is laid out in Yjs. Every piece of Changemap that reads or writes a shared
 * plan (the editor's binding, the server's role checks and exports, the collaboration benchmark)
 * goes through these names, so they agree on one layout.
 *
 * A room has three Yjs documents, so that the sync server can give each role what it may write
 * (a read-only connection is per document):
 * - the plan document, named after the room: editors write, commenters and viewers only read;
 * - the comments document (`commentsDocumentName(room)`): editors and commenters write;
 * - the versions document (`versionsDocumentName(room)`): editors write.
 *
 * In the plan document, each record is a `Y.Map` of its fields, so two people changing different
 * fields of one box both keep their change; a field's value is plain JSON (replaced whole).
 */
export const PLAN_MAPS = {
  /** Plan fields other than nodes, edges and views (id, title, period, description, levels, checker, …): field → JSON value. */
  info: 'info',
  /** Node id → Y.Map(field → JSON value); the field set is the core `PlanNode` record. */
  nodes: 'nodes',
  /** Edge id → Y.Map(field → JSON value); the core `PlanEdge` record. */
  edges: 'edges',
  /** View id → Y.Map with `positions` (Y.Map node id → { x, y }), `pinned` (JSON array, absent when none) and `direction` ('down', absent for left to right). */
  views: 'views',
} as const;

/** The comments document of a room. */
export function commentsDocumentName(room: string): string {
  return `${room}/comments`;
}

/** The versions document of a room. */
export function versionsDocumentName(room: string): string {
  return `${room}/versions`;
}

/** What a person may do in a room. The server enforces it; the editor shows it. */
export type Role = 'editor' | 'commenter' | 'viewer';

/** Which of a room's documents a role may write. */
export function mayWrite(role: Role, document: 'plan' | 'comments' | 'versions'): boolean {
  switch (role) {
    case 'editor':
      return true;
    case 'commenter':
      return document === 'comments';
    case 'viewer':
      return false;
  }
}

/** Which document of a room a document name is, and the room's name. */
export function parseDocumentName(name: string): { room: string; document: 'plan' | 'comments' | 'versions' } {
  if (name.endsWith('/comments')) return { room: name.slice(0, -'/comments'.length), document: 'comments' };
  if (name.endsWith('/versions')) return { room: name.slice(0, -'/versions'.length), document: 'versions' };
  return { room: name, document: 'plan' };
}

/** Room names: letters, digits, `.`, `_` and `-`, 1–100 characters (no `/`, which names a room's other documents). */
export const ROOM_NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** Whether a room name is one the server and the editor accept. */
export function isRoomName(name: string): boolean {
  return ROOM_NAME.test(name);
}

import type { Plan } from '@changemap/core';
import * as Y from 'yjs';
import { CollabError, newId } from './errors.js';

/**
 * Comments on a shared plan, kept in the room's comments document (`commentsDocumentName(room)`),
 * apart from the plan so that a commenter may write them and not the plan. Threads live in one
 * `Y.Map` by id; each thread is a `Y.Map` whose `comments` is a `Y.Array` of `Y.Map`s, so two
 * people replying at once both keep their reply, and an edit changes one comment's text alone.
 */
export const COMMENTS_MAP = 'threads';

/** The longest comment, in characters: a page of text. */
export const MAX_COMMENT_LENGTH = 10_000;

/** What a thread is about: a box (`node`) or a link (`edge`) of the plan. */
export interface CommentAnchor {
  readonly kind: 'node' | 'edge';
  readonly id: string;
}

export interface CommentAuthor {
  readonly id: string;
  readonly name: string;
}

export interface PlanComment {
  readonly id: string;
  readonly author: CommentAuthor;
  readonly text: string;
  /** ISO date and time. */
  readonly createdAt: string;
  readonly editedAt?: string;
}

export interface CommentThread {
  readonly id: string;
  readonly anchor: CommentAnchor;
  readonly resolved: boolean;
  readonly createdAt: string;
  /** The opening comment first, then replies in the order they were made. */
  readonly comments: readonly PlanComment[];
}

/** Which threads to read: all, or only open or resolved ones, on one anchor or any. */
export interface ThreadFilter {
  readonly anchor?: CommentAnchor;
  readonly status?: 'open' | 'resolved' | 'all';
}

/** Options for tests and replays: the clock and the id maker. */
export interface WriteOptions {
  readonly now?: () => Date;
  readonly id?: () => string;
}

type ThreadMap = Y.Map<unknown>;

function threadsOf(doc: Y.Doc): Y.Map<ThreadMap> {
  return doc.getMap<ThreadMap>(COMMENTS_MAP);
}

/**
 * Opens a thread on a box or link with its first comment; gives the thread's id. Refuses empty
 * text and an anchor the plan does not have (a CollabError; nothing is written).
 */
export function addThread(doc: Y.Doc, plan: Plan, anchor: CommentAnchor, author: CommentAuthor, text: string, options: WriteOptions = {}): string {
  const body = checkText(text);
  const exists = anchor.kind === 'node' ? plan.nodes.has(anchor.id) : plan.edges.has(anchor.id);
  if (!exists) {
    throw new CollabError(
      'unknown-anchor',
      `There is no ${anchor.kind === 'node' ? 'box' : 'link'} “${anchor.id}” in the plan to comment on: it may just have been removed.`,
    );
  }
  const now = (options.now?.() ?? new Date()).toISOString();
  const id = options.id?.() ?? newId('thread');
  doc.transact(() => {
    const thread = new Y.Map<unknown>();
    thread.set('id', id);
    thread.set('anchorKind', anchor.kind);
    thread.set('anchorId', anchor.id);
    thread.set('resolved', false);
    thread.set('createdAt', now);
    const comments = new Y.Array<Y.Map<unknown>>();
    comments.push([commentMap(options.id?.() ?? newId('comment'), author, body, now)]);
    thread.set('comments', comments);
    threadsOf(doc).set(id, thread);
  });
  return id;
}

/** Adds a reply at the end of a thread; gives the reply's id. A resolved thread stays resolved. */
export function reply(doc: Y.Doc, threadId: string, author: CommentAuthor, text: string, options: WriteOptions = {}): string {
  const body = checkText(text);
  const comments = commentsOf(threadMap(doc, threadId));
  const id = options.id?.() ?? newId('comment');
  comments.push([commentMap(id, author, body, (options.now?.() ?? new Date()).toISOString())]);
  return id;
}

/** Resolves a thread (true) or reopens it (false). */
export function setResolved(doc: Y.Doc, threadId: string, resolved: boolean): void {
  const thread = threadMap(doc, threadId);
  if (thread.get('resolved') !== resolved) thread.set('resolved', resolved);
}

/** Changes the text of one's own comment; someone else's is refused. */
export function editComment(doc: Y.Doc, threadId: string, commentId: string, author: CommentAuthor, text: string, options: WriteOptions = {}): void {
  const body = checkText(text);
  const { comment } = ownComment(doc, threadId, commentId, author, 'edit');
  doc.transact(() => {
    comment.set('text', body);
    comment.set('editedAt', (options.now?.() ?? new Date()).toISOString());
  });
}

/** Deletes one's own comment; a thread left with no comments goes too. */
export function deleteComment(doc: Y.Doc, threadId: string, commentId: string, author: CommentAuthor): void {
  const { comments, index } = ownComment(doc, threadId, commentId, author, 'delete');
  doc.transact(() => {
    comments.delete(index, 1);
    if (comments.length === 0) threadsOf(doc).delete(threadId);
  });
}

/** The threads, open ones first, then by when they were opened (and id, so every reader agrees). */
export function getThreads(doc: Y.Doc, filter: ThreadFilter = {}): CommentThread[] {
  const status = filter.status ?? 'all';
  const threads: CommentThread[] = [];
  for (const map of threadsOf(doc).values()) {
    const thread = readThread(map);
    if (thread === undefined) continue;
    if (filter.anchor && (thread.anchor.kind !== filter.anchor.kind || thread.anchor.id !== filter.anchor.id)) continue;
    if (status === 'open' && thread.resolved) continue;
    if (status === 'resolved' && !thread.resolved) continue;
    threads.push(thread);
  }
  return threads.sort((a, b) => Number(a.resolved) - Number(b.resolved) || a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One thread, or undefined. */
export function getThread(doc: Y.Doc, threadId: string): CommentThread | undefined {
  const map = threadsOf(doc).get(threadId);
  return map instanceof Y.Map ? readThread(map) : undefined;
}

/** How many open threads each box and link has, keyed `node:<id>` or `edge:<id>`, for badges. */
export function countOpenThreads(doc: Y.Doc): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of getThreads(doc, { status: 'open' })) {
    const key = anchorKey(thread.anchor);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function anchorKey(anchor: CommentAnchor): string {
  return `${anchor.kind}:${anchor.id}`;
}

/** Whether a thread's box or link is still in the plan; a thread on a removed box stays readable ("on a removed box"). */
export function isAnchorInPlan(plan: Plan, anchor: CommentAnchor): boolean {
  return anchor.kind === 'node' ? plan.nodes.has(anchor.id) : plan.edges.has(anchor.id);
}

/** Calls `listener` after every change to the comments, local or remote; gives the function that stops it. */
export function observeComments(doc: Y.Doc, listener: () => void): () => void {
  const threads = threadsOf(doc);
  const handler = (): void => listener();
  threads.observeDeep(handler);
  return () => threads.unobserveDeep(handler);
}

function checkText(text: string): string {
  const body = typeof text === 'string' ? text.trim() : '';
  if (body === '') throw new CollabError('empty-text', 'A comment needs some text.');
  if ([...body].length > MAX_COMMENT_LENGTH)
    throw new CollabError(
      'text-too-long',
      `A comment may be at most ${MAX_COMMENT_LENGTH.toLocaleString('en-GB')} characters; this one is ${[...body].length.toLocaleString('en-GB')}.`,
    );
  return body;
}

function commentMap(id: string, author: CommentAuthor, text: string, createdAt: string): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', id);
  map.set('authorId', author.id);
  map.set('authorName', author.name);
  map.set('text', text);
  map.set('createdAt', createdAt);
  return map;
}

function threadMap(doc: Y.Doc, threadId: string): ThreadMap {
  const map = threadsOf(doc).get(threadId);
  if (!(map instanceof Y.Map)) throw new CollabError('unknown-thread', `There is no comment thread “${threadId}”: someone may have just deleted it.`);
  return map;
}

function commentsOf(thread: ThreadMap): Y.Array<Y.Map<unknown>> {
  const comments = thread.get('comments');
  if (!(comments instanceof Y.Array)) throw new CollabError('unknown-thread', 'This comment thread is damaged: it has no list of comments.');
  return comments as Y.Array<Y.Map<unknown>>;
}

function ownComment(doc: Y.Doc, threadId: string, commentId: string, author: CommentAuthor, verb: 'edit' | 'delete') {
  const comments = commentsOf(threadMap(doc, threadId));
  const index = comments.toArray().findIndex((comment) => comment.get('id') === commentId);
  const comment = comments.get(index);
  if (index < 0 || comment === undefined)
    throw new CollabError('unknown-comment', `There is no comment “${commentId}” in this thread: it may just have been deleted.`);
  if (comment.get('authorId') !== author.id)
    throw new CollabError('not-author', `Only ${String(comment.get('authorName'))}, who wrote this comment, may ${verb} it.`);
  return { comments, comment, index };
}

/** A thread as plain data; a malformed entry (written by something else) is skipped, never thrown on. */
function readThread(map: ThreadMap): CommentThread | undefined {
  const id = map.get('id');
  const anchorKind = map.get('anchorKind');
  const anchorId = map.get('anchorId');
  const comments = map.get('comments');
  if (typeof id !== 'string' || (anchorKind !== 'node' && anchorKind !== 'edge') || typeof anchorId !== 'string' || !(comments instanceof Y.Array))
    return undefined;
  const read: PlanComment[] = [];
  for (const item of (comments as Y.Array<unknown>).toArray()) {
    if (!(item instanceof Y.Map)) continue;
    const comment = item as Y.Map<unknown>;
    const [commentId, authorId, authorName, text, createdAt, editedAt] = ['id', 'authorId', 'authorName', 'text', 'createdAt', 'editedAt'].map((key) =>
      comment.get(key),
    );
    if (typeof commentId !== 'string' || typeof authorId !== 'string' || typeof text !== 'string' || typeof createdAt !== 'string') continue;
    read.push({
      id: commentId,
      author: { id: authorId, name: typeof authorName === 'string' ? authorName : authorId },
      text,
      createdAt,
      ...(typeof editedAt === 'string' && { editedAt }),
    });
  }
  return {
    id,
    anchor: { kind: anchorKind, id: anchorId },
    resolved: map.get('resolved') === true,
    createdAt: typeof map.get('createdAt') === 'string' ? (map.get('createdAt') as string) : '',
    comments: read,
  };
}

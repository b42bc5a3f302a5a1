/** Why a comments or versions operation was refused. */
export type CollabErrorCode =
  'empty-text' | 'text-too-long' | 'unknown-anchor' | 'unknown-thread' | 'unknown-comment' | 'not-author' | 'unknown-version' | 'unreadable-version';

/** A refused comments or versions operation, with a message a person can act on. Nothing was written. */
export class CollabError extends Error {
  readonly code: CollabErrorCode;
  constructor(code: CollabErrorCode, message: string) {
    super(message);
    this.name = 'CollabError';
    this.code = code;
  }
}

export function isCollabError(error: unknown): error is CollabError {
  return error instanceof CollabError;
}

/** A fresh id, unique enough among one room's comments and versions (time, then randomness). */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

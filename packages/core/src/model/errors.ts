/**
 * Codes of the errors thrown for programmer misuse and for writes the model refuses (never for
 * problems in a user's plan, which `validate` reports).
 */
export const CHANGEMAP_ERROR_CODES = [
  'node-not-found',
  'edge-not-found',
  'id-taken',
  'invalid-id',
  'edge-kind-not-allowed',
  'kind-change-not-allowed',
  'no-batch-open',
  'unknown-mark',
  // A write that does not fit the kind's spec (see NodeKindSpec and the link and plan field specs):
  'unknown-kind',
  'unknown-field',
  'missing-field',
  'wrong-type',
  'out-of-range',
  'invalid-option',
  'too-long',
  'too-many-items',
  'unsafe-url',
  'invalid-key',
  'endpoint-change-not-allowed',
  // Checker settings that name a rule the checker does not have.
  'invalid-checker-settings',
  // A date that is not a calendar date, or a period that ends before it starts.
  'invalid-date',
  // Two measurements of one series for the same period.
  'duplicate-period',
] as const;
export type ChangemapErrorCode = (typeof CHANGEMAP_ERROR_CODES)[number];

/**
 * Thrown when the library is called wrongly, e.g. connecting a node id that does not exist.
 * Problems in a user's plan are never thrown: `validate` reports them as issues.
 */
export class ChangemapError extends Error {
  override readonly name = 'ChangemapError';
  constructor(
    readonly code: ChangemapErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** True when `error` is a ChangemapError, optionally with the given code. */
export function isChangemapError(error: unknown, code?: ChangemapErrorCode): error is ChangemapError {
  return error instanceof ChangemapError && (code === undefined || error.code === code);
}

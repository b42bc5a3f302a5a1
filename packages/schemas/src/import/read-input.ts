import type { ImportError } from './types.js';

/** The input as text, or as already-parsed data, or why it cannot be read. */
export type ReadInput = { kind: 'text'; text: string } | { kind: 'data'; data: unknown } | { kind: 'error'; error: ImportError };

/**
 * Checks the size first (refusing a huge file costs nothing), then decodes bytes as UTF-8,
 * refusing anything that is not text. A byte-order mark is dropped.
 */
export function readInput(input: unknown, maxBytes: number): ReadInput {
  if (typeof input === 'string') {
    // A string's length in UTF-16 units never exceeds its size in UTF-8 bytes, so this refuses
    // nothing under the limit and runs in constant time.
    if (input.length > maxBytes) return { kind: 'error', error: tooLarge(input.length, maxBytes) };
    return { kind: 'text', text: stripBom(input) };
  }
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    if (bytes.byteLength > maxBytes) return { kind: 'error', error: tooLarge(bytes.byteLength, maxBytes) };
    try {
      return { kind: 'text', text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
    } catch {
      return {
        kind: 'error',
        error: { code: 'not-text', message: 'This file is not text (it is not valid UTF-8), so it cannot be a Changemap file.' },
      };
    }
  }
  return { kind: 'data', data: input };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function tooLarge(size: number, limit: number): ImportError {
  return {
    code: 'too-large',
    message: `This file is ${megabytes(size)}, larger than the ${megabytes(limit)} Changemap opens. A plan is normally well under 1 MB: check that this is the right file.`,
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

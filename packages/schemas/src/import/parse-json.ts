import { parse } from '@humanwhocodes/momoa';
import type { ImportError } from './types.js';

/** 1-based line and column of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Parses JSON, or says in plain words where and why it is broken. */
export function parseJson(text: string): { ok: true; data: unknown } | { ok: false; error: ImportError } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(raw)?.[1];
    const offset = position !== undefined ? Number(position) : (locateSyntaxError(text) ?? text.length);
    const { line, column } = lineAndColumn(text, offset);
    const reason = text.trim() === '' ? 'the file is empty' : describeJsonError(raw);
    return {
      ok: false,
      error: { code: 'invalid-json', message: `This file is not valid JSON: ${reason} (line ${line}, column ${column}).`, line, column },
    };
  }
}

/** Where a second, slower parser finds the fault, for the messages in which V8 gives no position. */
function locateSyntaxError(text: string): number | undefined {
  try {
    parse(text);
    return undefined;
  } catch (error) {
    const offset = (error as { offset?: unknown }).offset;
    return typeof offset === 'number' ? offset : undefined;
  }
}

function describeJsonError(raw: string): string {
  if (/Unexpected end of JSON input|Unterminated string/i.test(raw)) return 'it ends too early, as if cut off';
  if (/Bad control character/i.test(raw)) return 'a text value contains a raw line break or control character';
  if (/Expected property name|Expected double-quoted property name/i.test(raw)) return 'a field name is missing or not in double quotes';
  if (/after property value|after array element/i.test(raw)) return 'a comma or closing bracket is missing';
  if (/Unexpected non-whitespace character after JSON/i.test(raw)) return 'there is extra text after the end of the data';
  const token = /Unexpected token '?(.)'?/.exec(raw)?.[1];
  if (token) return `an unexpected “${token}” was found`;
  return 'the text is not well formed';
}

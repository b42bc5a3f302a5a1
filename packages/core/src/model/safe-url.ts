/** The only link schemes a plan may hold: anything else (javascript:, data:, file: …) is refused. */
export const SAFE_URL_SCHEMES = ['http', 'https', 'mailto'] as const;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Whitespace and control characters: browsers strip them from a scheme ("java\tscript:"), so a
// link holding any is refused outright rather than guessed at.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/;

/**
 * True when `value` is an absolute http, https or mailto link with no tricks: no whitespace or
 * control characters, and the scheme stays allowed after percent-decoding (so an encoded
 * "javascript:" cannot slip through).
 */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return false;
  if (WHITESPACE_OR_CONTROL.test(value)) return false;
  let current = value;
  for (let round = 0; round < 4; round++) {
    if (!hasSafeScheme(current)) return false;
    const decoded = safeDecode(current);
    if (decoded === current) return true;
    if (WHITESPACE_OR_CONTROL.test(decoded)) return false;
    current = decoded;
  }
  return false; // still changing after four decodes: built to confuse
}

function hasSafeScheme(text: string): boolean {
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'mailto') return text.length > 'mailto:'.length;
  if (scheme === 'http' || scheme === 'https') return /^https?:\/\/[^/?#]+/i.test(text);
  return false;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

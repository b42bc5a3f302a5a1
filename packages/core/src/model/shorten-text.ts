/** The mark put where text was shortened. */
const ELLIPSIS = '…';

/**
 * `text` in at most `max` characters for a message or a label: whitespace runs become one space,
 * and text that is too long is cut at the last word boundary that fits, with "…" after it — so a
 * name is never cut mid-word. Only a first word longer than `max` on its own is cut inside it
 * (there is no boundary to cut at). Punctuation left dangling before the "…" goes.
 */
export function shortenText(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  if (max <= 1) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = max - ELLIPSIS.length;
  // A space just after the room means the room ends on a whole word.
  const boundary = line[room] === ' ' ? room : line.lastIndexOf(' ', room);
  const kept = boundary > 0 ? line.slice(0, boundary) : line.slice(0, room);
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
}

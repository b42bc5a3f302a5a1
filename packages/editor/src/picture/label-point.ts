import type { XYPosition } from '@xyflow/react';

/** A horizontal stretch at least this long holds a short label ("lowers (−)") clear of the boxes at its ends. */
const ROOM_FOR_LABEL = 64;

/**
 * Where a routed link's label goes: the middle of the first horizontal stretch from its source that
 * can hold a label, else the middle of its longest stretch. The middle stretch by count (as before)
 * was often a short hop beside a box, which drew over the label's start ("ers (−)"). Labels are
 * wider than tall, so a horizontal stretch keeps them off the boxes on either side; the first from
 * the source, because links into one box share their last stretches (merged trunks), where their
 * labels would land on one another.
 */
export function labelPoint(route: readonly XYPosition[]): XYPosition {
  let longest: { at: XYPosition; length: number } | undefined;
  for (let i = 0; i + 1 < route.length; i++) {
    const a = route[i]!;
    const b = route[i + 1]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const at = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    if (Math.abs(b.y - a.y) < 0.5 && length >= ROOM_FOR_LABEL) return at;
    if (!longest || length > longest.length) longest = { at, length };
  }
  return longest?.at ?? route[0] ?? { x: 0, y: 0 };
}

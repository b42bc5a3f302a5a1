import type { Position, PresentationStep } from '@changemap/core';

/** Room for one box (220 px wide, up to four lines of title at presentation size) and the gap around it. */
const CELL = { width: 280, height: 175 };
/** The gap between one step's block of boxes and the next. */
const STEP_GAP = 140;

/** Which way the levels run in the view presented: left to right, or top to bottom (`PlanView.direction: 'down'`). */
export type PresentationDirection = 'RIGHT' | 'DOWN';

/**
 * Where each box sits in a presentation: one block per step, along the view's direction (left to
 * right, or top to bottom), so each step adds a block after the earlier ones and nothing already
 * shown moves. A step with many boxes (thirty actions, say) wraps, so the block stays near the
 * screen's shape and can be shown at a readable size: left to right into several columns of a few
 * rows, top to bottom into several rows of a few more columns (a screen is wider than tall). Boxes
 * keep the plan's order, column by column or row by row. `rowHeight` is the room for the tallest
 * box with its gap: taller rows make fewer of them.
 */
export function layoutPresentation(
  steps: readonly PresentationStep[],
  direction: PresentationDirection = 'RIGHT',
  rowHeight: number = CELL.height,
): Map<string, Position> {
  const rowSpan = Math.max(CELL.height, rowHeight);
  const taller = rowSpan / CELL.height;
  const positions = new Map<string, Position>();
  let start = 0;
  for (const step of steps) {
    const count = step.newNodeIds.length;
    // Lines of boxes across the direction (columns' length left to right, rows' length top to bottom).
    const across =
      direction === 'RIGHT'
        ? Math.min(count, Math.max(Math.ceil(4 / taller), Math.ceil(Math.sqrt((count * 1.2) / taller))))
        : Math.min(count, Math.max(5, Math.ceil(Math.sqrt(count * 2.5 * taller))));
    const lines = Math.ceil(count / across);
    step.newNodeIds.forEach((id, i) => {
      const line = Math.floor(i / across);
      const place = i % across;
      // The last line may be short: centre it like the others.
      const inLine = line === lines - 1 ? count - line * across : across;
      const offset = place - (inLine - 1) / 2;
      positions.set(id, direction === 'RIGHT' ? { x: start + line * CELL.width, y: offset * rowSpan } : { x: offset * CELL.width, y: start + line * rowSpan });
    });
    start += direction === 'RIGHT' ? lines * CELL.width + STEP_GAP : lines * rowSpan + STEP_GAP;
  }
  return positions;
}

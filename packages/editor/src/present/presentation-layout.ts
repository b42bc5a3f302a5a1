import type { Position, PresentationStep } from '@changemap/core';

/** Room for one box (220 px wide, up to four lines of title at presentation size) and the gap around it. */
const CELL = { width: 280, height: 175 };
/** The gap between one step's block of boxes and the next. */
const STEP_GAP = 140;

/**
 * Where each box sits in a presentation: one block per step, left to right, so each step adds a
 * block beside the earlier ones and nothing already shown moves. A step with many boxes (thirty
 * actions, say) wraps into several columns of a few rows, so the block stays near the screen's
 * shape and can be shown at a readable size; boxes keep the plan's order, column by column.
 * `rowHeight` is the room for the tallest box with its gap: taller rows make fewer of them.
 */
export function layoutPresentation(steps: readonly PresentationStep[], rowHeight: number = CELL.height): Map<string, Position> {
  const rowSpan = Math.max(CELL.height, rowHeight);
  const taller = rowSpan / CELL.height;
  const positions = new Map<string, Position>();
  let left = 0;
  for (const step of steps) {
    const count = step.newNodeIds.length;
    const rows = Math.min(count, Math.max(Math.ceil(4 / taller), Math.ceil(Math.sqrt((count * 1.2) / taller))));
    const columns = Math.ceil(count / rows);
    step.newNodeIds.forEach((id, i) => {
      const column = Math.floor(i / rows);
      const row = i % rows;
      // The last column may be short: centre it vertically like the others.
      const inColumn = column === columns - 1 ? count - column * rows : rows;
      positions.set(id, { x: left + column * CELL.width, y: (row - (inColumn - 1) / 2) * rowSpan });
    });
    left += columns * CELL.width + STEP_GAP;
  }
  return positions;
}

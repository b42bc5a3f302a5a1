import { applyCommand, commands, generateSyntheticPlan, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan } from '@changemap/core';
import { SHOW_NONE } from '../src/picture/annotations.js';
import { getDrawnView } from '../src/picture/drawn-view.js';

/**
 * A synthetic plan of about `size` boxes, every one placed on the whole-plan view (in a grid, so
 * that the view shows them all; *Tidy layout* then lays them out as the editor does).
 */
export function planOnWholeView(size: number): Plan {
  const plan = generateSyntheticPlan(size);
  const ids = [...plan.nodes.keys()];
  const columns = Math.ceil(Math.sqrt(ids.length));
  return applyCommand(
    plan,
    commands.placeNodes(
      WHOLE_PLAN_VIEW,
      ids.map((id, i) => [id, { x: (i % columns) * 260, y: Math.floor(i / columns) * 130 }]),
    ),
  );
}

/** What the canvas draws for the whole-plan view by default (chips, folded groups): the same pure function the editor uses. */
export function drawnCounts(plan: Plan): { planBoxes: number; boxes: number; links: number } {
  const drawn = getDrawnView(plan, WHOLE_PLAN_VIEW, { show: SHOW_NONE, folds: new Map() });
  return { planBoxes: plan.nodes.size, boxes: drawn.boxes.length, links: drawn.links.length };
}

/**
 * The smallest synthetic plan whose whole-plan view draws at least `boxes` boxes by default (the
 * picture folds actions and draws indicators and partners as chips, so a plan of 2,000 boxes draws
 * far fewer): for panning a picture of that many drawn boxes.
 */
export function planDrawing(boxes: number): Plan {
  let size = boxes;
  for (;;) {
    const plan = planOnWholeView(size);
    if (drawnCounts(plan).boxes >= boxes) return plan;
    size = Math.ceil(size * 1.1);
  }
}

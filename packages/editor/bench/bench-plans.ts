import { applyCommand, commands, generateSyntheticPlan, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan } from '@changemap/core';
import { SHOW_NONE } from '../src/picture/annotations.js';
import { getDrawnView } from '../src/picture/drawn-view.js';
import { foldsUnfoldingAll } from '../src/picture/unfold-all.js';

/**
 * A synthetic plan of about `size` boxes, every one placed on the whole-plan view (in a grid, so
 * that the view shows them all; *Tidy layout* then lays them out as the editor does). Its calls to
 * action are taken out (their priorities lead to the aims instead): the whole-plan view of a plan
 * with calls to action draws only the vision, aims and calls to action, of one without them the
 * whole causal graph by level — every box.
 */
export function planOnWholeView(size: number): Plan {
  const plan = withoutCallsToAction(generateSyntheticPlan(size));
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

function withoutCallsToAction(plan: Plan): Plan {
  const ctas = plan.nodes.toArray().filter((node) => node.kind === 'callToAction');
  const leadsTo = (id: string) => plan.edges.toArray().find((edge) => edge.kind === 'contributesTo' && edge.source === id)?.target;
  const relinked = ctas.flatMap((cta) =>
    plan.edges
      .toArray()
      .filter((edge) => edge.kind === 'contributesTo' && edge.target === cta.id)
      .map((edge) => commands.connect({ id: `${edge.id}-to-aim`, kind: 'contributesTo', source: edge.source, target: leadsTo(cta.id)! })),
  );
  return applyCommand(plan, commands.batch(...relinked, ...ctas.map((cta) => commands.removeNode(cta.id))));
}

/**
 * What the canvas draws for the whole-plan view once the officer has pressed *Unfold all* in the
 * Show menu (as the benchmark does): every box but the indicators, partners and principles, which
 * are chips. The same pure functions the editor uses.
 */
export function drawnCounts(plan: Plan): { planBoxes: number; boxes: number; links: number } {
  const settings = { show: SHOW_NONE, folds: new Map<string, boolean>() };
  const drawn = getDrawnView(plan, WHOLE_PLAN_VIEW, { ...settings, folds: foldsUnfoldingAll(plan, WHOLE_PLAN_VIEW, settings) });
  return { planBoxes: plan.nodes.size, boxes: drawn.boxes.length, links: drawn.links.length };
}

/**
 * The smallest synthetic plan whose whole-plan view draws at least `boxes` boxes once unfolded (the
 * picture draws indicators and partners as chips, so a plan of 2,000 boxes draws fewer): for
 * panning a picture of that many drawn boxes.
 */
export function planDrawing(boxes: number): Plan {
  let size = boxes;
  for (;;) {
    const plan = planOnWholeView(size);
    if (drawnCounts(plan).boxes >= boxes) return plan;
    size = Math.ceil(size * 1.1);
  }
}

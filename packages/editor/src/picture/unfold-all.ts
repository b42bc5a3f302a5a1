import type { Plan } from '@changemap/core';
import { getDrawnView, type PictureSettings } from './drawn-view.js';

/**
 * The folds that draw every box of a view: each group it draws is unfolded, and again for the groups
 * that shows (a level's group can hold a priority's folded actions). Pure; the Show menu's
 * “Unfold all” and the editor benchmark use it.
 */
export function foldsUnfoldingAll(plan: Plan, viewId: string, settings: PictureSettings): ReadonlyMap<string, boolean> {
  // The folds as given first: the canvas has drawn that view of this plan already (getDrawnView keeps it).
  let folds = settings.folds;
  for (let round = 0; round < 4; round++) {
    const folded = getDrawnView(plan, viewId, { ...settings, folds }).groups.filter((group) => group.folded);
    if (folded.length === 0) break;
    // A new map each round: getDrawnView keeps its answer for the folds it was given.
    folds = new Map([...folds, ...folded.map((group) => [group.id, false] as const)]);
  }
  return folds;
}

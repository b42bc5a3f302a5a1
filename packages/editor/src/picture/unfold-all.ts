import type { Plan } from '@changemap/core';
import { getDrawnView, type PictureSettings } from './drawn-view.js';

/**
 * The folds that draw every box of a view: each group it draws is unfolded, and again for the groups
 * that shows (a level's group can hold a priority's folded actions). Pure; the Show menu's
 * “Unfold all” and the editor benchmark use it.
 */
export function foldsUnfoldingAll(plan: Plan, viewId: string, settings: PictureSettings): Map<string, boolean> {
  const folds = new Map(settings.folds);
  for (let round = 0; round < 4; round++) {
    const folded = getDrawnView(plan, viewId, { ...settings, folds }).groups.filter((group) => group.folded);
    if (folded.length === 0) break;
    for (const group of folded) folds.set(group.id, false);
  }
  return folds;
}

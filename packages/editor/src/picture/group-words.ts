import type { ActionGroup } from './drawn-view.js';

type GroupLike = Pick<ActionGroup, 'noun' | 'memberIds' | 'byPartners'>;

/**
 * A folded group's title, the same on the canvas, the slides and the board pictures: actions that
 * partners deliver are “partner actions” (a partnership plan's wording), any other boxes are
 * counted by kind.
 */
export function groupTitle(group: GroupLike): string {
  return `${group.memberIds.length} ${group.byPartners ? `partner ${group.noun}` : group.noun}`;
}

/** The line above a folded group's title: what its boxes are (“Actions”, “Outputs”). */
export function groupHeading(group: GroupLike): string {
  return group.noun.charAt(0).toUpperCase() + group.noun.slice(1);
}

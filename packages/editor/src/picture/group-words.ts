import type { ActionGroup } from './drawn-view.js';

type GroupLike = Pick<ActionGroup, 'reason' | 'noun' | 'memberIds'>;

/**
 * A folded group's title, the same on the canvas, the slides and the board pictures: a partnership
 * plan's actions are its partners' (the flagship's wording), a full level's boxes are counted by kind.
 */
export function groupTitle(group: GroupLike): string {
  const count = group.memberIds.length;
  return group.reason === 'actions' ? `${count} partner actions` : `${count} ${group.noun}`;
}

/** The line above a folded group's title: what its boxes are (“Actions”, “Outputs”). */
export function groupHeading(group: GroupLike): string {
  return group.noun.charAt(0).toUpperCase() + group.noun.slice(1);
}

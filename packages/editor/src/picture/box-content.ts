import type { BoxAnnotations } from './annotations.js';
import type { DrawnBox, DrawnView } from './drawn-view.js';

/**
 * For each box of a drawn view, what its size depends on, as one comparable string: its kind,
 * number and title, its chips, and whether it carries the button that folds its actions again (a
 * group: what it holds and its chips). A box is measured again before a layout when this changes,
 * so the layout gives it the room it takes now.
 */
export function boxContents(drawn: DrawnView): Map<string, string> {
  // The box that folds an unfolded group again carries its button (as toPicture draws it).
  const foldsAgain = new Set(drawn.groups.filter((g) => !g.folded).map((g) => (g.reason === 'actions' ? g.parentId! : g.memberIds[0]!)));
  return new Map(drawn.boxes.map((box) => [box.id, contentOf(box, drawn.annotations.byBox.get(box.id), foldsAgain.has(box.id))]));
}

function contentOf(box: DrawnBox, chips: BoxAnnotations | undefined, foldsAgain: boolean): string {
  const chipTitles = chips ? Object.values(chips).flatMap((list: { title: string }[]) => list.map((chip) => chip.title)) : [];
  switch (box.type) {
    case 'node':
      return JSON.stringify([box.node.kind, 'number' in box.node ? box.node.number : undefined, box.node.title, chipTitles, foldsAgain]);
    case 'group':
      return JSON.stringify([box.group.noun, box.group.memberIds, box.group.linksNotDrawn, chipTitles]);
  }
}

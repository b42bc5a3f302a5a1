/** A box as the level folding sees it: its id, its level band, whether it may fold into a group, and its size along the band (1 unless given). */
export interface FoldableBox {
  id: string;
  level: number | undefined;
  foldable: boolean;
  size?: number;
}

/** Boxes of one over-full level folded into one group box. */
export interface LevelGroup {
  /** `fold:<level>:<parent>`, or `fold:<level>` for the least linked rest of the level. */
  id: string;
  level: number;
  /** The drawn box its members lead to (a box of a later level, maybe itself a group), or undefined for the rest of the level. */
  parentId: string | undefined;
  memberIds: string[];
}

/** The size of a group box along its band, and the gap between two boxes of a band (counted once per box, the room given one more). */
export interface FoldSizes {
  groupSize: number;
  gap: number;
}

/**
 * Which boxes of the levels whose boxes take more than `room` along their band fold into group
 * boxes, so that every level fits on screen at a readable size: boxes count by their size (a box of
 * a long title takes the room of two short ones), or one each when no size is given, `room` being
 * then a number of boxes. Levels are taken from the last (the impact) to
 * the first, so a level's boxes group under what they lead to as it is drawn: the boxes leading
 * to the same drawn box of a later level (the first they link to, in the boxes' order) fold
 * together, the largest such sets first and only as many as are needed; if the level is still
 * over-full, its least linked boxes fold into one “more” group (taking the smallest sets' boxes
 * back when there are too few left). Every box is then either drawn or
 * inside exactly one group. Pure: `boxes` in the plan's order, `links` between box ids.
 */
export function getLevelGroups(
  boxes: readonly FoldableBox[],
  links: readonly { source: string; target: string }[],
  room: number,
  sizes: FoldSizes = { groupSize: 1, gap: 0 },
): LevelGroup[] {
  const order = new Map(boxes.map((box, i) => [box.id, i]));
  const levelOf = new Map(boxes.map((box) => [box.id, box.level]));
  const unitsOf = new Map(boxes.map((box) => [box.id, (box.size ?? 1) + sizes.gap]));
  const units = (ids: readonly string[]) => ids.reduce((sum, id) => sum + unitsOf.get(id)!, 0);
  const groupUnits = sizes.groupSize + sizes.gap;
  const limit = room + sizes.gap;
  const byLevel = new Map<number, FoldableBox[]>();
  for (const box of boxes) if (box.level !== undefined) byLevel.set(box.level, [...(byLevel.get(box.level) ?? []), box]);
  // The first box of a later level that each box leads to, and how linked each box is.
  const firstNext = new Map<string, string>();
  const degree = new Map<string, number>();
  for (const { source, target } of links) {
    if (!order.has(source) || !order.has(target)) continue;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
    const from = levelOf.get(source);
    const to = levelOf.get(target);
    if (from === undefined || to === undefined || to <= from) continue;
    const known = firstNext.get(source);
    if (known === undefined || order.get(target)! < order.get(known)!) firstNext.set(source, target);
  }
  // Where each box is drawn once the later levels are folded: itself or its group.
  const drawnAs = new Map<string, string>();
  const groups: LevelGroup[] = [];
  for (const level of [...byLevel.keys()].sort((a, b) => b - a)) {
    const inLevel = byLevel.get(level)!;
    let extent = units(inLevel.map((box) => box.id));
    if (extent <= limit) continue;
    const buckets = new Map<string, string[]>();
    for (const box of inLevel) {
      const next = firstNext.get(box.id);
      if (!box.foldable || next === undefined) continue;
      const parent = drawnAs.get(next) ?? next;
      buckets.set(parent, [...(buckets.get(parent) ?? []), box.id]);
    }
    const folded = new Set<string>();
    const levelGroups: LevelGroup[] = [];
    const largestFirst = [...buckets].sort(([, a], [, b]) => units(b) - units(a) || order.get(a[0]!)! - order.get(b[0]!)!);
    for (const [parentId, memberIds] of largestFirst) {
      if (extent <= limit) break;
      // Folding must free room: two short boxes may take less than a group box.
      if (memberIds.length < 2 || units(memberIds) <= groupUnits) continue;
      levelGroups.push({ id: `fold:${level}:${parentId}`, level, parentId, memberIds });
      for (const id of memberIds) folded.add(id);
      extent -= units(memberIds) - groupUnits;
    }
    if (extent > limit) {
      // Still too full: the least linked of the rest (the later ones in the plan's order on a tie)
      // fold into one group, with the smallest groups' boxes when the rest alone frees too little.
      const leastLinkedFirst = inLevel
        .filter((box) => box.foldable)
        .sort((a, b) => (degree.get(a.id) ?? 0) - (degree.get(b.id) ?? 0) || order.get(b.id)! - order.get(a.id)!)
        .map((box) => box.id);
      const unfoldedRest = () => leastLinkedFirst.filter((id) => !folded.has(id));
      const tooFew = (rest: string[]) => rest.length < 2 || units(rest) - groupUnits < extent - limit;
      while (tooFew(unfoldedRest()) && levelGroups.length > 0) {
        const smallest = levelGroups.pop()!;
        for (const id of smallest.memberIds) folded.delete(id);
        extent += units(smallest.memberIds) - groupUnits;
      }
      const rest = unfoldedRest();
      // As few as free the room, and never fewer than two.
      let take = 0;
      for (let freed = -groupUnits; take < rest.length && (take < 2 || extent - freed > limit); take++) freed += unitsOf.get(rest[take]!)!;
      if (take >= 2) {
        const memberIds = rest.slice(0, take).sort((a, b) => order.get(a)! - order.get(b)!);
        levelGroups.push({ id: `fold:${level}`, level, parentId: undefined, memberIds });
      }
    }
    groups.push(...levelGroups);
    for (const group of levelGroups) for (const id of group.memberIds) drawnAs.set(id, group.id);
  }
  return groups;
}

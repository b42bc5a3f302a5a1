import type { ActionGroup, DrawnLink } from './drawn-view.js';

/**
 * Which links an overview draws around folded groups (of over-full levels, or of actions by the
 * outcome they lead to), for a chart linked many to many: a plan from another tool, with no
 * numbering and no priorities to keep (a priority's actions are the flagship's, drawn whole). Each
 * member of such a group leads to the group's parent, and most also to one or two other boxes; drawn whole, the group's
 * links fan out to half the next level and cross the other groups' fans (on the 150-box chart, 99
 * links with their trunks overlapping 355 times). The overview keeps what carries the chart's flow:
 * - a group's link to its parent (the box all its members lead to);
 * - a link standing for two or more plan links (a shared flow);
 * - any link between boxes that are not folded groups;
 * - the one link that keeps a box linked at all, when all of its links would go.
 * The other links of a group are counted on it (`notDrawn`), and drawn once the boxes at both ends are.
 * Pure: `links` as the drawn view made them, `groups` its groups (folded or not).
 */
export function thinGroupLinks(links: readonly DrawnLink[], groups: readonly ActionGroup[]): { links: DrawnLink[]; notDrawn: Map<string, number> } {
  const folded = new Map(groups.filter((g) => g.folded).map((g) => [g.id, g]));
  const carries = (link: DrawnLink) => {
    const from = folded.get(link.source);
    const to = folded.get(link.target);
    if (!from && !to) return true;
    if (from && from.parentId === link.target) return true;
    return link.edgeIds.length >= 2;
  };
  const kept = new Set(links.filter(carries));
  // A box whose every link would go keeps its first (the plan's order): nothing is drawn unlinked.
  const linked = new Set([...kept].flatMap((link) => [link.source, link.target]));
  for (const link of links) {
    if (kept.has(link)) continue;
    if (!linked.has(link.source) || !linked.has(link.target)) {
      kept.add(link);
      linked.add(link.source);
      linked.add(link.target);
    }
  }
  const notDrawn = new Map<string, number>();
  for (const link of links) {
    if (kept.has(link)) continue;
    for (const end of [link.source, link.target]) if (folded.has(end)) notDrawn.set(end, (notDrawn.get(end) ?? 0) + link.edgeIds.length);
  }
  return { links: links.filter((link) => kept.has(link)), notDrawn };
}

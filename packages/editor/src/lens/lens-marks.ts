import { countActiveFilters, getPathwaysThrough, matchesFilter, searchNodes } from '@changemap/core';
import type { PathwaysThrough, Plan } from '@changemap/core';
import type { ViewMembers } from '../adapter/view-members.js';
import type { LensSnapshot } from './lens-store.js';

/** What the lens marks on the open view: boxes and links to dim, the highlighted pathways, the search matches. */
export interface LensMarks {
  /** The selected box's pathways, when highlighting is on and a box is selected. */
  pathway: PathwaysThrough | undefined;
  /** Boxes of the view that match the search (undefined: no search). */
  matches: ReadonlySet<string> | undefined;
  /** Boxes of the view that pass the filters (undefined: no filter on). */
  passing: ReadonlySet<string> | undefined;
}

/** Works out the marks for one view. Pure: the same inputs give the same marks. */
export function getLensMarks(
  plan: Plan,
  members: ViewMembers,
  selectedNodeId: string | undefined,
  lens: Pick<LensSnapshot, 'query' | 'filter' | 'highlightPathways'>,
): LensMarks {
  const pathway = lens.highlightPathways && selectedNodeId && members.nodeIds.has(selectedNodeId) ? getPathwaysThrough(plan, selectedNodeId) : undefined;
  const matches = lens.query.trim()
    ? new Set(searchNodes(plan, lens.query, { within: members.nodeIds, limit: Number.POSITIVE_INFINITY }).map((m) => m.node.id))
    : undefined;
  let passing: Set<string> | undefined;
  if (countActiveFilters(lens.filter) > 0) {
    passing = new Set();
    for (const id of members.nodeIds) {
      const node = plan.nodes.get(id);
      if (node && matchesFilter(plan, node, lens.filter)) passing.add(id);
    }
  }
  return { pathway, matches, passing };
}

/**
 * The classes a box gets: dimmed when off the highlighted pathways or filtered out; marked when on
 * a pathway or matching the search. A group box stands for its actions (`members`): it is lit when
 * any of them is.
 */
export function nodeLensClasses(marks: LensMarks, id: string, members: readonly string[] = [id]): string {
  const classes: string[] = [];
  const any = (set: ReadonlySet<string>) => members.some((m) => set.has(m));
  if ((marks.pathway && !any(marks.pathway.nodeIds)) || (marks.passing && !any(marks.passing))) classes.push('is-dimmed');
  else if (marks.pathway) classes.push('is-on-pathway');
  if (marks.matches && any(marks.matches)) classes.push('is-search-match');
  return classes.join(' ');
}

/**
 * A link is dimmed when it is not on the highlighted pathways, or when either end is filtered out.
 * A merged link (a folded group's) stands for its plan links (`parts`): it counts when any of them
 * does; a group end (`membersOf`) passes the filters when any of its actions does.
 */
export function edgeLensClasses(
  marks: LensMarks,
  id: string,
  source: string,
  target: string,
  parts: readonly string[] = [id],
  membersOf: (id: string) => readonly string[] = (end) => [end],
): string {
  const out = marks.passing !== undefined && [source, target].some((end) => !membersOf(end).some((m) => marks.passing!.has(m)));
  if (marks.pathway) return parts.some((part) => marks.pathway!.edgeIds.has(part)) && !out ? 'is-on-pathway' : 'is-dimmed';
  return out ? 'is-dimmed' : '';
}

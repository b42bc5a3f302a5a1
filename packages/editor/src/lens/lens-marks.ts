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

/** The classes a box gets: dimmed when off the highlighted pathways or filtered out; marked when on a pathway or matching the search. */
export function nodeLensClasses(marks: LensMarks, id: string): string {
  const classes: string[] = [];
  if ((marks.pathway && !marks.pathway.nodeIds.has(id)) || (marks.passing && !marks.passing.has(id))) classes.push('is-dimmed');
  else if (marks.pathway) classes.push('is-on-pathway');
  if (marks.matches?.has(id)) classes.push('is-search-match');
  return classes.join(' ');
}

/** A link is dimmed when it is not on the highlighted pathways, or when either end is filtered out. */
export function edgeLensClasses(marks: LensMarks, id: string, source: string, target: string): string {
  if (marks.pathway) return marks.pathway.edgeIds.has(id) && !filteredOut(marks, source, target) ? 'is-on-pathway' : 'is-dimmed';
  return filteredOut(marks, source, target) ? 'is-dimmed' : '';
}

function filteredOut(marks: LensMarks, source: string, target: string): boolean {
  return marks.passing !== undefined && (!marks.passing.has(source) || !marks.passing.has(target));
}

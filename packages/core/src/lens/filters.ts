import { match } from 'ts-pattern';
import { getNodeLevel, getPlanLevels } from '../model/levels.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { getGraphIndex } from '../queries/graph-index.js';
import { NODE_STATUS_LABELS, getNodeStatus } from './status.js';

/** The facets boxes can be filtered by. */
export const FILTER_FACETS = ['partner', 'tag', 'level', 'status'] as const;
export type FilterFacet = (typeof FILTER_FACETS)[number];

/**
 * Which boxes to show: for each facet, the values wanted (a partner's id, a tag, a level's id, a
 * status). A box matches when, for every facet with values, it has one of them; an empty or
 * missing facet does not filter.
 */
export type NodeFilter = Partial<Record<FilterFacet, readonly string[]>>;

/** One value a facet can take in a set of boxes, with how many boxes have it. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** The partners a box is delivered by (its `deliveredBy` links); a partner box counts as its own. */
export function getPartnersOf(plan: Plan, node: PlanNode): string[] {
  if (node.kind === 'partner') return [node.id];
  const partners: string[] = [];
  for (const edge of getGraphIndex(plan).outgoing.get(node.id) ?? []) {
    if (edge.kind === 'deliveredBy' && plan.nodes.get(edge.target)?.kind === 'partner') partners.push(edge.target);
  }
  return partners;
}

/** The values a box has for one facet. */
export function getFacetValues(plan: Plan, node: PlanNode, facet: FilterFacet): string[] {
  const one = (value: string | undefined) => (value === undefined ? [] : [value]);
  return match(facet)
    .with('partner', () => getPartnersOf(plan, node))
    .with('tag', () => [...new Set(node.tags ?? [])])
    .with('level', () => one(getNodeLevel(plan, node)))
    .with('status', () => one(getNodeStatus(node)))
    .exhaustive();
}

/** How many facets of a filter have values. */
export function countActiveFilters(filter: NodeFilter): number {
  return FILTER_FACETS.filter((facet) => (filter[facet]?.length ?? 0) > 0).length;
}

/** Whether a box passes the filter (see NodeFilter). */
export function matchesFilter(plan: Plan, node: PlanNode, filter: NodeFilter): boolean {
  for (const facet of FILTER_FACETS) {
    const wanted = filter[facet];
    if (!wanted || wanted.length === 0) continue;
    const values = getFacetValues(plan, node, facet);
    if (!values.some((value) => wanted.includes(value))) return false;
  }
  return true;
}

/**
 * For each facet, the values the given boxes have, with counts: the choices a filter menu offers
 * for a view. Levels come in the plan's level order, statuses in label order, partners and tags
 * alphabetically; a facet no box has a value for is an empty list.
 */
export function getFilterOptions(plan: Plan, nodeIds: Iterable<string>): Record<FilterFacet, FilterOption[]> {
  const counts: Record<FilterFacet, Map<string, number>> = { partner: new Map(), tag: new Map(), level: new Map(), status: new Map() };
  for (const id of nodeIds) {
    const node = plan.nodes.get(id);
    if (!node) continue;
    for (const facet of FILTER_FACETS) for (const value of getFacetValues(plan, node, facet)) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  }
  const levels = getPlanLevels(plan);
  const levelOrder = new Map(levels.map((level, i) => [level.id, i]));
  const options = (facet: FilterFacet, label: (value: string) => string) => [...counts[facet]].map(([value, count]) => ({ value, label: label(value), count }));
  const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, 'en');
  return {
    partner: options('partner', (id) => plan.nodes.get(id)?.title || id).sort(byLabel),
    tag: options('tag', (tag) => tag).sort(byLabel),
    level: options('level', (id) => levels.find((level) => level.id === id)?.title ?? id).sort((a, b) => levelOrder.get(a.value)! - levelOrder.get(b.value)!),
    status: options('status', (status) => NODE_STATUS_LABELS[status] ?? status).sort(byLabel),
  };
}

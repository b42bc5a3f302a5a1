import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { foldForSearch } from './normalise.js';

/** Where a search matched a box, best first. */
export type SearchField = 'title' | 'tags' | 'description';

/** A box that matches a search, and where. */
export interface SearchMatch {
  node: PlanNode;
  /** The first field (title, then tags, then description) where the whole query was found, or where most of it was. */
  field: SearchField;
}

export interface SearchOptions {
  /** Only these boxes (e.g. one view's); all of the plan's when absent. */
  within?: Iterable<string>;
  /** At most this many matches (after ranking). Default 50. */
  limit?: number;
}

const FIELD_RANK: Record<SearchField, number> = { title: 0, tags: 1, description: 2 };

/**
 * Boxes whose title, tags or description contain every word of `query`, ignoring case and
 * accents. Ranked: the whole query in the title first (titles that start with it before the
 * others), then tags, then descriptions; ties keep the plan's order, so results are stable.
 * An empty query matches nothing.
 */
export function searchNodes(plan: Plan, query: string, options: SearchOptions = {}): SearchMatch[] {
  const folded = foldForSearch(query);
  if (folded === '') return [];
  const words = folded.split(' ');
  const ids = options.within ? new Set(options.within) : undefined;
  const found: { match: SearchMatch; rank: number; order: number }[] = [];
  let order = 0;
  for (const node of plan.nodes.toArray()) {
    order++;
    if (ids && !ids.has(node.id)) continue;
    const title = foldForSearch(node.title ?? '');
    const tags = foldForSearch((node.tags ?? []).join(' '));
    const description = foldForSearch(node.description ?? '');
    const all = `${title} ${tags} ${description}`;
    if (!words.every((word) => all.includes(word))) continue;
    const field: SearchField = title.includes(folded)
      ? 'title'
      : tags.includes(folded)
        ? 'tags'
        : description.includes(folded)
          ? 'description'
          : bestField(words, title, tags);
    const rank = FIELD_RANK[field] * 2 + (field === 'title' && title.startsWith(folded) ? 0 : 1);
    found.push({ match: { node, field }, rank, order });
  }
  found.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return found.slice(0, options.limit ?? 50).map((f) => f.match);
}

/** For a query whose words are spread over fields: the field holding most of them. */
function bestField(words: string[], title: string, tags: string): SearchField {
  const inTitle = words.filter((w) => title.includes(w)).length;
  const inTags = words.filter((w) => tags.includes(w)).length;
  if (inTitle > 0 && inTitle >= inTags) return 'title';
  return inTags > 0 ? 'tags' : 'description';
}

import type { EdgeKind } from '../model/edges.js';
import type { RuleContext } from './types.js';

/** True when `id` has a link of `kind` to a node that exists. */
export function linksOut({ index, nodeById }: RuleContext, id: string, kind: EdgeKind): boolean {
  return (index.outgoing.get(id) ?? []).some((e) => e.kind === kind && nodeById.has(e.target));
}

/** True when a node that exists has a link of `kind` to `id`. */
export function linksIn({ index, nodeById }: RuleContext, id: string, kind: EdgeKind): boolean {
  return (index.incoming.get(id) ?? []).some((e) => e.kind === kind && nodeById.has(e.source));
}

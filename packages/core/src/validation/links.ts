import type { EdgeKind } from '../model/edges.js';
import { hasLinkIn, hasLinkOut, NOT_A_NODE } from '../queries/structure.js';
import type { RuleContext } from './types.js';

/** True when `id` has a link of `kind` to a node that exists. */
export function linksOut({ structure, numberOf }: RuleContext, id: string, kind: EdgeKind): boolean {
  const v = numberOf(id);
  return v !== NOT_A_NODE && hasLinkOut(structure, v, kind);
}

/** True when a node that exists has a link of `kind` to `id`. */
export function linksIn({ structure, numberOf }: RuleContext, id: string, kind: EdgeKind): boolean {
  const v = numberOf(id);
  return v !== NOT_A_NODE && hasLinkIn(structure, v, kind);
}

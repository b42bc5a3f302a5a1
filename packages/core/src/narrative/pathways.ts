import { match } from 'ts-pattern';
import type { NodeKind } from '../model/node-kinds.js';
import { isNodeKind, NODE_KINDS } from '../model/node-kinds.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { getGraphIndex } from '../queries/graph-index.js';

/**
 * What a box does in a story: an action starts it, a result follows from it, a context (priority,
 * call to action) says which part of the plan it serves, a goal (aim, vision) is where it leads.
 * Off the causal chain (indicators, assumptions …) a box is named in a story but never on its route.
 */
export type StoryRole = 'action' | 'result' | 'context' | 'goal' | 'aside';

export function roleOf(kind: NodeKind): StoryRole {
  return ROLES.get(kind)!;
}

function roleOfKind(kind: NodeKind): StoryRole {
  return match(kind)
    .with('action', () => 'action' as const)
    .with('output', 'outcome', () => 'result' as const)
    .with('priority', 'callToAction', () => 'context' as const)
    .with('aim', 'vision', () => 'goal' as const)
    .with('principle', 'indicator', 'researchQuestion', 'assumption', 'evidence', 'partner', () => 'aside' as const)
    .exhaustive();
}

/** Roles worked out once per kind: stories ask for them many times over. */
const ROLES: ReadonlyMap<NodeKind, StoryRole> = new Map(NODE_KINDS.map((kind) => [kind, roleOfKind(kind)]));

/** One causal route told as a story: the sibling actions that start it and the boxes it climbs through. */
export interface Pathway {
  /** Actions that feed the route's first box (none when the route starts from a result). */
  readonly actionIds: readonly string[];
  /** Boxes from the first after the actions up to the first aim or vision, or to the top of the chain. */
  readonly routeIds: readonly string[];
  /** The causal links followed: each action's link into the route, then the links along it. */
  readonly edgeIds: readonly string[];
}

/** Routes an entry may branch into before its story stops listing them (coverage adds any box left out). */
const MAX_ROUTES_PER_ENTRY = 6;

interface CausalGraph {
  readonly order: readonly PlanNode[];
  readonly up: ReadonlyMap<string, readonly string[]>;
  readonly down: ReadonlyMap<string, readonly string[]>;
  /** The first causal link from one box to another, by "source target". */
  readonly link: ReadonlyMap<string, string>;
  role(id: string): StoryRole;
}

/** Causal links between boxes of causal kinds that exist, without self-loops, by direction. */
function causalGraph(plan: Plan): CausalGraph {
  const order = plan.nodes.toArray().filter((n) => isNodeKind(n.kind) && roleOf(n.kind) !== 'aside');
  const causal = new Set(order.map((n) => n.id));
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  const link = new Map<string, string>();
  for (const edge of getGraphIndex(plan).edges) {
    if (edge.kind !== 'contributesTo' || edge.source === edge.target || !causal.has(edge.source) || !causal.has(edge.target)) continue;
    const key = `${edge.source} ${edge.target}`;
    if (link.has(key)) continue;
    link.set(key, edge.id);
    up.set(edge.source, [...(up.get(edge.source) ?? []), edge.target]);
    down.set(edge.target, [...(down.get(edge.target) ?? []), edge.source]);
  }
  const roles = new Map(order.map((n) => [n.id, roleOf(n.kind)]));
  return { order, up, down, link, role: (id) => roles.get(id)! };
}

/**
 * Every pathway of the plan, and the causal boxes on none (no causal link at all). Each route
 * starts where actions feed a box (the actions grouped), or at a result nothing feeds, or at an
 * aim or vision that leads further up; it ends at the next aim or vision, or the top of its
 * chain. A box that the route limit left out gets a route of its own, so every box with a
 * causal link is in some story.
 */
export function findPathways(plan: Plan): { pathways: Pathway[]; unlinkedIds: string[] } {
  const graph = causalGraph(plan);
  const actionFeeders = new Map<string, string[]>();
  for (const [id, sources] of graph.down)
    actionFeeders.set(
      id,
      sources.filter((source) => graph.role(source) === 'action'),
    );
  const feeders = (id: string) => actionFeeders.get(id) ?? [];
  const entries = new Set(
    graph.order
      .filter((n) => {
        if (feeders(n.id).length > 0) return true;
        const leadsOn = graph.up.has(n.id);
        const fed = graph.down.has(n.id);
        return graph.role(n.id) !== 'action' && leadsOn && (!fed || graph.role(n.id) === 'goal');
      })
      .map((n) => n.id),
  );
  const isEntry = (id: string) => entries.has(id);

  const pathways: Pathway[] = [];
  const covered = new Set<string>();
  const add = (actionIds: readonly string[], routeIds: readonly string[]) => {
    const edgeIds = [
      ...actionIds.map((a) => graph.link.get(`${a} ${routeIds[0]}`)!),
      ...routeIds.slice(1).map((id, i) => graph.link.get(`${routeIds[i]} ${id}`)!),
    ];
    pathways.push({ actionIds, routeIds, edgeIds });
    for (const id of [...actionIds, ...routeIds]) covered.add(id);
  };

  for (const node of graph.order) {
    if (!isEntry(node.id)) continue;
    for (const route of routesUp(graph, [node.id], MAX_ROUTES_PER_ENTRY)) add(feeders(node.id), route);
  }
  for (const node of graph.order) {
    const linked = graph.up.has(node.id) || graph.down.has(node.id);
    if (covered.has(node.id) || !linked) continue;
    const start = pathDownToStart(graph, node.id, isEntry);
    const [route] = routesUp(graph, start, 1);
    add(feeders(start[0]!), route!);
  }
  const unlinkedIds = graph.order.filter((n) => !graph.up.has(n.id) && !graph.down.has(n.id)).map((n) => n.id);
  return { pathways, unlinkedIds };
}

/**
 * Routes up from the end of `start` (a path already walked), each stopping at the first aim or
 * vision after the first box, or where nothing leads further; at most `limit` of them.
 */
function routesUp(graph: CausalGraph, start: readonly string[], limit: number): string[][] {
  const routes: string[][] = [];
  const path = [...start];
  const onPath = new Set(path);
  const frames = [{ next: graph.up.get(path.at(-1)!) ?? [], i: 0 }];
  const ends = (id: string) => path.length > 1 && graph.role(id) === 'goal';
  if (ends(path.at(-1)!)) return [path];
  while (frames.length > 0 && routes.length < limit) {
    const frame = frames.at(-1)!;
    const open = frame.next.filter((id) => !onPath.has(id));
    if (frame.i === 0 && open.length === 0) {
      routes.push([...path]);
      frame.i = frame.next.length;
    }
    const child = frame.next[frame.i++];
    if (child === undefined) {
      frames.pop();
      if (path.length > start.length) onPath.delete(path.pop()!);
      continue;
    }
    if (onPath.has(child)) continue;
    path.push(child);
    onPath.add(child);
    if (ends(child)) {
      routes.push([...path]);
      onPath.delete(path.pop()!);
      continue;
    }
    frames.push({ next: graph.up.get(child) ?? [], i: 0 });
  }
  return routes;
}

/**
 * The path from where a story about `id` starts up to `id`: down the causal links (nearest first)
 * to an entry or an aim or vision; `[id]` alone when there is none below (a loop with no way in).
 */
function pathDownToStart(graph: CausalGraph, id: string, isEntry: (id: string) => boolean): string[] {
  const above = new Map<string, string>([[id, id]]);
  const queue = [id];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head]!;
    if (current !== id && (isEntry(current) || graph.role(current) === 'goal')) {
      const path = [current];
      for (let at = current; at !== id;) {
        at = above.get(at)!;
        path.push(at);
      }
      return path;
    }
    for (const below of graph.down.get(current) ?? []) {
      if (above.has(below) || graph.role(below) === 'action') continue;
      above.set(below, current);
      queue.push(below);
    }
  }
  return [id];
}

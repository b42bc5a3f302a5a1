import type { Draft, Patch } from 'immer';
import { current, enablePatches, freeze, isDraft, produce, produceWithPatches } from 'immer';
import { match } from 'ts-pattern';
import { isEdgeAllowed, isEdgeToCausalLinkAllowed, explainForbiddenEdge } from '../model/edge-rules.js';
import { ChangemapError } from '../model/errors.js';
import { emptyRecord } from '../model/ids.js';
import { PLAN_LIMITS } from '../model/limits.js';
import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan, PlanView, Position } from '../model/plan.js';
import type { Table } from '../model/table.js';
import { checkEdgeChanges, checkNewEdge, checkNewNode, checkNodeChanges, checkPlacement, checkPlanInfo } from './checks.js';
import type { Command } from './commands.js';

enablePatches();

/**
 * Applies a command to a plan and returns the new plan; the old one is untouched. Every write is
 * checked against the kind's spec first: a ChangemapError (with a code) on misuse or a value the
 * file format would refuse, and the plan is then unchanged.
 */
export function applyCommand(plan: Plan, command: Command): Plan {
  return produce(plan, (draft) => applyToDraft(draft, command));
}

/** Applies a command and returns the new plan with the patches that redo and undo it. */
export function applyCommandWithPatches(plan: Plan, command: Command): readonly [Plan, Patch[], Patch[]] {
  const [next, patches, inverse] = produceWithPatches(plan, (draft) => applyToDraft(draft, command));
  return [next, safePatches(patches, next), safePatches(inverse, plan)];
}

/** Keys immer refuses to walk through when applying a patch (its guard against prototype pollution). */
const GUARDED_KEYS = new Set<string | number>(['__proto__', 'constructor']);

/**
 * Patches that immer will apply. A view or box may be called "constructor" or "__proto__", and
 * immer refuses a patch whose path passes through such a key; such a patch is replaced by one
 * that sets (or removes) the whole value at that key, read from `result`, the plan the patches
 * lead to. Only patches through such keys change, so ordinary edits keep their small patches.
 */
function safePatches(patches: Patch[], result: Plan): Patch[] {
  if (!patches.some((patch) => patch.path.some((key, i) => i < patch.path.length - 1 && GUARDED_KEYS.has(key)))) return patches;
  const seen = new Set<string>();
  const safe: Patch[] = [];
  for (const patch of patches) {
    const cut = patch.path.findIndex((key, i) => i < patch.path.length - 1 && GUARDED_KEYS.has(key));
    if (cut < 0) {
      safe.push(patch);
      continue;
    }
    const path = patch.path.slice(0, cut + 1);
    const key = JSON.stringify(path);
    if (seen.has(key)) continue;
    seen.add(key);
    const value = readPath(result, path);
    safe.push(value === undefined ? { op: 'remove', path } : { op: 'replace', path, value });
  }
  return safe;
}

function readPath(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * The plan's tables inside a draft. Tables are not drafted by immer: a command swaps in a new
 * table, so the patch (and the undo step) holds the old and new tables by reference, whatever
 * the size of the plan.
 */
type DraftTables = { nodes: Table<PlanNode>; edges: Table<PlanEdge> };

function applyToDraft(draft: Draft<Plan>, command: Command): void {
  const tables = draft as unknown as DraftTables;
  match(command)
    .with({ type: 'addNode' }, ({ node, view, position }) => {
      const checked = checkNewNode(node);
      assertIdFree(tables, checked.id);
      assertRoom(tables.nodes.size, PLAN_LIMITS.nodes, 'boxes');
      const placed = view !== undefined && position !== undefined ? checkPlacement(view, position) : undefined;
      tables.nodes = tables.nodes.set(checked.id, freeze(checked, true));
      if (placed) setPosition(draft, view!, checked.id, placed);
    })
    .with({ type: 'updateNode' }, ({ id, changes }) => {
      const node = requireNode(tables, id);
      const checked = checkNodeChanges(node, changes);
      const updated = produce(node, (draftNode) => {
        const fields = draftNode as unknown as Record<string, unknown>;
        for (const [key, value] of Object.entries(checked)) {
          if (value === undefined) delete fields[key];
          else fields[key] = value;
        }
      });
      // A produce nested in another does not freeze its result; tables hold frozen values only.
      tables.nodes = tables.nodes.set(id, freeze(updated, true));
    })
    .with({ type: 'removeNode' }, ({ id }) => {
      requireNode(tables, id);
      tables.nodes = tables.nodes.delete(id);
      removeEdgesTouching(tables, id);
      for (const view of Object.values(draft.views)) {
        if (Object.hasOwn(view.positions, id)) delete view.positions[id];
        if (view.pinned?.includes(id)) view.pinned = view.pinned.filter((p) => p !== id);
      }
    })
    .with({ type: 'connect' }, ({ edge: written }) => {
      const edge = checkNewEdge(written);
      assertIdFree(tables, edge.id);
      assertRoom(tables.edges.size, PLAN_LIMITS.edges, 'links');
      const source = requireNode(tables, edge.source);
      const targetNode = tables.nodes.get(edge.target);
      const targetEdge = tables.edges.get(edge.target);
      if (targetNode) {
        if (!isEdgeAllowed(edge.kind, source.kind, targetNode.kind)) {
          throw new ChangemapError(
            'edge-kind-not-allowed',
            `A "${edge.kind}" link cannot join ${source.kind} to ${targetNode.kind}. ${explainForbiddenEdge(source.kind, targetNode.kind)}`,
          );
        }
      } else if (targetEdge) {
        if (targetEdge.kind !== 'contributesTo' || !isEdgeToCausalLinkAllowed(edge.kind, source.kind)) {
          throw new ChangemapError('edge-kind-not-allowed', `A "${edge.kind}" link cannot point at a "${targetEdge.kind}" link.`);
        }
      } else {
        throw new ChangemapError('node-not-found', `No node or link has the id "${edge.target}".`);
      }
      tables.edges = tables.edges.set(edge.id, freeze(edge, true));
    })
    .with({ type: 'updateEdge' }, ({ id, changes }) => {
      const edge = tables.edges.get(id);
      if (!edge) throw new ChangemapError('edge-not-found', `No link has the id "${id}".`);
      const checked = checkEdgeChanges(edge, changes);
      const updated = produce(edge, (draftEdge) => {
        const fields = draftEdge as unknown as Record<string, unknown>;
        for (const [key, value] of Object.entries(checked)) {
          if (value === undefined) delete fields[key];
          else fields[key] = value;
        }
      });
      tables.edges = tables.edges.set(id, freeze(updated, true));
    })
    .with({ type: 'disconnect' }, ({ id }) => {
      if (!tables.edges.has(id)) throw new ChangemapError('edge-not-found', `No link has the id "${id}".`);
      tables.edges = tables.edges.delete(id);
      removeEdgesTouching(tables, id);
    })
    .with({ type: 'moveNode' }, ({ view, id, position }) => {
      requireNode(tables, id);
      setPosition(draft, view, id, checkPlacement(view, position)!);
    })
    .with({ type: 'placeNodes' }, ({ view, positions }) => {
      checkPlacement(view);
      const checked = positions.map(([id, position]) => {
        requireNode(tables, id);
        return [id, checkPlacement(view, position)!] as const;
      });
      const target = viewOf(draft, view);
      // One new record rather than a proxied write per box: a layout places a thousand at once,
      // and the writes alone took ≈60 ms that way.
      const before = isDraft(target.positions) ? current(target.positions) : target.positions;
      const placed: Record<string, Position> = Object.assign(emptyRecord<Position>(), before);
      // Each place frozen here, so immer does not walk into a thousand new places to freeze them
      // (≈4 ms more); the record itself stays open to the rest of a batch (a move after the layout).
      for (const [id, position] of checked) placed[id] = Object.freeze(position);
      target.positions = placed;
    })
    .with({ type: 'setPinned' }, ({ view, id, pinned }) => {
      requireNode(tables, id);
      checkPlacement(view);
      const target = viewOf(draft, view);
      const rest = (target.pinned ?? []).filter((p) => p !== id);
      target.pinned = pinned ? [...rest, id] : rest;
    })
    .with({ type: 'setViewDirection' }, ({ view, direction }) => {
      checkPlacement(view);
      if (direction !== undefined && direction !== 'down') {
        throw new ChangemapError('wrong-type', `“${String(direction).slice(0, 40)}” is not a direction a view can take: use 'down' or nothing.`);
      }
      const target = viewOf(draft, view);
      if (direction === undefined) delete target.direction;
      else target.direction = direction;
    })
    .with({ type: 'setPlanInfo' }, ({ changes }) => {
      const fields = draft as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(checkPlanInfo(changes))) {
        if (value === undefined) delete fields[key];
        else fields[key] = freeze(value, true);
      }
    })
    .with({ type: 'batch' }, ({ commands }) => {
      for (const inner of commands) applyToDraft(draft, inner);
    })
    .exhaustive();
}

function requireNode(tables: DraftTables, id: string): PlanNode {
  const node = tables.nodes.get(id);
  if (!node) throw new ChangemapError('node-not-found', `No node has the id "${id}".`);
  return node;
}

function assertIdFree(tables: DraftTables, id: string): void {
  if (tables.nodes.has(id) || tables.edges.has(id)) {
    throw new ChangemapError('id-taken', `The id "${id}" is already used in this plan.`);
  }
}

function assertRoom(size: number, limit: number, what: string): void {
  if (size >= limit) throw new ChangemapError('too-many-items', `A plan can hold at most ${limit.toLocaleString('en-GB')} ${what}.`);
}

/**
 * The view's layout, made when missing. Views and positions are null-prototype records, so a
 * view or box called "constructor" or "__proto__" is an ordinary key; a plan built by hand with
 * plain objects is switched over on its first layout write.
 */
function viewOf(draft: Draft<Plan>, view: string): Draft<PlanView> {
  if (Object.getPrototypeOf(draft.views) !== null) draft.views = Object.assign(emptyRecord<PlanView>(), current(draft).views);
  if (!Object.hasOwn(draft.views, view)) {
    assertRoom(Object.keys(draft.views).length, PLAN_LIMITS.views, 'views');
    draft.views[view] = { positions: emptyRecord() };
  }
  let target = draft.views[view]!;
  // After the switch above the views record is no draft, so its views are the plan's frozen ones: copy the one written to.
  if (!isDraft(target) && (Object.isFrozen(target) || Object.isFrozen(target.positions))) {
    target = draft.views[view] = { ...target, positions: Object.assign(emptyRecord<Position>(), target.positions) };
  }
  if (Object.getPrototypeOf(target.positions) !== null) {
    target.positions = Object.assign(emptyRecord<Position>(), isDraft(target.positions) ? current(target.positions) : target.positions);
  }
  return target;
}

function setPosition(draft: Draft<Plan>, view: string, id: string, position: Position): void {
  viewOf(draft, view).positions[id] = position;
}

/**
 * Removes every edge whose source or target is `id`, and edges that point at those edges in turn.
 * One scan of the links per level of links-to-links (usually one or two), not one per removed link.
 */
function removeEdgesTouching(tables: DraftTables, id: string): void {
  let level = [id];
  while (level.length > 0) {
    const ids = new Set(level);
    const only = level.length === 1 ? level[0] : undefined;
    level = [];
    // A walk of the table's chunks, not `toArray` (the edited table has no array yet), comparing
    // strings rather than hashing them when one id is looked for: removing a link at 15,000 links
    // cost more here than everything else it does.
    tables.edges.forEachWithOrder((edge, _order, key) => {
      const touches = only !== undefined ? edge.source === only || edge.target === only : ids.has(edge.source) || ids.has(edge.target);
      if (!touches) return;
      tables.edges = tables.edges.delete(key);
      level.push(key);
    });
  }
}

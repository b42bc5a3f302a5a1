import type { Draft, Patch } from 'immer';
import { current, enablePatches, freeze, isDraft, produce, produceWithPatches } from 'immer';
import { match } from 'ts-pattern';
import { isEdgeAllowed, isEdgeToCausalLinkAllowed, explainForbiddenEdge } from '../model/edge-rules.js';
import { ChangemapError } from '../model/errors.js';
import { isValidId } from '../model/ids.js';
import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan, Position } from '../model/plan.js';
import type { Table } from '../model/table.js';
import { clonePlain } from './clone.js';
import type { Command } from './commands.js';

enablePatches();

/** Applies a command to a plan and returns the new plan; the old one is untouched. Throws ChangemapError on misuse. */
export function applyCommand(plan: Plan, command: Command): Plan {
  return produce(plan, (draft) => applyToDraft(draft, command));
}

/** Applies a command and returns the new plan with the patches that redo and undo it. */
export function applyCommandWithPatches(plan: Plan, command: Command): readonly [Plan, Patch[], Patch[]] {
  return produceWithPatches(plan, (draft) => applyToDraft(draft, command));
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
      assertIdFree(tables, node.id);
      tables.nodes = tables.nodes.set(node.id, freeze(clonePlain(node), true));
      if (view !== undefined && position !== undefined) setPosition(draft, view, node.id, position);
    })
    .with({ type: 'updateNode' }, ({ id, changes }) => {
      const updated = produce(requireNode(tables, id), (node) => {
        const fields = node as unknown as Record<string, unknown>;
        for (const [key, value] of Object.entries(changes)) {
          if (key === 'id' || key === 'kind') {
            throw new ChangemapError('kind-change-not-allowed', `A node's ${key} cannot be changed; remove it and add a new one.`);
          }
          if (value === undefined) delete fields[key];
          else fields[key] = clonePlain(value);
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
    .with({ type: 'connect' }, ({ edge }) => {
      assertIdFree(tables, edge.id);
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
      tables.edges = tables.edges.set(edge.id, freeze(clonePlain(edge), true));
    })
    .with({ type: 'updateEdge' }, ({ id, changes }) => {
      const edge = tables.edges.get(id);
      if (!edge) throw new ChangemapError('edge-not-found', `No link has the id "${id}".`);
      const updated = produce(edge, (draftEdge) => {
        const fields = draftEdge as unknown as Record<string, unknown>;
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) delete fields[key];
          else fields[key] = clonePlain(value);
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
      setPosition(draft, view, id, position);
    })
    .with({ type: 'placeNodes' }, ({ view, positions }) => {
      for (const [id] of positions) requireNode(tables, id);
      const target = (draft.views[view] ??= { positions: {} });
      // One new record rather than a proxied write per box: a layout places a thousand at once,
      // and the writes alone took ≈60 ms that way.
      const before = isDraft(target.positions) ? current(target.positions) : target.positions;
      const placed: Record<string, Position> = { ...before };
      for (const [id, position] of positions) placed[id] = { x: position.x, y: position.y };
      target.positions = placed;
    })
    .with({ type: 'setPinned' }, ({ view, id, pinned }) => {
      requireNode(tables, id);
      const target = (draft.views[view] ??= { positions: {} });
      const rest = (target.pinned ?? []).filter((p) => p !== id);
      target.pinned = pinned ? [...rest, id] : rest;
    })
    .with({ type: 'setPlanInfo' }, ({ changes }) => {
      for (const [key, value] of Object.entries(changes) as [keyof typeof changes, string | undefined][]) {
        if (value === undefined) {
          if (key !== 'title') delete draft[key];
        } else draft[key] = value;
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
  if (!isValidId(id)) {
    throw new ChangemapError('invalid-id', `“${id}” cannot be an id: use letters, digits and . _ : - (starting with a letter or digit).`);
  }
  if (tables.nodes.has(id) || tables.edges.has(id)) {
    throw new ChangemapError('id-taken', `The id "${id}" is already used in this plan.`);
  }
}

function setPosition(draft: Draft<Plan>, view: string, id: string, position: { x: number; y: number }): void {
  const target = (draft.views[view] ??= { positions: {} });
  target.positions[id] = { x: position.x, y: position.y };
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

import type { Draft, Patch } from 'immer';
import { enablePatches, original, produce, produceWithPatches } from 'immer';
import { match } from 'ts-pattern';
import { isEdgeAllowed, isEdgeToCausalLinkAllowed, explainForbiddenEdge } from '../model/edge-rules.js';
import { ChangemapError } from '../model/errors.js';
import { isValidId } from '../model/ids.js';
import type { Plan } from '../model/plan.js';
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

function applyToDraft(draft: Draft<Plan>, command: Command): void {
  match(command)
    .with({ type: 'addNode' }, ({ node, view, position }) => {
      assertIdFree(draft, node.id);
      draft.nodes[node.id] = clonePlain(node);
      if (view !== undefined && position !== undefined) setPosition(draft, view, node.id, position);
    })
    .with({ type: 'updateNode' }, ({ id, changes }) => {
      const node = requireNode(draft, id) as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(changes)) {
        if (key === 'id' || key === 'kind') {
          throw new ChangemapError('kind-change-not-allowed', `A node's ${key} cannot be changed; remove it and add a new one.`);
        }
        if (value === undefined) delete node[key];
        else node[key] = clonePlain(value);
      }
    })
    .with({ type: 'removeNode' }, ({ id }) => {
      requireNode(draft, id);
      delete draft.nodes[id];
      removeEdgesTouching(draft, id);
      for (const view of Object.values(draft.views)) {
        delete view.positions[id];
        if (view.pinned?.includes(id)) view.pinned = view.pinned.filter((p) => p !== id);
      }
    })
    .with({ type: 'connect' }, ({ edge }) => {
      assertIdFree(draft, edge.id);
      const source = requireNode(draft, edge.source);
      const targetNode = draft.nodes[edge.target];
      const targetEdge = draft.edges[edge.target];
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
      draft.edges[edge.id] = clonePlain(edge);
    })
    .with({ type: 'updateEdge' }, ({ id, changes }) => {
      const edge = draft.edges[id] as unknown as Record<string, unknown> | undefined;
      if (!edge) throw new ChangemapError('edge-not-found', `No link has the id "${id}".`);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) delete edge[key];
        else edge[key] = clonePlain(value);
      }
    })
    .with({ type: 'disconnect' }, ({ id }) => {
      if (!draft.edges[id]) throw new ChangemapError('edge-not-found', `No link has the id "${id}".`);
      delete draft.edges[id];
      removeEdgesTouching(draft, id);
    })
    .with({ type: 'moveNode' }, ({ view, id, position }) => {
      requireNode(draft, id);
      setPosition(draft, view, id, position);
    })
    .with({ type: 'setPinned' }, ({ view, id, pinned }) => {
      requireNode(draft, id);
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

function requireNode(draft: Draft<Plan>, id: string) {
  const node = draft.nodes[id];
  if (!node) throw new ChangemapError('node-not-found', `No node has the id "${id}".`);
  return node;
}

function assertIdFree(draft: Draft<Plan>, id: string): void {
  if (!isValidId(id)) {
    throw new ChangemapError('invalid-id', `“${id}” cannot be an id: use letters, digits and . _ : - (starting with a letter or digit).`);
  }
  if (Object.hasOwn(draft.nodes, id) || Object.hasOwn(draft.edges, id)) {
    throw new ChangemapError('id-taken', `The id "${id}" is already used in this plan.`);
  }
}

function setPosition(draft: Draft<Plan>, view: string, id: string, position: { x: number; y: number }): void {
  const target = (draft.views[view] ??= { positions: {} });
  target.positions[id] = { x: position.x, y: position.y };
}

/** Removes every edge whose source or target is `id`, and edges that point at those edges in turn. */
function removeEdgesTouching(draft: Draft<Plan>, id: string): void {
  // Read endpoints from the original (endpoints never change) so that scanning does not turn
  // every edge into a draft; edges added earlier in the same batch are only in the draft.
  const before = original(draft.edges);
  const gone = [id];
  while (gone.length > 0) {
    const current = gone.pop()!;
    for (const key of Object.keys(draft.edges)) {
      const edge = before?.[key] ?? draft.edges[key]!;
      if (edge.source === current || edge.target === current) {
        delete draft.edges[key];
        gone.push(key);
      }
    }
  }
}

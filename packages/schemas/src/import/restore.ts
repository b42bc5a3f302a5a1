import { Table, createId, describeNode } from '@changemap/core';
import type { Plan, PlanEdge, PlanNode, PlanView } from '@changemap/core';
import type { PlanDocument } from '../format.js';
import type { ImportIssue } from './types.js';

/**
 * Turns a schema-valid document into a plan, repairing what the schema cannot see: duplicate ids
 * are re-keyed, links with a missing end are dropped, positions of missing nodes are dropped.
 * Every repair is reported; nothing is silently changed.
 */
export function restorePlan(document: PlanDocument): { plan: Plan; repairs: ImportIssue[] } {
  const repairs: ImportIssue[] = [];
  const nodes: Record<string, PlanNode> = {};
  const edges: Record<string, PlanEdge> = {};
  const pendingEdgeIds = new Set<string>();
  const taken = (id: string) => Object.hasOwn(nodes, id) || pendingEdgeIds.has(id);

  for (const node of document.nodes) {
    if (Object.hasOwn(nodes, node.id)) {
      const id = createId(node.id, taken);
      repairs.push(repair('duplicate-id', `Two boxes had the id “${node.id}”; ${describeNode(node)} now has the id “${id}”. Links to “${node.id}” still point at the first box.`, [id]));
      nodes[id] = { ...node, id };
    } else {
      nodes[node.id] = node;
    }
  }

  // Links may point at other links (assumptions and evidence on causal links), so settle every
  // link's id before checking ends.
  const keyed: PlanEdge[] = [];
  for (const edge of document.edges) {
    if (Object.hasOwn(nodes, edge.id) || pendingEdgeIds.has(edge.id)) {
      const id = createId(edge.id, taken);
      repairs.push(repair('duplicate-id', `Two items had the id “${edge.id}”; a “${edge.kind}” link now has the id “${id}”.`, [], [id]));
      pendingEdgeIds.add(id);
      keyed.push({ ...edge, id });
    } else {
      pendingEdgeIds.add(edge.id);
      keyed.push(edge);
    }
  }
  const byId = new Map(keyed.map((e) => [e.id, e]));
  for (const edge of keyed) {
    const sourceOk = Object.hasOwn(nodes, edge.source);
    const targetOk = Object.hasOwn(nodes, edge.target) || (byId.has(edge.target) && edge.target !== edge.id);
    if (sourceOk && targetOk) {
      edges[edge.id] = edge;
      continue;
    }
    const missing = [!sourceOk && edge.source, !targetOk && edge.target].filter(Boolean).map((id) => `“${id}”`);
    repairs.push(
      repair(
        'dangling-edge',
        `A “${edge.kind}” link from “${edge.source}” to “${edge.target}” was dropped: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not in the plan.`,
        [edge.source, edge.target].filter((id) => Object.hasOwn(nodes, id)),
      ),
    );
  }
  for (const edge of dropLinksToDroppedLinks(edges, byId)) {
    repairs.push(repair('dangling-edge', `A “${edge.kind}” link from “${edge.source}” was dropped: the link it pointed at (“${edge.target}”) was dropped.`, [edge.source]));
  }

  const views: Record<string, PlanView> = {};
  let droppedPositions = 0;
  for (const [viewId, view] of Object.entries(document.views ?? {})) {
    const positions: PlanView['positions'] = {};
    for (const [nodeId, position] of Object.entries(view.positions)) {
      if (Object.hasOwn(nodes, nodeId)) positions[nodeId] = position;
      else droppedPositions++;
    }
    const pinned = view.pinned?.filter((id) => Object.hasOwn(nodes, id));
    views[viewId] = pinned ? { positions, pinned } : { positions };
  }
  if (droppedPositions > 0) {
    repairs.push({
      code: 'unknown-position',
      severity: 'info',
      message: `${droppedPositions} saved position${droppedPositions === 1 ? '' : 's'} of boxes that are not in the plan ${droppedPositions === 1 ? 'was' : 'were'} dropped.`,
      nodeIds: [],
      edgeIds: [],
      hint: 'Nothing to do: the layout of the remaining boxes is kept.',
    });
  }

  const plan: Plan = {
    id: document.id,
    title: document.title,
    ...(document.period !== undefined && { period: document.period }),
    ...(document.description !== undefined && { description: document.description }),
    nodes: Table.fromRecord(nodes),
    edges: Table.fromRecord(edges),
    views,
  };
  return { plan, repairs };
}

/** A link that pointed at a link which was itself dropped has lost its end too; returns those dropped. */
function dropLinksToDroppedLinks(edges: Record<string, PlanEdge>, all: Map<string, PlanEdge>): PlanEdge[] {
  const dropped: PlanEdge[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const edge of Object.values(edges)) {
      if (all.has(edge.target) && !Object.hasOwn(edges, edge.target)) {
        delete edges[edge.id];
        dropped.push(edge);
        changed = true;
      }
    }
  }
  return dropped;
}

function repair(code: string, message: string, nodeIds: string[] = [], edgeIds: string[] = []): ImportIssue {
  return {
    code,
    severity: 'warning',
    message,
    nodeIds,
    edgeIds,
    hint: 'The file was repaired as it loaded; check the result, then save to keep it.',
  };
}

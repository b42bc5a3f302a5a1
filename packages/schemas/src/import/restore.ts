import { Table, createId, describeNode, emptyRecord, findDanglingEdges, findIdClashes, isRuleCode } from '@changemap/core';
import type { CheckerSettings, Plan, PlanEdge, PlanLevel, PlanNode, PlanView, Position } from '@changemap/core';
import type { PlanDocument } from '../format.js';
import type { ImportIssue } from './types.js';

/**
 * Turns a schema-valid document into a plan, repairing what the schema cannot see: duplicate ids
 * are re-keyed, links with a missing end are dropped, positions of missing nodes are dropped, a
 * level listed twice keeps its first place, settings for a rule this checker does not have (a newer
 * version's, or a typing slip) are dropped. Every repair is reported; nothing is silently changed.
 * Views and positions become null-prototype records, so any id is an ordinary key.
 */
export function restorePlan(document: PlanDocument): { plan: Plan; repairs: ImportIssue[] } {
  const repairs: ImportIssue[] = [];
  const nodes = keyNodes(document.nodes, repairs);
  const edges = dropDanglingEdges(keyEdges(document.edges, nodes, repairs), nodes, repairs);
  const views = restoreViews(document.views ?? {}, nodes, repairs);
  const plan: Plan = {
    id: document.id,
    title: document.title,
    ...(document.period !== undefined && { period: document.period }),
    ...(document.description !== undefined && { description: document.description }),
    ...(document.levels !== undefined && { levels: uniqueLevels(document.levels, repairs) }),
    ...(document.checker !== undefined && { checker: knownRulesOnly(document.checker, repairs) }),
    nodes,
    edges,
    views,
  };
  return { plan, repairs };
}

/** The checker settings without rules this checker does not know, so that the next change of settings is accepted. */
function knownRulesOnly(settings: CheckerSettings, repairs: ImportIssue[]): CheckerSettings {
  if (!settings.rules) return settings;
  const unknown = Object.keys(settings.rules).filter((code) => !isRuleCode(code));
  if (unknown.length === 0) return settings;
  const rules = Object.fromEntries(Object.entries(settings.rules).filter(([code]) => isRuleCode(code)));
  const names =
    unknown
      .slice(0, 5)
      .map((code) => `“${code}”`)
      .join(', ') + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : '');
  repairs.push(repair('unknown-rule', `The checker settings name rules this version of Changemap does not have (${names}); their settings were dropped.`));
  const { rules: _dropped, ...rest } = settings;
  return Object.keys(rules).length > 0 ? { ...rest, rules } : rest;
}

/** The nodes by id; a repeated id is given a new one (the first box keeps it). */
function keyNodes(list: readonly PlanNode[], repairs: ImportIssue[]): Table<PlanNode> {
  const table = Table.fromValues(list);
  if (table.size === list.length) return table; // the usual case: every id is already unique
  const nodes = new Map<string, PlanNode>();
  for (const node of list) {
    if (!nodes.has(node.id)) {
      nodes.set(node.id, node);
      continue;
    }
    const id = createId(node.id, (candidate) => nodes.has(candidate));
    repairs.push(
      repair(
        'duplicate-id',
        `Two boxes had the id “${node.id}”; ${describeNode(node)} now has the id “${id}”. Links to “${node.id}” still point at the first box.`,
        [id],
      ),
    );
    nodes.set(id, { ...node, id });
  }
  return Table.fromEntries(nodes);
}

/** The links by id; an id already used by a box or an earlier link is given a new one. */
function keyEdges(list: readonly PlanEdge[], nodes: Table<PlanNode>, repairs: ImportIssue[]): Table<PlanEdge> {
  const table = Table.fromValues(list);
  // findIdClashes is cached on the core's structure of these tables, which validation reuses.
  if (table.size === list.length && findIdClashes({ nodes, edges: table }).length === 0) return table;
  const edges = new Map<string, PlanEdge>();
  for (const edge of list) {
    if (!nodes.has(edge.id) && !edges.has(edge.id)) {
      edges.set(edge.id, edge);
      continue;
    }
    const id = createId(edge.id, (candidate) => nodes.has(candidate) || edges.has(candidate));
    repairs.push(repair('duplicate-id', `Two items had the id “${edge.id}”; a “${edge.kind}” link now has the id “${id}”.`, [], [id]));
    edges.set(id, { ...edge, id });
  }
  return Table.fromEntries(edges);
}

/**
 * Drops links with a missing end. Links may point at other links (assumptions and evidence on
 * causal links), so a link whose target link was dropped is dropped in turn.
 */
function dropDanglingEdges(all: Table<PlanEdge>, nodes: Table<PlanNode>, repairs: ImportIssue[]): Table<PlanEdge> {
  // The core's structure of these tables, built here, is the one validation reuses next.
  const dangling = findDanglingEdges({ nodes, edges: all });
  if (dangling.length === 0) return all;
  let edges = all;
  for (const edge of dangling) {
    const sourceOk = nodes.has(edge.source);
    const targetOk = nodes.has(edge.target) || (all.has(edge.target) && edge.target !== edge.id);
    edges = edges.delete(edge.id);
    const missing = [!sourceOk && edge.source, !targetOk && edge.target].filter(Boolean).map((id) => `“${id}”`);
    repairs.push(
      repair(
        'dangling-edge',
        `A “${edge.kind}” link from “${edge.source}” to “${edge.target}” was dropped: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not in the plan.`,
        [edge.source, edge.target].filter((id) => nodes.has(id)),
      ),
    );
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const edge of edges.toArray()) {
      if (all.has(edge.target) && !edges.has(edge.target)) {
        edges = edges.delete(edge.id);
        changed = true;
        repairs.push(
          repair('dangling-edge', `A “${edge.kind}” link from “${edge.source}” was dropped: the link it pointed at (“${edge.target}”) was dropped.`, [
            edge.source,
          ]),
        );
      }
    }
  }
  return edges;
}

/** The levels, each id once: a repeated id is dropped (its boxes sit on the first level of that id). */
function uniqueLevels(levels: readonly PlanLevel[], repairs: ImportIssue[]): PlanLevel[] {
  const seen = new Set<string>();
  const kept: PlanLevel[] = [];
  for (const level of levels) {
    if (seen.has(level.id)) {
      repairs.push(
        repair('duplicate-id', `Two levels had the id “${level.id}”; the second (“${level.title}”) was dropped, and boxes on “${level.id}” sit on the first.`),
      );
      continue;
    }
    seen.add(level.id);
    kept.push(level);
  }
  return kept;
}

/** Views with the positions and pins of missing boxes dropped (and said once). */
function restoreViews(views: Record<string, PlanView>, nodes: Table<PlanNode>, repairs: ImportIssue[]): Record<string, PlanView> {
  const restored = emptyRecord<PlanView>();
  let droppedPositions = 0;
  for (const [viewId, view] of Object.entries(views)) {
    const positions = emptyRecord<Position>();
    let kept = 0;
    const ids = Object.keys(view.positions);
    for (const id of ids) {
      if (!nodes.has(id)) continue;
      positions[id] = view.positions[id]!;
      kept++;
    }
    droppedPositions += ids.length - kept;
    const pinned = view.pinned?.filter((id) => nodes.has(id));
    restored[viewId] = { positions, ...(pinned && { pinned }), ...(view.direction && { direction: view.direction }) };
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
  return restored;
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

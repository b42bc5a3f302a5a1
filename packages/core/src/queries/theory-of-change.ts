import type { Plan } from '../model/plan.js';
import { getGraphIndex } from './graph-index.js';

/** The nodes and edges that make up one call to action's theory of change. */
export interface TheoryOfChange {
  callToActionId: string;
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

/**
 * Derives a call to action's theory of change: the call to action, every node with a causal
 * path into it, and what measures, guides, investigates, underlies, supports or delivers those
 * nodes and links (one step further for indicators and assumptions, so a question about an
 * indicator or evidence for an assumption shows too). Derived, never stored.
 */
export function getTheoryOfChange(plan: Plan, callToActionId: string): TheoryOfChange {
  const index = getGraphIndex(plan);
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  if (!plan.nodes.get(callToActionId)) return { callToActionId, nodeIds, edgeIds };

  const causal = [callToActionId];
  nodeIds.add(callToActionId);
  for (let head = 0; head < causal.length; head++) {
    for (const edge of index.incoming.get(causal[head]!) ?? []) {
      if (edge.kind !== 'contributesTo' || !plan.nodes.get(edge.source)) continue;
      edgeIds.add(edge.id);
      if (!nodeIds.has(edge.source)) {
        nodeIds.add(edge.source);
        causal.push(edge.source);
      }
    }
  }

  // Attach supporting nodes to the causal core and its links, then to those attachments once more.
  let frontier = [...causal, ...edgeIds];
  for (let round = 0; round < 2; round++) {
    const attached: string[] = [];
    for (const id of frontier) {
      for (const edge of index.incoming.get(id) ?? []) {
        if (edge.kind === 'contributesTo' || !plan.nodes.get(edge.source)) continue;
        edgeIds.add(edge.id);
        if (!nodeIds.has(edge.source)) {
          nodeIds.add(edge.source);
          attached.push(edge.source);
        }
      }
      if (round === 0) {
        for (const edge of index.outgoing.get(id) ?? []) {
          if (edge.kind !== 'deliveredBy' || !plan.nodes.get(edge.target)) continue;
          edgeIds.add(edge.id);
          nodeIds.add(edge.target);
        }
      }
    }
    frontier = attached;
  }
  return { callToActionId, nodeIds, edgeIds };
}

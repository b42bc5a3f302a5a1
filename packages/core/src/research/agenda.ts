import type { NodeKind } from '../model/node-kinds.js';
import type { PlanNode, ResearchQuestionNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { getGraphIndex } from '../queries/graph-index.js';
import { callsToActionOf } from './membership.js';

/** One research question with what it informs. */
export interface AgendaEntry {
  question: ResearchQuestionNode;
  /** Nodes the question investigates, by kind (outcomes, indicators, assumptions, actions …). */
  informs: Partial<Record<NodeKind, PlanNode[]>>;
  /** Calls to action whose theory of change holds the question. */
  callsToAction: PlanNode[];
}

/** Questions under one call to action (or none), grouped by theme. */
export interface AgendaGroup {
  callToAction: PlanNode | undefined;
  themes: { theme: string; entries: AgendaEntry[] }[];
}

const NO_THEME = 'No theme';

/**
 * The research agenda: every research question with what it informs, grouped by call to action
 * (a question informing two calls to action appears under both) and then by theme. Questions that
 * reach no call to action come last, under `callToAction: undefined`.
 */
export function getResearchAgenda(plan: Plan): AgendaGroup[] {
  const index = getGraphIndex(plan);
  const membership = callsToActionOf(plan);
  const entries: AgendaEntry[] = [];
  for (const node of plan.nodes.toArray()) {
    if (node.kind !== 'researchQuestion') continue;
    const informs: AgendaEntry['informs'] = {};
    for (const edge of index.outgoing.get(node.id) ?? []) {
      const target = plan.nodes.get(edge.target);
      if (edge.kind !== 'investigates' || !target) continue;
      (informs[target.kind] ??= []).push(target);
    }
    entries.push({ question: node, informs, callsToAction: membership.get(node.id) ?? [] });
  }
  const groups: AgendaGroup[] = [];
  const ctas = plan.nodes.toArray().filter((n) => n.kind === 'callToAction');
  for (const cta of [...ctas, undefined]) {
    const mine = entries.filter((e) => (cta ? e.callsToAction.includes(cta) : e.callsToAction.length === 0));
    if (mine.length === 0) continue;
    const themes = new Map<string, AgendaEntry[]>();
    for (const entry of mine) {
      const theme = entry.question.theme?.trim() || NO_THEME;
      themes.set(theme, [...(themes.get(theme) ?? []), entry]);
    }
    groups.push({
      callToAction: cta,
      themes: [...themes]
        .sort(([a], [b]) => (a === NO_THEME ? 1 : b === NO_THEME ? -1 : a.localeCompare(b)))
        .map(([theme, list]) => ({ theme, entries: list })),
    });
  }
  return groups;
}

import { getTargetStatus, type EdgeKind, type NodeKind, type Plan, type PlanNode, type TargetStatus } from '@changemap/core';

/** Which kinds of annotation are drawn as full boxes and links instead of chips and badges (the Show menu). */
export interface ShowSettings {
  indicators: boolean;
  partners: boolean;
  principles: boolean;
  research: boolean;
  /** Assumptions and evidence. */
  evidence: boolean;
}

export const SHOW_NONE: ShowSettings = Object.freeze({ indicators: false, partners: false, principles: false, research: false, evidence: false });

/** One annotation shown on a box: the node it stands for and its title. */
export interface Chip {
  id: string;
  title: string;
  /** An indicator's status against its target, once it has readings (computed by the core). */
  status?: TargetStatus;
}

/** What is shown on one box instead of separate boxes and links. */
export interface BoxAnnotations {
  indicators: Chip[];
  partners: Chip[];
  principles: Chip[];
  research: Chip[];
  assumptions: Chip[];
  evidence: Chip[];
}

export type AnnotationGroup = keyof BoxAnnotations;

export interface Annotations {
  /** Nodes drawn as chips or badges, not as boxes. */
  hiddenNodes: Set<string>;
  /** Links not drawn because one end is a chip. */
  hiddenEdges: Set<string>;
  /** By the id of the box that carries them. */
  byBox: Map<string, BoxAnnotations>;
}

/** How each kind of annotation attaches: the link kind it uses, the group it joins and the Show toggle that turns it back into a box. */
const ATTACHMENTS: Partial<Record<NodeKind, { edge: EdgeKind; group: AnnotationGroup; show: keyof ShowSettings; onSource: boolean }>> = {
  indicator: { edge: 'measures', group: 'indicators', show: 'indicators', onSource: false },
  partner: { edge: 'deliveredBy', group: 'partners', show: 'partners', onSource: true },
  principle: { edge: 'guides', group: 'principles', show: 'principles', onSource: false },
  researchQuestion: { edge: 'investigates', group: 'research', show: 'research', onSource: false },
  assumption: { edge: 'underlies', group: 'assumptions', show: 'evidence', onSource: false },
  evidence: { edge: 'supports', group: 'evidence', show: 'evidence', onSource: false },
};

const emptyAnnotations = (): BoxAnnotations => ({ indicators: [], partners: [], principles: [], research: [], assumptions: [], evidence: [] });

/**
 * Which nodes of a view become chips or badges on which box. Indicators go on what they measure,
 * partners on what they deliver, research questions, assumptions and evidence on the box they
 * concern (a link's target box when they concern a causal link), and principles, which guide the
 * whole call to action, on the view's call to action box (`stripOn`) when it is drawn. A node that
 * has no link to a drawn box stays a box, so nothing disappears from the view.
 */
export function getAnnotations(plan: Plan, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>, show: ShowSettings, stripOn?: string): Annotations {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const byBox = new Map<string, BoxAnnotations>();
  // Hosts first: what each annotation node is attached to, in the plan's link order.
  const hosts = new Map<string, string[]>();
  const linksOf = new Map<string, string[]>();
  for (const id of edgeIds) {
    const edge = plan.edges.get(id);
    if (!edge) continue;
    for (const end of [edge.source, edge.target]) {
      const node = plan.nodes.get(end);
      const rule = node && ATTACHMENTS[node.kind];
      if (!rule || show[rule.show] || edge.kind !== rule.edge) continue;
      const other = rule.onSource ? edge.source : (plan.edges.get(edge.target)?.target ?? edge.target);
      if ((rule.onSource ? edge.target : edge.source) !== end) continue;
      if (!nodeIds.has(other) || other === end) continue;
      hosts.set(end, [...(hosts.get(end) ?? []), other]);
      linksOf.set(end, [...(linksOf.get(end) ?? []), id]);
    }
  }
  for (const [id, hostIds] of hosts) {
    const node = plan.nodes.get(id)!;
    const rule = ATTACHMENTS[node.kind]!;
    // An annotation whose host is itself an annotation (a question about an indicator) sits on that host's host.
    const resolved = new Set<string>();
    for (const host of hostIds) {
      const hostNode = plan.nodes.get(host);
      if (hostNode && ATTACHMENTS[hostNode.kind] && hosts.has(host)) for (const outer of hosts.get(host)!) resolved.add(outer);
      else resolved.add(host);
    }
    if (rule.group === 'principles' && stripOn !== undefined && nodeIds.has(stripOn)) {
      resolved.clear();
      resolved.add(stripOn);
    }
    hiddenNodes.add(id);
    for (const edgeId of linksOf.get(id) ?? []) hiddenEdges.add(edgeId);
    for (const host of resolved) {
      let box = byBox.get(host);
      if (!box) byBox.set(host, (box = emptyAnnotations()));
      if (!box[rule.group].some((chip) => chip.id === id)) box[rule.group].push(chipOf(node));
    }
  }
  // Any other link touching a hidden node (e.g. evidence behind an assumption) goes with it.
  for (const id of edgeIds) {
    const edge = plan.edges.get(id);
    if (edge && (hiddenNodes.has(edge.source) || hiddenNodes.has(plan.edges.get(edge.target)?.target ?? edge.target))) hiddenEdges.add(id);
  }
  return { hiddenNodes, hiddenEdges, byBox };
}

/**
 * A node as a chip. An indicator with readings and a target carries its status (met, on track, off
 * track), so the picture shows progress where the logic is; "no target" would only crowd out the name.
 */
function chipOf(node: PlanNode): Chip {
  if (node.kind === 'indicator' && (node.measurements?.length ?? 0) > 0) {
    const { status } = getTargetStatus(node);
    if (status !== 'noTarget' && status !== 'noData') return { id: node.id, title: node.title, status };
  }
  return { id: node.id, title: node.title };
}

import type { PlanEdge } from '../../model/edges.js';
import type { PlanLevel } from '../../model/levels.js';
import type { NodeKind } from '../../model/node-kinds.js';
import type { OutcomeHorizon, PlanNode } from '../../model/nodes.js';
import type { Plan } from '../../model/plan.js';
import { Table } from '../../model/table.js';

/**
 * Test fixtures shaped like a programme theory of change drawn in ToC-Maker and brought in by
 * Changemap's importer: each section a level, each box a box on its section's level, each
 * connection a causal link with its confidence, and each connection's evidence and assumptions
 * notes as evidence and assumption boxes on that link (with no citation: the tool has no field
 * for one). No indicators, as in most charts drawn before measurement is decided.
 */

/** A section of the chart: its level, and what its boxes become. */
export interface Section {
  id: string;
  title: string;
  kind: Extract<NodeKind, 'action' | 'output' | 'outcome' | 'aim' | 'vision'>;
  horizon?: OutcomeHorizon;
}

/** A connection: to a box id, with confidence (0–100), evidence notes and assumption notes. */
export type Connection = string | { to: string; confidence?: number; evidence?: string[]; assumptions?: string[] };

/** A box: id, title, the section it is in, and where it leads. */
export interface Box {
  id: string;
  title: string;
  section: string;
  to: Connection[];
}

export interface Chart {
  title: string;
  sections: Section[];
  boxes: Box[];
}

/** The plan the importer makes of a chart (ids as the importer makes them: `contributesTo:<from>:<to>`). */
export function chartToPlan(chart: Chart): Plan {
  const sections = new Map(chart.sections.map((section) => [section.id, section]));
  const document = chart.title;
  const nodes: PlanNode[] = [];
  const edges: PlanEdge[] = [];
  for (const box of chart.boxes) {
    const section = sections.get(box.section)!;
    nodes.push({
      id: box.id,
      kind: section.kind,
      title: box.title,
      level: section.id,
      provenance: { document, section: section.title },
      ...(section.horizon && { horizon: section.horizon }),
    } as PlanNode);
  }
  let notes = 0;
  for (const box of chart.boxes) {
    for (const connection of box.to) {
      const { to, confidence, evidence = [], assumptions = [] } = typeof connection === 'string' ? { to: connection } : connection;
      const id = `contributesTo:${box.id}:${to}`;
      edges.push({ id, kind: 'contributesTo', source: box.id, target: to, ...(confidence !== undefined && { confidence }) });
      const where = { document, section: `The connection from “${box.title}” to its next step` };
      for (const text of evidence) {
        const noteId = `evidence-${++notes}`;
        nodes.push({ id: noteId, kind: 'evidence', title: text, provenance: where });
        edges.push({ id: `supports:${noteId}`, kind: 'supports', source: noteId, target: id });
      }
      for (const text of assumptions) {
        const noteId = `assumption-${++notes}`;
        nodes.push({ id: noteId, kind: 'assumption', title: text, provenance: where });
        edges.push({ id: `underlies:${noteId}`, kind: 'underlies', source: noteId, target: id });
      }
    }
  }
  const levels: PlanLevel[] = chart.sections.map(({ id, title }) => ({ id, title }));
  return {
    id: 'programme',
    title: chart.title,
    levels,
    checker: { profile: 'programme' },
    nodes: Table.fromValues(nodes),
    edges: Table.fromValues(edges),
    views: {},
  };
}

/** The boxes the chart itself drew (not the evidence and assumption notes on its connections). */
export function countSourceBoxes(chart: Chart): number {
  return chart.boxes.length;
}

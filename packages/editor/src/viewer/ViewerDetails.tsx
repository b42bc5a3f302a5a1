import { EDGE_KIND_LABELS, getGraphIndex, getIndicatorsOf, incomingEdges, outgoingEdges } from '@changemap/core';
import type { Plan, PlanEdge, PlanNode } from '@changemap/core';
import { useMemo } from 'react';
import { KIND_LOOK } from '../components/kinds.js';
import { viewFor } from '../components/Outline.js';
import { useEditor, useEditorStore } from '../state/use-editor.js';

/** The selected box's details, read-only: what it is, what it says, how it is measured and what it links to. */
export function ViewerDetails() {
  const node = useEditor((s) => (s.selectedNodeId ? s.plan.nodes.get(s.selectedNodeId) : undefined));
  const edge = useEditor((s) => (s.selectedEdgeId ? s.plan.edges.get(s.selectedEdgeId) : undefined));
  return (
    <section className="viewer-details" aria-label="Details" aria-live="polite">
      {node ? (
        <NodeDetails node={node} />
      ) : edge ? (
        <EdgeDetails edge={edge} />
      ) : (
        <p className="muted">Select a box to read its details and see its pathways highlighted.</p>
      )}
    </section>
  );
}

function NodeDetails({ node }: { node: PlanNode }) {
  const nodes = useEditor((s) => s.plan.nodes);
  const edges = useEditor((s) => s.plan.edges);
  const plan = useEditor((s) => s.plan);
  // Links change only with the plan's links, not when boxes move.
  const links = useMemo(() => linksOf(plan, node.id), [nodes, edges, node.id]);
  const indicators = useMemo(() => getIndicatorsOf(plan, node.id), [nodes, edges, node.id]);
  const look = KIND_LOOK[node.kind];
  const number = node.kind === 'callToAction' || node.kind === 'priority' ? node.number : undefined;
  return (
    <article className="viewer-node">
      <p className={`viewer-kind kind-${node.kind}`}>
        <span aria-hidden="true">{look.icon}</span> {look.label}
        {number !== undefined && ` ${number}`}
      </p>
      <h2 className="viewer-node-title">{node.title || 'Untitled'}</h2>
      {node.description && <p className="viewer-description">{node.description}</p>}
      {node.kind === 'indicator' && <IndicatorFacts node={node} />}
      {node.tags && node.tags.length > 0 && <p className="muted">Tags: {node.tags.join(', ')}</p>}
      {indicators.length > 0 && (
        <>
          <h3>Measured by</h3>
          <ul className="viewer-links">
            {indicators.map((indicator) => (
              <li key={indicator.id}>
                <BoxButton node={indicator} />
              </li>
            ))}
          </ul>
        </>
      )}
      {groupByLabel(links).map(([label, group]) => (
        <section key={label} aria-label={label}>
          <h3>{label}</h3>
          <ul className="viewer-links">
            {group.map(({ edge, other }) => (
              <li key={edge.id}>{other ? <BoxButton node={other} /> : <span>a link between boxes</span>}</li>
            ))}
          </ul>
        </section>
      ))}
      {node.provenance && (
        <p className="viewer-provenance muted">
          From: {node.provenance.document}
          {node.provenance.section && `, ${node.provenance.section}`}
          {node.provenance.page !== undefined && `, page ${node.provenance.page}`}
        </p>
      )}
    </article>
  );
}

function IndicatorFacts({ node }: { node: Extract<PlanNode, { kind: 'indicator' }> }) {
  const unit = node.unit ? ` ${node.unit}` : '';
  const facts: [string, string][] = [];
  if (node.baseline) facts.push(['Baseline', `${node.baseline.value}${unit}${node.baseline.date ? ` (${node.baseline.date})` : ''}`]);
  if (node.target)
    facts.push([
      'Target',
      [node.target.value !== undefined ? `${node.target.value}${unit}` : '', node.target.date ? `by ${node.target.date}` : '', node.target.description ?? '']
        .filter(Boolean)
        .join(' '),
    ]);
  if (node.direction) facts.push(['Better if it goes', node.direction === 'maintain' ? 'nowhere (maintain)' : node.direction === 'increase' ? 'up' : 'down']);
  if (node.dataSource) facts.push(['Data source', node.dataSource.name]);
  if (facts.length === 0) return null;
  return (
    <dl className="viewer-facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function EdgeDetails({ edge }: { edge: PlanEdge }) {
  const source = useEditor((s) => s.plan.nodes.get(edge.source));
  const target = useEditor((s) => s.plan.nodes.get(edge.target));
  return (
    <article className="viewer-node">
      <h2 className="viewer-node-title">Link: {EDGE_KIND_LABELS[edge.kind]}</h2>
      <p>
        {source ? <BoxButton node={source} /> : 'a box'} <span className="muted">{EDGE_KIND_LABELS[edge.kind]}</span>{' '}
        {target ? <BoxButton node={target} /> : 'a link'}
      </p>
      {edge.description && <p className="viewer-description">{edge.description}</p>}
    </article>
  );
}

/** A box named in the details: pressing it selects the box, opening a view that shows it. */
function BoxButton({ node }: { node: PlanNode }) {
  const store = useEditorStore();
  return (
    <button
      type="button"
      className="viewer-box-link"
      onClick={() => {
        const { plan, viewId } = store.getSnapshot();
        store.focusNode(node.id, viewFor(plan, node.id, viewId));
      }}
    >
      <span aria-hidden="true" className={`outline-icon kind-${node.kind}`}>
        {KIND_LOOK[node.kind].icon}
      </span>{' '}
      {node.title || 'Untitled'}
    </button>
  );
}

/** Links under one heading per kind (“Contributes to”, “Helped by” …), in the order first met. */
function groupByLabel(links: LinkLine[]): [string, LinkLine[]][] {
  const groups = new Map<string, LinkLine[]>();
  for (const link of links) groups.set(link.label, [...(groups.get(link.label) ?? []), link]);
  return [...groups];
}

interface LinkLine {
  edge: PlanEdge;
  label: string;
  other: PlanNode | undefined;
}

/** Links into and out of a box, except the indicators listed above, worded from the box's side. */
function linksOf(plan: Plan, id: string): LinkLine[] {
  const index = getGraphIndex(plan);
  const out = outgoingEdges(index, id).map((edge) => ({ edge, label: capitalise(EDGE_KIND_LABELS[edge.kind]), other: plan.nodes.get(edge.target) }));
  const into = incomingEdges(index, id)
    .filter((edge) => edge.kind !== 'measures')
    .map((edge) => ({ edge, label: INCOMING[edge.kind], other: plan.nodes.get(edge.source) }));
  return [...out, ...into];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const INCOMING: Record<PlanEdge['kind'], string> = {
  contributesTo: 'Helped by',
  measures: 'Measured by',
  guides: 'Guided by',
  investigates: 'Investigated by',
  underlies: 'Depends on',
  supports: 'Supported by',
  deliveredBy: 'Delivers',
};

import { EDGE_KIND_LABELS, NODE_KINDS, getPlanLevels, type NodeKind, type Plan } from '@changemap/core';
import { useMemo } from 'react';
import { useEditor } from '../state/use-editor.js';
import { KIND_LOOK, NEGATIVE_LABEL } from './kinds.js';

/** What the plan holds that the legend speaks of: only those are explained. */
interface PlanFeatures {
  kinds: ReadonlySet<NodeKind>;
  negative: boolean;
  partners: boolean;
  levels: readonly string[];
}

function planFeatures(plan: Pick<Plan, 'nodes' | 'edges' | 'levels'>): PlanFeatures {
  const kinds = new Set(plan.nodes.toArray().map((node) => node.kind));
  const edges = plan.edges.toArray();
  return {
    kinds,
    negative: edges.some((edge) => edge.kind === 'contributesTo' && edge.sign === 'negative'),
    partners: edges.some((edge) => edge.kind === 'deliveredBy'),
    levels: getPlanLevels(plan).map((level) => level.title),
  };
}

/** What the shapes, colours and line styles mean — of this plan: kinds it has no box of are not listed. */
export function Legend() {
  const showEvidence = useEditor((s) => s.showEvidence);
  const nodes = useEditor((s) => s.plan.nodes);
  const edges = useEditor((s) => s.plan.edges);
  const levels = useEditor((s) => s.plan.levels);
  // Worked out when boxes, links or levels change, not as boxes move.
  const features = useMemo(() => planFeatures({ nodes, edges, levels }), [nodes, edges, levels]);
  const firstLevel = features.levels[0];
  const lastLevel = features.levels.at(-1);
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul className="legend-kinds">
        {NODE_KINDS.filter((kind) => features.kinds.has(kind)).map((kind) => (
          <li key={kind}>
            <span className={`legend-swatch kind-${kind}`} aria-hidden="true">
              {KIND_LOOK[kind].icon}
            </span>{' '}
            {KIND_LOOK[kind].label}
          </li>
        ))}
      </ul>
      <ul className="legend-edges" aria-label="How sure a causal link is">
        <li>
          <svg width="40" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="40" y2="4" className="legend-line" strokeWidth="2" />
          </svg>{' '}
          strong confidence (70 or more), or none given
        </li>
        <li>
          <svg width="40" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="40" y2="4" className="legend-line" strokeWidth="2" strokeDasharray="8 5" />
          </svg>{' '}
          moderate confidence (40–69)
        </li>
        <li>
          <svg width="40" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="40" y2="4" className="legend-line" strokeWidth="2" strokeDasharray="2 4" />
          </svg>{' '}
          weak confidence (under 40)
        </li>
        {features.negative && (
          <li>
            <svg width="40" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="40" y2="4" className="legend-line" strokeWidth="2" strokeDasharray="10 4" />
            </svg>{' '}
            “{NEGATIVE_LABEL}”: the cause lowers its effect
          </li>
        )}
      </ul>
      <ul className="legend-annotations" aria-label="On the boxes">
        <li>
          <span className="legend-chip">name</span> an indicator that measures the box{features.partners && ', or a partner that delivers it'}
        </li>
        <li>
          <span className="legend-chip">? 2</span> research questions, <span className="legend-chip">! 1</span> assumptions,{' '}
          <span className="legend-chip">✓ 1</span> evidence about the box; <span className="legend-chip">+3</span> more
        </li>
        <li>
          <span className="legend-chip">{features.partners ? '12 partner actions' : '12 actions'}</span> the actions that lead to one
          {features.kinds.has('priority') ? ' priority or' : ''} outcome, folded (Show all unfolds them)
        </li>
        <li>
          <span className="legend-chip">13 outputs</span> boxes of a level too full to read, folded by what they lead to
        </li>
        <li>
          Shaded bands: the plan’s levels{firstLevel && lastLevel && firstLevel !== lastLevel ? `, from ${firstLevel} to ${lastLevel}` : ''}. The Show menu
          draws indicators{features.partners ? ', partners' : ''} and the rest as boxes and links.
        </li>
      </ul>
      <ul className="legend-edges" aria-label="Other links (when shown as boxes)">
        <li>
          <svg width="40" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="40" y2="4" className="legend-line" strokeWidth="2" />
          </svg>{' '}
          {EDGE_KIND_LABELS.contributesTo} (cause → effect)
        </li>
        <li>
          <svg width="40" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="40" y2="4" className="legend-line" strokeDasharray="6 4" />
          </svg>{' '}
          {EDGE_KIND_LABELS.measures}, {EDGE_KIND_LABELS.investigates}
        </li>
        <li>
          <svg width="40" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="40" y2="4" className="legend-line" strokeDasharray="2 4" />
          </svg>{' '}
          {EDGE_KIND_LABELS.guides}, {EDGE_KIND_LABELS.underlies}, {EDGE_KIND_LABELS.deliveredBy}
        </li>
        <li>
          <svg width="40" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="40" y2="4" className="legend-line" strokeDasharray="8 3 2 3" />
          </svg>{' '}
          {EDGE_KIND_LABELS.supports}
        </li>
      </ul>
      {showEvidence && (
        <ul className="legend-evidence" aria-label="Evidence strength">
          {(['weak', 'moderate', 'strong'] as const).map((strength, i) => (
            <li key={strength}>
              <svg width="40" height="12" aria-hidden="true">
                <line x1="0" y1="6" x2="40" y2="6" className="legend-line evidence" strokeWidth={[3.5, 6, 9][i]} />
              </svg>{' '}
              causal link backed by {strength} evidence
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

import { EDGE_KIND_LABELS, NODE_KINDS } from '@changemap/core';
import { useEditor } from '../state/use-editor.js';
import { KIND_LOOK } from './kinds.js';

/** What the shapes, colours and line styles mean. */
export function Legend() {
  const showEvidence = useEditor((s) => s.showEvidence);
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul className="legend-kinds">
        {NODE_KINDS.map((kind) => (
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
      </ul>
      <ul className="legend-annotations" aria-label="On the boxes">
        <li>
          <span className="legend-chip">name</span> an indicator that measures the box, or a partner that delivers it
        </li>
        <li>
          <span className="legend-chip">? 2</span> research questions, <span className="legend-chip">! 1</span> assumptions,{' '}
          <span className="legend-chip">✓ 1</span> evidence about the box; <span className="legend-chip">+3</span> more
        </li>
        <li>
          <span className="legend-chip">12 partner actions</span> a priority’s actions, folded (Show all unfolds them)
        </li>
        <li>
          <span className="legend-chip">13 outputs</span> boxes of a level too full to read, folded by what they lead to
        </li>
        <li>Shaded bands: the levels, from actions to the call to action. The Show menu draws indicators, partners and the rest as boxes and links.</li>
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

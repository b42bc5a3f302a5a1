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
            <span className={`legend-swatch kind-${kind}`} aria-hidden="true">{KIND_LOOK[kind].icon}</span> {KIND_LOOK[kind].label}
          </li>
        ))}
      </ul>
      <ul className="legend-edges">
        <li><svg width="40" height="8" aria-hidden="true"><line x1="0" y1="4" x2="40" y2="4" className="legend-line" strokeWidth="2" /></svg> {EDGE_KIND_LABELS.contributesTo} (cause → effect)</li>
        <li><svg width="40" height="8" aria-hidden="true"><line x1="0" y1="4" x2="40" y2="4" className="legend-line" strokeDasharray="6 4" /></svg> {EDGE_KIND_LABELS.measures}, {EDGE_KIND_LABELS.investigates}</li>
        <li><svg width="40" height="8" aria-hidden="true"><line x1="0" y1="4" x2="40" y2="4" className="legend-line" strokeDasharray="2 4" /></svg> {EDGE_KIND_LABELS.guides}, {EDGE_KIND_LABELS.underlies}, {EDGE_KIND_LABELS.deliveredBy}</li>
        <li><svg width="40" height="8" aria-hidden="true"><line x1="0" y1="4" x2="40" y2="4" className="legend-line" strokeDasharray="8 3 2 3" /></svg> {EDGE_KIND_LABELS.supports}</li>
      </ul>
      {showEvidence && (
        <ul className="legend-evidence" aria-label="Evidence strength">
          {(['weak', 'moderate', 'strong'] as const).map((strength, i) => (
            <li key={strength}>
              <svg width="40" height="12" aria-hidden="true"><line x1="0" y1="6" x2="40" y2="6" className="legend-line evidence" strokeWidth={[3.5, 6, 9][i]} /></svg> causal link backed by {strength} evidence
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

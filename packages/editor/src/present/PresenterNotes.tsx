import type { Plan, PresentationStep } from '@changemap/core';
import { KIND_LOOK } from '../components/kinds.js';

/** Speaker notes for one step: each new box's title and description (or, without one, the quote from the plan it came from). */
export function PresenterNotes({ plan, step }: { plan: Plan; step: PresentationStep }) {
  return (
    <aside className="presenter-notes" aria-label="Speaker notes" data-testid="presenter-notes">
      <h3>{step.title}</h3>
      <ul>
        {step.newNodeIds.map((id) => {
          const node = plan.nodes.get(id);
          if (!node) return null;
          return (
            <li key={id}>
              <p className="presenter-note-title">
                <span className="muted">{KIND_LOOK[node.kind].label}:</span> {node.title}
              </p>
              {node.description ? (
                <p>{node.description}</p>
              ) : node.provenance?.quote ? (
                // No notes written yet: the plan's own words are the next best thing to say.
                <p>
                  “{node.provenance.quote}”{node.provenance.section && <span className="muted"> — {node.provenance.section}</span>}
                </p>
              ) : (
                <p className="muted">No description.</p>
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}

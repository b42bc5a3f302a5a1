import type { Plan, PresentationStep } from '@changemap/core';
import { KIND_LOOK } from '../components/kinds.js';

/** Speaker notes for one step: each new box's title and description, in the plan's order. */
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
              {node.description ? <p>{node.description}</p> : <p className="muted">No description.</p>}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}

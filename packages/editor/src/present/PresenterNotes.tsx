import type { Plan, PlanNode, PresentationStep } from '@changemap/core';
import { KIND_LOOK } from '../components/kinds.js';

/**
 * Speaker notes for one step: the new boxes that have something to say, a description or, without
 * one, the quote from the plan they came from. A group's actions each count as a box. Boxes with
 * nothing are left out (the audience sees their titles on the slide); a step with none says so once.
 */
export function PresenterNotes({ plan, step, membersOf }: { plan: Plan; step: PresentationStep; membersOf: ReadonlyMap<string, readonly string[]> }) {
  const withNotes = step.newNodeIds
    .flatMap((id) => membersOf.get(id) ?? [id])
    .map((id) => plan.nodes.get(id))
    .filter((node): node is PlanNode => !!node && (!!node.description || !!node.provenance?.quote));
  return (
    <aside className="presenter-notes" aria-label="Speaker notes" data-testid="presenter-notes">
      <h3>{step.title}</h3>
      {withNotes.length === 0 ? (
        <p className="muted">No notes for this step.</p>
      ) : (
        <ul>
          {withNotes.map((node) => (
            <li key={node.id}>
              <p className="presenter-note-title">
                <span className="muted">{KIND_LOOK[node.kind].label}:</span> {node.title}
              </p>
              {node.description ? (
                <p>{node.description}</p>
              ) : (
                // No notes written yet: the plan's own words are the next best thing to say.
                <p>
                  “{node.provenance!.quote}”{node.provenance!.section && <span className="muted"> — {node.provenance!.section}</span>}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

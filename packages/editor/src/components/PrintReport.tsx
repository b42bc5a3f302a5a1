import { commands, applyCommand, getSavedPosition } from '@changemap/core';
import type { Plan } from '@changemap/core';
import { useSyncExternalStore } from 'react';
import { placeMissing } from '../adapter/place-missing.js';
import { viewToSvg } from '../export/view-svg.js';
import type { EditorStore } from '../state/editor-store.js';

/**
 * What “Print → Save as PDF” gives: one page per call to action, each with its theory of change
 * as a picture and its open problems. Hidden on screen; the print stylesheet shows only this.
 */
export function PrintReport({ store }: { store: EditorStore }) {
  const plan = useSyncExternalStore(store.subscribe, () => store.getSnapshot().plan);
  const issues = useSyncExternalStore(store.subscribe, () => store.getSnapshot().issues);
  const ctas = plan.nodes.toArray().filter((n) => n.kind === 'callToAction');
  return (
    <div className="print-report changemap-root" data-theme="light" aria-hidden="true">
      {ctas.map((cta) => {
        const laidOut = withPositions(plan, cta.id);
        const { svg } = viewToSvg(laidOut, cta.id, { embedPlan: false });
        const problems = issues.filter((i) => i.severity !== 'info' && i.nodeIds.some((id) => getSavedPosition(laidOut, cta.id, id)));
        return (
          <section key={cta.id} className="print-page">
            <h1>{plan.title}</h1>
            <h2>
              {cta.kind === 'callToAction' && cta.number !== undefined ? `${cta.number}. ` : ''}
              {cta.title}
            </h2>
            <img alt={`Theory of change of ${cta.title}`} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} />
            {problems.length > 0 && (
              <ul>
                {problems.slice(0, 8).map((p, i) => (
                  <li key={i}>
                    <strong>{p.severity}:</strong> {p.message}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** The plan with positions for every box of the view, laying out those never arranged. */
function withPositions(plan: Plan, viewId: string): Plan {
  const missing = placeMissing(plan, viewId);
  if (missing.size === 0) return plan;
  return applyCommand(plan, commands.placeNodes(viewId, missing));
}

import { commands, applyCommand, getSavedPosition, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan } from '@changemap/core';
import { useSyncExternalStore } from 'react';
import { placeMissing } from '../adapter/place-missing.js';
import { cropSvg, planPrintPages } from '../export/print-pages.js';
import { today, viewTitleOf, viewToSvg } from '../export/view-svg.js';
import type { EditorStore } from '../state/editor-store.js';

/**
 * What “Print → Save as PDF” gives for a board paper: each call to action's theory of change with
 * the plan's title, the date, a legend and every box's whole title, on one page (A4, else A3, in
 * the orientation that fits) or, when it would be too small to read, in tiles across A4 pages;
 * then its open problems. Hidden on screen; the print stylesheet shows only this.
 */
export function PrintReport({ store }: { store: EditorStore }) {
  const plan = useSyncExternalStore(store.subscribe, () => store.getSnapshot().plan);
  const issues = useSyncExternalStore(store.subscribe, () => store.getSnapshot().issues);
  const ctas = plan.nodes
    .toArray()
    .filter((n) => n.kind === 'callToAction')
    .sort((a, b) => (a.kind === 'callToAction' && b.kind === 'callToAction' ? (a.number ?? Infinity) - (b.number ?? Infinity) : 0));
  const date = today();
  // A plan without calls to action prints its whole causal graph.
  const views = ctas.length > 0 ? ctas.map((cta) => cta.id) : [WHOLE_PLAN_VIEW];
  return (
    <div className="print-report changemap-root" data-theme="light" aria-hidden="true">
      {views.map((viewId) => {
        const laidOut = withPositions(plan, viewId);
        const { svg, width, height } = viewToSvg(laidOut, viewId, { embedPlan: false, header: false, date });
        const tiles = planPrintPages(width, height);
        const problems = issues.filter((i) => i.severity !== 'info' && i.nodeIds.some((id) => getSavedPosition(laidOut, viewId, id)));
        const title = viewTitleOf(plan, viewId);
        return tiles.map((tile, index) => (
          <section key={`${viewId}:${index}`} className={`print-page page-${tile.paper}-${tile.orientation}`} data-view={viewId}>
            <h1>
              {plan.title} · {date}
            </h1>
            <h2>
              {title}
              {tiles.length > 1 && (
                <span className="print-part">
                  {' '}
                  — part {index + 1} of {tiles.length} (row {tile.row} of {tile.rows}, column {tile.column} of {tile.columns})
                </span>
              )}
            </h2>
            <img
              alt={`Theory of change: ${title}${tiles.length > 1 ? `, part ${index + 1}` : ''}`}
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(cropSvg(svg, tile.viewBox))}`}
            />
            {index === tiles.length - 1 && problems.length > 0 && (
              <ul>
                {problems.slice(0, 8).map((p, i) => (
                  <li key={i}>
                    <strong>{p.severity}:</strong> {p.message}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ));
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

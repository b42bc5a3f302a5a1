import { WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan, ValidationIssue } from '@changemap/core';
import { useSyncExternalStore, type ReactNode } from 'react';
import type { BoardLayout } from '../export/board-layout.js';
import { cropSvg, planPrintPages } from '../export/print-pages.js';
import { legendToSvg, viewTitleOf, viewToSvg } from '../export/view-svg.js';
import type { EditorStore } from '../state/editor-store.js';

/** What a print shows: views laid out for the board paper (by `layOutBoard`), made before the print dialog opens. */
export interface PrintSet {
  plan: Plan;
  date: string;
  boards: { viewId: string; board: BoardLayout }[];
}

/** The views a print shows: the open view, or every call to action when the whole plan is open (the whole plan when it has none). */
export function printViews(plan: Plan, viewId: string, callsToAction: readonly string[]): string[] {
  if (viewId !== WHOLE_PLAN_VIEW) return [viewId];
  return callsToAction.length > 0 ? [...callsToAction] : [WHOLE_PLAN_VIEW];
}

/**
 * What “Print → Save as PDF” gives for a board paper: the view's picture as the canvas draws it,
 * with the plan's title, the date, a legend and every box's whole title, on one page (A4, else A3,
 * in the orientation that fits) or, when it would be too small to read, in tiles across A4 pages
 * followed by a page with the legend (so the legend is never cut between pages); then its open
 * problems. Hidden on screen; the print stylesheet shows only this. Without a prepared set (the
 * browser's own Print menu) it says how to print the picture.
 */
export function PrintReport({ store, set }: { store: EditorStore; set: PrintSet | undefined }) {
  const issues = useSyncExternalStore(store.subscribe, () => store.getSnapshot().issues);
  if (!set)
    return (
      <div className="print-report changemap-root" data-theme="light" aria-hidden="true">
        <section className="print-page page-A4-landscape">
          <h2>To print the theory of change, use the Print button in Changemap’s toolbar (or Ctrl+P).</h2>
        </section>
      </div>
    );
  const { plan, date } = set;
  return (
    <div className="print-report changemap-root" data-theme="light" aria-hidden="true">
      {set.boards.flatMap(({ viewId, board }) => {
        const whole = viewToSvg(plan, viewId, board, { embedPlan: false, header: false, date });
        const single = planPrintPages(whole.width, whole.height);
        // A picture that fits one page carries its legend; a tiled one prints the legend on a page of its own.
        const tiled = single.length > 1;
        const picture = tiled ? viewToSvg(plan, viewId, board, { embedPlan: false, header: false, legend: false, date }) : whole;
        const tiles = tiled ? planPrintPages(picture.width, picture.height) : single;
        const shown = new Set([...board.boxes.map((b) => b.box.id), ...board.drawn.foldedBoxes]);
        const problems = issues.filter((i) => i.severity !== 'info' && i.nodeIds.some((id) => shown.has(id)));
        const title = viewTitleOf(plan, viewId);
        const pages = tiles.map((tile, index) => (
          <section key={`${viewId}:${index}`} className={`print-page page-${tile.paper}-${tile.orientation}`} data-view={viewId}>
            <PageHeadings plan={plan} date={date} title={title}>
              {tiles.length > 1 && (
                <span className="print-part">
                  {' '}
                  — part {index + 1} of {tiles.length} (row {tile.row} of {tile.rows}, column {tile.column} of {tile.columns})
                </span>
              )}
            </PageHeadings>
            <img
              alt={`Theory of change: ${title}${tiles.length > 1 ? `, part ${index + 1}` : ''}`}
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(cropSvg(picture.svg, tile.viewBox))}`}
            />
            {!tiled && <Problems problems={problems} />}
          </section>
        ));
        if (!tiled) return pages;
        const legend = legendToSvg(board, Math.min(picture.width, 1400));
        return [
          ...pages,
          <section key={`${viewId}:legend`} className="print-page print-legend page-A4-landscape" data-view={viewId}>
            <PageHeadings plan={plan} date={date} title={title}>
              <span className="print-part"> — legend</span>
            </PageHeadings>
            <img alt="Legend" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(legend.svg)}`} />
            <Problems problems={problems} />
          </section>,
        ];
      })}
    </div>
  );
}

function PageHeadings({ plan, date, title, children }: { plan: Plan; date: string; title: string; children?: ReactNode }) {
  return (
    <>
      <h1>
        {plan.title} · {date}
      </h1>
      <h2>
        {title}
        {children}
      </h2>
    </>
  );
}

function Problems({ problems }: { problems: readonly ValidationIssue[] }) {
  if (problems.length === 0) return null;
  return (
    <ul>
      {problems.slice(0, 8).map((p, i) => (
        <li key={i}>
          <strong>{p.severity}:</strong> {p.message}
        </li>
      ))}
    </ul>
  );
}

import { ReactFlowProvider } from '@xyflow/react';
import type { Plan } from '@changemap/core';
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Canvas } from '../components/Canvas.js';
import { Legend } from '../components/Legend.js';
import { NoticeBar } from '../components/NoticeBar.js';
import { SidePanel } from '../components/SidePanel.js';
import { createElkRunner, runElk } from '../layout/elk-runner.js';
import type { LayoutWorkerFactory } from '../layout/elk-worker-factory.js';
import { createPictureLayout } from '../picture/picture-layout.js';
import { getPictureStore, usePicture } from '../picture/picture-store.js';
import { Presenter } from '../present/Presenter.js';
import { EditorStore } from '../state/editor-store.js';
import { ColourModeContext, EditorContext } from '../state/use-editor.js';
import { getPathwayIds, getViewerViews, highlightRules } from './viewer-model.js';
import { ViewerDetails } from './ViewerDetails.js';
import { ViewerFindings } from './ViewerFindings.js';
import { ViewerNav } from './ViewerNav.js';
import { ViewerSearch } from './ViewerSearch.js';

export interface ChangemapViewerProps {
  /** The plan to show. It is never changed: the viewer only reads it. */
  plan: Plan;
  /** The view to open: a call to action's id, or `WHOLE_PLAN_VIEW`. By default the first call to action. */
  view?: string;
  /** Called when the reader opens another view (from the navigation, a search result or the details). */
  onViewChange?: (view: string) => void;
  /** Light or dark colours, or follow the system (the default). */
  colourMode?: 'system' | 'light' | 'dark';
  /**
   * Makes the Web Worker that lays out views whose boxes have no saved places, as for
   * `ChangemapEditor`. A page opened from a file passes a worker made from a Blob URL.
   */
  layoutWorker?: LayoutWorkerFactory;
  /** The heading level of the plan's title (default 1, for a page of its own; 2 inside a page). */
  headingLevel?: 1 | 2;
}

/**
 * A read-only theory of change: the plan's calls to action with navigation between them, the
 * diagram (drawn by the editor's own canvas), legend, search, the selected box's details with
 * its pathways highlighted, and a summary of the checker's findings. It writes nothing back,
 * saves nothing and listens to no keys outside itself, so several can sit on one page.
 */
export function ChangemapViewer({ plan, view, onViewChange, colourMode = 'system', layoutWorker, headingLevel = 1 }: ChangemapViewerProps) {
  const [store] = useState(() => {
    // The viewer's own store: layouts it computes stay inside it and never reach the host's plan.
    const created = new EditorStore(plan, view ?? getViewerViews(plan)[0]?.id);
    created.setLayoutEngine(createPictureLayout(created, layoutWorker ? createElkRunner(layoutWorker) : runElk));
    return created;
  });
  // A new plan from the host replaces the shown one (the store's own copy gains layouts, so compare with the last given).
  const given = useRef(plan);
  useEffect(() => {
    if (given.current === plan) return;
    given.current = plan;
    store.replace(plan, undefined, view ?? getViewerViews(plan)[0]?.id);
  }, [plan, store, view]);
  useEffect(() => {
    if (view !== undefined && store.getSnapshot().viewId !== view) store.openView(view);
  }, [view, store]);

  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  // Tell the host about every view the reader opens: from the navigation, a search result or a link in the details.
  const shownView = useRef(snapshot.viewId);
  useEffect(() => {
    if (shownView.current === snapshot.viewId) return;
    shownView.current = snapshot.viewId;
    onViewChange?.(snapshot.viewId);
  }, [snapshot.viewId, onViewChange]);
  const key = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const scope = `[data-viewer="${key}"]`;
  const [matches, setMatches] = useState<ReadonlySet<string>>(new Set());
  // The same presentation as the editor's, of the view the reader has open.
  const [presenting, setPresenting] = useState<{ pathwayOf?: string }>();
  const selected = snapshot.selectedNodeId ? snapshot.plan.nodes.get(snapshot.selectedNodeId) : undefined;
  const pathway = useMemo(
    () => (snapshot.selectedNodeId ? getPathwayIds(snapshot.plan, snapshot.selectedNodeId) : new Set<string>()),
    // Only the boxes and links matter, not their places.
    [snapshot.plan.nodes, snapshot.plan.edges, snapshot.selectedNodeId],
  );
  const highlight = [
    highlightRules(scope, pathway, 'box-shadow: 0 0 0 4px color-mix(in srgb, var(--accent) 45%, transparent);'),
    highlightRules(scope, matches, 'outline: 3px dashed var(--accent); outline-offset: 4px;'),
  ].join('\n');
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  // As in the editor: a view whose levels need the page's whole width opens with the details folded (Canvas decides).
  const picture = getPictureStore(store);
  // On a narrow page the details sit below the diagram, where folding them frees no width.
  const roomFolded = usePicture(picture, (s) => s.roomFolds.get(snapshot.viewId)?.has('details') ?? false) && !narrowPage();
  const [detailsChosen, setDetailsChosen] = useState(true);
  const detailsOpen = detailsChosen && !roomFolded;
  const toggleDetails = () => {
    if (detailsOpen) return setDetailsChosen(false);
    setDetailsChosen(true);
    if (roomFolded) picture.reopenPanels(snapshot.viewId, ['details']);
  };

  return (
    <EditorContext.Provider value={store}>
      <ColourModeContext.Provider value={colourMode}>
        <ReactFlowProvider>
          <div className="changemap-viewer changemap-root" data-viewer={key}>
            <style>{highlight}</style>
            <header className="viewer-header">
              <div className="viewer-heading">
                <Title className="viewer-title">{plan.title || 'Untitled plan'}</Title>
                {plan.period && !plan.title.includes(plan.period) && <p className="viewer-period">{plan.period}</p>}
                {plan.description && (
                  <details className="viewer-about">
                    <summary>About this plan</summary>
                    <p>{plan.description}</p>
                  </details>
                )}
              </div>
              <ViewerSearch onMatches={setMatches} />
              <div className="viewer-present">
                <button
                  type="button"
                  onClick={() => setPresenting({})}
                  title="Show this theory of change level by level, full screen (arrow keys step, N notes, Esc leaves)"
                >
                  <span aria-hidden="true">▶</span> Present
                </button>
                {selected && (
                  <button
                    type="button"
                    onClick={() => setPresenting({ pathwayOf: selected.id })}
                    title={`Present the pathways through “${selected.title}”, from its actions to the vision`}
                  >
                    <span aria-hidden="true">▶</span> Present pathway
                  </button>
                )}
              </div>
            </header>
            <ViewerNav onOpen={(id) => store.openView(id)} />
            <NoticeBar />
            <div className="viewer-body">
              <section className="editor-main viewer-main" aria-label="Diagram">
                <Canvas readOnly />
                <Legend />
              </section>
              <aside className="viewer-aside" aria-label="Details and findings">
                <SidePanel side="right" name="Details" open={detailsOpen} onToggle={toggleDetails} className="viewer-side">
                  <ViewerDetails />
                  <ViewerFindings />
                </SidePanel>
              </aside>
            </div>
          </div>
          {presenting && (
            <Presenter
              plan={snapshot.plan}
              viewId={snapshot.viewId}
              {...(presenting.pathwayOf !== undefined && { pathwayOf: presenting.pathwayOf })}
              colourMode={colourMode}
              folds={getPictureStore(store).settings(snapshot.viewId).folds}
              onExit={() => setPresenting(undefined)}
            />
          )}
        </ReactFlowProvider>
      </ColourModeContext.Provider>
    </EditorContext.Provider>
  );
}

/** The page is narrow enough that the details sit below the diagram (viewer.css). */
function narrowPage(): boolean {
  return typeof window !== 'undefined' && (window.matchMedia?.('(max-width: 900px)').matches ?? false);
}

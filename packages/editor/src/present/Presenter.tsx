import { getViewDirection, NODE_KINDS, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan } from '@changemap/core';
import { getViewportForBounds, ReactFlow, ReactFlowProvider, useReactFlow, useStore, useStoreApi, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { RoutedEdge } from '../picture/RoutedEdge.js';
import type { FlowNode } from '../adapter/to-flow.js';
import { boxPictureOf, type GroupNodeData, type PictureNode, type RoutedFlowEdge } from '../picture/to-picture.js';
import { PresentedDirection, PresentedGroup, PresentedNode } from './PresentedBoxes.js';
import { PresenterNotes } from './PresenterNotes.js';
import { presentationFlow } from './presentation-flow.js';
import { layoutPresentation } from './presentation-layout.js';
import { getPresentationScope } from './presentation-scope.js';
import { estimateBoxHeight, rowHeightFor } from './presentation-spacing.js';
import { usePresenterKeys } from './use-presenter-keys.js';

const NODE_TYPES: NodeTypes = { ...Object.fromEntries(NODE_KINDS.map((kind) => [kind, PresentedNode])), actionGroup: PresentedGroup };
/** Links as the picture draws them without a layout's routes: orthogonal steps, never long curves. */
const EDGE_TYPES: EdgeTypes = { routed: RoutedEdge };

export interface PresenterProps {
  /** The plan to present. Read only: the presenter never changes it. */
  plan: Plan;
  /** The view to present: a call to action's id, or `'plan'` for the whole plan. */
  viewId: string;
  /** Present only the pathways through this box, from its actions up to the vision. */
  pathwayOf?: string;
  /** Called when the presenter leaves (Escape, the Exit button, or leaving full screen). */
  onExit: () => void;
  /** React Flow's colour mode; the page's own theme variables colour the boxes. */
  colourMode?: 'system' | 'light' | 'dark';
  /** Ask the browser for full screen (default true); where it refuses, the presenter fills the window. */
  fullscreen?: boolean;
  /** Groups of actions folded or unfolded by hand on the canvas (group id → folded); others fold as the picture does by default. */
  folds?: ReadonlyMap<string, boolean>;
}

/**
 * A presentation of one view's theory of change: the diagram fills the window, and the arrow keys
 * add one level at a time, from the actions to the vision (or along the pathways through one
 * box), with the newest level highlighted, a step counter and the boxes' descriptions as speaker
 * notes (N). Keyboard focus moves in on opening, so the keys work without a click, and returns
 * where it was on leaving. Takes a plan and a view, not the editor, so a read-only page can use it.
 */
export function Presenter(props: PresenterProps) {
  return createPortal(
    <ReactFlowProvider>
      <PresenterStage {...props} />
    </ReactFlowProvider>,
    document.body,
  );
}

function PresenterStage({ plan, viewId, pathwayOf, onExit, colourMode = 'system', fullscreen = true, folds }: PresenterProps) {
  const root = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const scope = useMemo(() => getPresentationScope(plan, viewId, pathwayOf, folds), [plan, viewId, pathwayOf, folds]);
  const { flow: base, steps, membersOf } = scope;
  // Levels run as in the view: left to right, or top to bottom when the view is turned that way.
  const direction = getViewDirection(plan, viewId) === 'down' ? 'DOWN' : 'RIGHT';
  // Rows are spaced for the tallest box: estimated first, then as the browser drew it, should it be taller.
  const [measuredTallest, setMeasuredTallest] = useState(0);
  const tallest = useMemo(() => Math.max(measuredTallest, ...base.nodes.map(heightOf)), [base, measuredTallest]);
  const placed = useMemo(() => {
    const positions = layoutPresentation(steps, direction, rowHeightFor(tallest));
    return { nodes: base.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })), edges: base.edges };
  }, [base, steps, tallest, direction]);
  const [index, setIndex] = useState(0);
  const [notesOpen, setNotesOpen] = useState(false);
  const [overview, setOverview] = useState(false);
  const step = steps[Math.min(index, steps.length - 1)];
  const { nodes, edges } = useMemo(() => presentationFlow(placed, step), [placed, step]);

  // The camera frames the newest level with the one before it, so each step reads at a good size;
  // the overview (O) frames everything shown so far.
  const inFocus = useMemo(
    () => (overview ? (step?.shownNodeIds ?? new Set<string>()) : new Set([...(steps[index - 1]?.newNodeIds ?? []), ...(step?.newNodeIds ?? [])])),
    [steps, index, step, overview],
  );
  const go = (to: number) => setIndex(Math.max(0, Math.min(steps.length - 1, to)));
  usePresenterKeys(root, {
    next: () => setIndex((i) => Math.min(steps.length - 1, i + 1)),
    previous: () => setIndex((i) => Math.max(0, i - 1)),
    first: () => setIndex(0),
    last: () => setIndex(Math.max(0, steps.length - 1)),
    toggleNotes: () => setNotesOpen((open) => !open),
    toggleOverview: () => setOverview((on) => !on),
    exit: onExit,
  });
  useFullscreen(root, fullscreen, onExit);

  const viewTitle = viewId === WHOLE_PLAN_VIEW ? plan.title : (plan.nodes.get(viewId)?.title ?? plan.title);
  const through = pathwayOf ? plan.nodes.get(pathwayOf)?.title : undefined;
  const counter = steps.length === 0 ? '0 / 0' : `${index + 1} / ${steps.length}`;
  const newTitles = step?.newNodeIds.map((id) => boxTitle(plan, id, membersOf)) ?? [];

  return (
    <div
      ref={root}
      className={`presenter changemap-root${notesOpen ? ' with-notes' : ''}`}
      data-theme={colourMode === 'system' ? undefined : colourMode}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-testid="presenter"
    >
      <header className="presenter-bar">
        <div className="presenter-heading">
          {/* Clamped to keep the header's height from step to step; the whole title is its tooltip and is read out. */}
          <h2 id={titleId} title={viewTitle}>
            {viewTitle}
          </h2>
          {through && <p className="presenter-pathway">Pathways through “{through}”</p>}
        </div>
        <p className="presenter-level">{step?.title ?? 'Nothing to present'}</p>
        <p className="presenter-counter" data-testid="presenter-counter">
          {counter}
        </p>
        <div className="presenter-actions">
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0} aria-keyshortcuts="ArrowLeft">
            ◀ Previous
          </button>
          <button type="button" onClick={() => go(index + 1)} disabled={index >= steps.length - 1} aria-keyshortcuts="ArrowRight">
            Next ▶
          </button>
          <button type="button" aria-pressed={overview} onClick={() => setOverview((on) => !on)} aria-keyshortcuts="O">
            Overview
          </button>
          <button type="button" aria-pressed={notesOpen} onClick={() => setNotesOpen((open) => !open)} aria-keyshortcuts="N">
            Notes
          </button>
          <button type="button" onClick={onExit} aria-keyshortcuts="Escape">
            Exit
          </button>
        </div>
      </header>
      <div className="presenter-stage">
        {steps.length === 0 ? (
          <p className="presenter-empty">Nothing to present: this view has no boxes on the levels of a theory of change.</p>
        ) : (
          <PresentedDirection.Provider value={direction}>
            <ReactFlow<PictureNode, RoutedFlowEdge>
              nodes={nodes}
              edges={edges}
              nodeTypes={NODE_TYPES}
              edgeTypes={EDGE_TYPES}
              nodesDraggable={false}
              nodesConnectable={false}
              nodesFocusable={false}
              edgesFocusable={false}
              elementsSelectable={false}
              deleteKeyCode={null}
              selectionKeyCode={null}
              multiSelectionKeyCode={null}
              disableKeyboardA11y
              zoomOnDoubleClick={false}
              minZoom={0.1}
              maxZoom={2}
              colorMode={colourMode}
              fitView
              fitViewOptions={fitOptions(inFocus)}
              proOptions={{ hideAttribution: true }}
            >
              <FollowStep shown={inFocus} newest={overview ? undefined : step?.newNodeIds} notesOpen={notesOpen} tallest={tallest} />
              <MeasureTallest onTaller={setMeasuredTallest} />
            </ReactFlow>
          </PresentedDirection.Provider>
        )}
      </div>
      {notesOpen && step && <PresenterNotes plan={plan} step={step} membersOf={membersOf} />}
      <p className="presenter-hint" aria-hidden="true">
        {direction === 'DOWN' ? '↑ ↓' : '← →'} step · O overview · N notes · Esc leave
      </p>
      <div className="visually-hidden" role="status" data-testid="presenter-announcer">
        {step ? `Step ${index + 1} of ${steps.length}: ${step.title}. ${newTitles.length} new: ${newTitles.join('; ')}.` : ''}
      </div>
    </div>
  );
}

/** The room a box needs on a slide (see estimateBoxHeight). */
function heightOf(node: PictureNode): number {
  if (node.type === 'actionGroup') return estimateBoxHeight('13 partner actions', (node.data as GroupNodeData).annotations) + 8; // its double border
  const data = node.data as FlowNode['data'];
  return estimateBoxHeight(data.node.title, boxPictureOf(data)?.annotations);
}

/** What the screen reader hears for a new box: its title, or for a group how many actions it holds. */
function boxTitle(plan: Plan, id: string, membersOf: ReadonlyMap<string, readonly string[]>): string {
  const node = plan.nodes.get(id);
  if (node) return node.title;
  const actions = membersOf.get(id) ?? [];
  const parent = id.startsWith('group:') ? plan.nodes.get(id.slice('group:'.length))?.title : undefined;
  return `${actions.length} actions${parent ? ` towards ${parent}` : ''}`;
}

/**
 * Reports the tallest box as drawn (boxes not shown yet are drawn too, hidden), when it is taller
 * than any before: the estimate can fall short (a long word, a font), and boxes must never overlap.
 */
function MeasureTallest({ onTaller }: { onTaller: (height: number) => void }) {
  const tallest = useStore((s) => {
    let max = 0;
    for (const node of s.nodeLookup.values()) max = Math.max(max, node.measured?.height ?? 0);
    return Math.ceil(max);
  });
  useEffect(() => {
    if (tallest > 0) onTaller(tallest);
  }, [tallest, onTaller]);
  return null;
}

/**
 * Moves the camera to the boxes in focus at each step, when the notes open or close and when rows
 * open up (React Flow's own `fitView` does the first). The newest level is framed with the one
 * before it when both fit with titles readable; when not (a chart's many outputs, then its many
 * outcomes), the newest level alone: the audience reads what was just added.
 */
function FollowStep({
  shown,
  newest,
  notesOpen,
  tallest,
}: {
  shown: ReadonlySet<string> | undefined;
  newest: readonly string[] | undefined;
  notesOpen: boolean;
  tallest: number;
}) {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!shown || shown.size === 0) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // The notes panel narrows the stage: refit after the layout has changed.
    const frame = requestAnimationFrame(() => {
      const { width, height } = flowStore.getState();
      const { zoom } = getViewportForBounds(flow.getNodesBounds([...shown]), width, height, 0, Infinity, FIT_PADDING);
      const framed = newest && newest.length > 0 && zoom < PRESENTED_READABLE_ZOOM ? new Set(newest) : shown;
      void flow.fitView({ ...fitOptions(framed), duration: reduce ? 0 : 350 });
    });
    return () => cancelAnimationFrame(frame);
  }, [shown, newest, notesOpen, tallest, flow, flowStore]);
  return null;
}

/** Box titles on a slide are 15 px (lens.css): below this zoom they are under 11 px on screen. */
const PRESENTED_READABLE_ZOOM = 11 / 15;
const FIT_PADDING = 0.12;

/** Fits the boxes shown, never closer than a little over full size. */
function fitOptions(shown: ReadonlySet<string> | undefined) {
  return { nodes: [...(shown ?? [])].map((id) => ({ id })), padding: FIT_PADDING, maxZoom: 1.2, minZoom: 0.1 };
}

/**
 * Full screen where the browser allows it (it needs the click or key that opened the presenter);
 * leaving full screen (the browser's own Escape) leaves the presentation too.
 */
function useFullscreen(root: RefObject<HTMLDivElement | null>, wanted: boolean, onExit: () => void): void {
  const exit = useRef(onExit);
  exit.current = onExit;
  useEffect(() => {
    const element = root.current;
    if (!wanted || !element || !document.fullscreenEnabled || typeof element.requestFullscreen !== 'function') return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === element) entered = true;
      else if (entered) {
        entered = false;
        exit.current();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    element.requestFullscreen().catch(() => undefined); // refused: the overlay already fills the window
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === element) void document.exitFullscreen().catch(() => undefined);
    };
  }, [root, wanted]);
}

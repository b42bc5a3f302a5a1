import {
  ControlButton,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type NodeChange,
  type NodeTypes,
  type EdgeChange,
  type EdgeTypes,
  type Node,
} from '@xyflow/react';
import { NODE_KINDS, commands } from '@changemap/core';
import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { toFlow, type FlowEdge, type FlowNode } from '../adapter/to-flow.js';
import { useLensClasses } from '../lens/use-lens-classes.js';
import { ColourModeContext, useEditor, useEditorStore } from '../state/use-editor.js';
import { KIND_COLOURS } from './kinds.js';
import { PlanNodeView } from './PlanNodeView.js';
import { takeRememberedViewport } from '../storage/view-memory.js';
import { DotGrid } from '../picture/DotGrid.js';
import { GroupNodeView } from '../picture/GroupNodeView.js';
import { LevelBands } from '../picture/LevelBands.js';
import { PinnedBandLabels } from '../picture/PinnedBandLabels.js';
import { RoutedEdge } from '../picture/RoutedEdge.js';
import { ShowMenu } from '../picture/ShowMenu.js';
import { BoxMeasurer } from '../picture/BoxMeasurer.js';
import { OverviewMap } from '../picture/OverviewMap.js';
import type { PictureNode } from '../picture/to-picture.js';
import type { ActionGroup } from '../picture/drawn-view.js';
import { useMeasuredBoxes } from '../picture/use-measured-boxes.js';
import { useLinksNearView } from '../picture/use-links-near-view.js';
import { isTidying } from './use-tidy-layout.js';
import { levelRoom, READABLE_ZOOM, usePictureFlow, useRelayoutOnMeasure } from '../picture/use-picture-flow.js';
import { useForgetFit, usePictureFit, useRefitOnResize } from './use-picture-fit.js';
import { useRoomForLevels } from './use-room-for-levels.js';

const NODE_TYPES: NodeTypes = { ...Object.fromEntries(NODE_KINDS.map((kind) => [kind, PlanNodeView])), actionGroup: GroupNodeView };
const EDGE_TYPES: EdgeTypes = { routed: RoutedEdge };
/** React Flow's own fit button's picture (four corners). */
function FitViewIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
      <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
    </svg>
  );
}

/** A box's colour on the overview map: its kind's. */
const kindColour = (node: Node) => KIND_COLOURS[node.type as keyof typeof KIND_COLOURS] ?? '#888';
/**
 * The boxes of the one group that was folded before and is drawn unfolded now (none when several
 * changed — Unfold all, a new view — or a group went away because its level no longer needs it).
 */
function newlyUnfolded(before: readonly ActionGroup[], now: readonly ActionGroup[]): readonly string[] {
  const unfoldedNow = new Set(now.filter((g) => !g.folded).map((g) => g.id));
  const opened = before.filter((g) => g.folded && unfoldedNow.has(g.id));
  return opened.length === 1 ? opened[0]!.memberIds : [];
}

/** From this many boxes React Flow draws only what is in view, and is given only the links near it. */
const LARGE_VIEW = 300;
/** A small view fits on screen whole; the overview map would only hide part of it. */
const MINIMAP_FROM = 60;

/**
 * The diagram of the open view. React Flow is fed from the plan through `toFlow`; what the officer
 * does on it (drag, connect, delete, select) goes back as core commands, so the plan stays the only
 * source of truth and every change can be undone.
 */
export function Canvas({ readOnly: readOnlyView = false }: { readOnly?: boolean } = {}) {
  // A shared plan the officer may only view or comment on is read-only as well.
  const readOnly = useEditor((s) => s.readOnly) || readOnlyView;
  const store = useEditorStore();
  // React Flow names its markers, patterns and live regions after this id: unique per editor on the page.
  const flowId = `changemap-${useId().replace(/:/g, '')}`;
  const plan = useEditor((s) => s.plan);
  const viewId = useEditor((s) => s.viewId);
  const issues = useEditor((s) => s.issues);
  const selectedNodeId = useEditor((s) => s.selectedNodeId);
  const selectedEdgeId = useEditor((s) => s.selectedEdgeId);
  const showEvidence = useEditor((s) => s.showEvidence);
  const layingOut = useEditor((s) => s.layingOut);
  const colourMode = useContext(ColourModeContext);
  // Far out, titles are unreadable anyway: boxes are drawn plainer, which keeps panning smooth.
  const zoomedOut = useStore((s) => s.transform[2] < 0.35);
  // Below the readable zoom, a box shows its title at a readable size on hover and focus (picture.css).
  const smallText = useStore((s) => s.transform[2] < READABLE_ZOOM);
  const focus = useEditor((s) => s.focus);
  const generation = useEditor((s) => s.generation);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const previous = useRef(new Map<string, FlowNode>());
  const previousEdges = useRef(new Map<string, FlowEdge>());
  const dragKey = useRef<string | undefined>(undefined);
  // Counts sizes React Flow measured in the browser (kept in the picture store: layout state, not plan data).
  const [measureTick, setMeasureTick] = useState(0);

  // One object per change of what the adapter draws: the picture below is worked out again only
  // then, not on every render of the canvas (React Flow rebuilds its lookups for each new list).
  const flowElements = useMemo(() => {
    const result = toFlow(plan, viewId, issues, selectedNodeId, previous.current, selectedEdgeId, showEvidence, previousEdges.current);
    previousEdges.current = new Map(result.edges.map((e) => [e.id, e]));
    previous.current = new Map(result.nodes.map((n) => [n.id, n]));
    return result;
  }, [plan, viewId, issues, selectedNodeId, selectedEdgeId, showEvidence]);
  const { nodes } = flowElements;
  // The picture: chips instead of annotation boxes, folded groups, routed links, level bands.
  const drawn = usePictureFlow(store, flowElements, viewId, measureTick);
  useRelayoutOnMeasure(store, drawn.picture, viewId, drawn.nodes, measureTick);
  const foldedGroups = useMemo(() => drawn.groups.filter((group) => group.folded).length, [drawn.groups]);
  // Focus, search and filters dim or mark boxes without moving them (see lens/).
  const lensed = useLensClasses(drawn.nodes as FlowNode[], drawn.edges as unknown as FlowEdge[]);
  // Every measured box's size told to React Flow, and boxes to measure before a layout (BoxMeasurer).
  const measuredBoxes = useMeasuredBoxes(store, drawn.picture, lensed.nodes as PictureNode[], measureTick);
  const large = nodes.length > LARGE_VIEW;
  const links = useLinksNearView(lensed.edges, measuredBoxes.sized, large, selectedEdgeId);

  const fit = usePictureFit();
  const forgetFit = useForgetFit();
  // Fit the view when a different view or plan opens, or a layout arrives (the first one of a view
  // is made in the background) — but not for Tidy layout, which fits by itself: fitting twice, to
  // two zooms, drew the newly visible boxes and links twice over.
  const opened = useRef<string | undefined>(undefined);
  const groupsBefore = useRef<readonly ActionGroup[]>([]);
  // The boxes of a group the officer just unfolded, kept until a fit has brought them into view
  // (a second layout may arrive before the first one's fit has run).
  const unfolded = useRef<readonly string[]>([]);
  useEffect(() => {
    const view = `${viewId}|${generation}`;
    const layoutOnly = opened.current === view;
    opened.current = view;
    const justUnfolded = layoutOnly ? newlyUnfolded(groupsBefore.current, drawn.groups) : [];
    if (!layoutOnly) unfolded.current = [];
    else if (justUnfolded.length > 0) unfolded.current = justUnfolded;
    groupsBefore.current = drawn.groups;
    if (layoutOnly && isTidying(store)) return;
    // Fit the view, but never so far out that titles cannot be read: a large theory of change
    // opens at a readable size around its middle, and the fit button shows it whole.
    const timer = setTimeout(() => {
      // After a reload, the view opens where the officer left it instead.
      const remembered = takeRememberedViewport(viewId);
      // A view opened to show one box (search, outline, problems) centres on that box instead.
      // A group unfolded since comes first, unless it was unfolded to show that box.
      const { focus: request, selectedNodeId: selected } = store.getSnapshot();
      const show = unfolded.current;
      const requested = request && request.nodeId === selected && (show.length === 0 || show.includes(request.nodeId));
      const node = requested ? flow.getNode(request.nodeId) : undefined;
      if (remembered || node) forgetFit();
      unfolded.current = [];
      if (remembered) void flow.setViewport(remembered);
      else if (node) void flow.setCenter(node.position.x + 120, node.position.y + 40, { zoom: Math.max(flow.getZoom(), 0.9), duration: 0 });
      else void fit({ show });
    }, 30);
    return () => clearTimeout(timer);
    // drawn.groups is not a dependency: it changes with drawn.layout (the groups of the layout shown).
  }, [viewId, generation, flow, store, drawn.layout, drawn.direction, fit, forgetFit]);

  // A notice, a side panel or the window changed the canvas's size: fit again, unless the officer moved the view.
  useRefitOnResize(fit);

  // The canvas's size sets how much a level can show readably; fuller levels fold.
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  useEffect(() => {
    const across = drawn.direction === 'RIGHT' ? paneHeight : paneWidth;
    if (across > 0) drawn.picture.setLevelRoom(levelRoom(across, drawn.direction));
  }, [paneHeight, paneWidth, drawn.direction, drawn.picture]);
  // A view whose levels need the canvas's whole width opens with the side panels folded.
  useRoomForLevels(drawn.picture, drawn, viewId, { width: paneWidth, height: paneHeight });

  // A box asked for (search, outline, problems) folded in a group: the group unfolds to show it.
  useEffect(() => {
    const group = focus && drawn.groups.find((g) => g.folded && g.memberIds.includes(focus.nodeId));
    if (group) drawn.picture.setFolded(viewId, group.id, false);
  }, [focus, drawn.groups, drawn.picture, viewId]);

  useEffect(() => {
    if (!focus) return;
    const node = flow.getNode(focus.nodeId);
    if (!node) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    void flow.setCenter(node.position.x + 120, node.position.y + 40, { zoom: Math.max(flow.getZoom(), 0.9), duration: reduce ? 0 : 300 });
  }, [focus, flow]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      let resized = false;
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions) {
          const handles = flow.getInternalNode(change.id)?.internals.handleBounds;
          drawn.picture.recordMeasured(change.id, { ...change.dimensions, handles: [...(handles?.source ?? []), ...(handles?.target ?? [])] });
          resized = true;
          continue;
        }
        if (change.type === 'select') {
          if (change.selected) store.select(change.id);
          else if (store.getSnapshot().selectedNodeId === change.id) store.select(undefined);
          continue;
        }
        if (change.type !== 'position' || !change.position || readOnly) continue;
        if (change.dragging) {
          // A drag sends many moves; they undo as one step.
          dragKey.current ??= `drag:${change.id}:${Date.now()}`;
          store.apply(commands.moveNode(viewId, change.id, change.position), { squashKey: dragKey.current });
        } else {
          // The end of a drag belongs to the drag's step; otherwise a move with the arrow keys.
          const key = dragKey.current ?? `keys:${change.id}`;
          dragKey.current = undefined;
          store.apply(commands.moveNode(viewId, change.id, change.position), { squashKey: key });
        }
      }
      if (resized) setMeasureTick((tick) => tick + 1);
    },
    [store, viewId, readOnly, drawn.picture, flow],
  );

  // While the view moves, the drawing is its own layer that the compositor slides without painting
  // it again; at rest it is not, so that text is drawn crisply at the zoom it ended at (a layer
  // keeps the scale it was first drawn at). An attribute React does not manage, set directly:
  // moving renders nothing, and a render meanwhile (the zoomed-out class) does not drop it.
  const canvasElement = useRef<HTMLDivElement>(null);
  const onMoveStart = useCallback(() => canvasElement.current?.setAttribute('data-moving', ''), []);
  const onMoveEnd = useCallback((_: unknown, { zoom }: { zoom: number }) => {
    canvasElement.current?.removeAttribute('data-moving');
    // Set once the view rests, not as it moves: every box's style would be worked out again each frame.
    canvasElement.current?.style.setProperty('--canvas-zoom', String(zoom));
  }, []);

  const onConnect = useCallback(
    (connection: Connection) => {
      store.connectBoxes(connection.source, connection.target); // a made link clears an older message by itself
    },
    [store],
  );

  const onDelete = useCallback(
    ({ nodes: goneNodes, edges: goneEdges }: { nodes: FlowNode[]; edges: FlowEdge[] }) => {
      store.batch(() => {
        for (const node of goneNodes) store.apply(commands.removeNode(node.id));
        const current = store.getSnapshot().plan;
        for (const edge of goneEdges) if (current.edges.get(edge.id)) store.apply(commands.disconnect(edge.id));
      });
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      for (const change of changes) {
        if (change.type === 'select' && change.selected) store.select(undefined, change.id);
      }
    },
    [store],
  );

  return (
    <div
      ref={canvasElement}
      className={`canvas${zoomedOut ? ' is-zoomed-out' : ''}${smallText ? ' has-small-text' : ''}`}
      aria-label="Theory of change diagram"
      aria-busy={layingOut}
      data-layout-busy={layingOut ? 'true' : undefined}
    >
      <ReactFlow<FlowNode, FlowEdge>
        id={flowId}
        nodes={measuredBoxes.sized as FlowNode[]}
        edges={links}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodeDoubleClick={(_, node) => node.type === 'callToAction' && viewId !== node.id && store.openView(node.id)}
        onNodesChange={onNodesChange}
        onConnect={readOnly ? undefined : onConnect}
        onDelete={onDelete}
        onEdgesChange={onEdgesChange}
        onPaneClick={() => store.select(undefined)}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        minZoom={0.1}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        colorMode={colourMode}
        onlyRenderVisibleElements={large}
      >
        <LevelBands bands={drawn.bands} direction={drawn.direction} />
        <PinnedBandLabels bands={drawn.bands} direction={drawn.direction} />
        {/* Turned levels move every box: fitted again once React Flow has the new places, as after Tidy layout. */}
        <ShowMenu picture={drawn.picture} foldedGroups={foldedGroups} onTurned={() => requestAnimationFrame(() => requestAnimationFrame(() => void fit()))} />
        <DotGrid gap={24} />
        {drawn.nodes.length >= MINIMAP_FROM && <OverviewMap ariaLabel="Overview of the diagram" colourOf={kindColour} />}
        <Controls showFitView={false} position="top-right">
          {/* The canvas's own fit (band labels clear of the bar), in React Flow's place for it. */}
          <ControlButton className="react-flow__controls-fitview" title="Fit view" aria-label="Fit view" onClick={() => void fit({ duration: 200 })}>
            <FitViewIcon />
          </ControlButton>
        </Controls>
      </ReactFlow>
      <BoxMeasurer picture={drawn.picture} nodeTypes={NODE_TYPES} boxesOf={measuredBoxes.boxesOf} />
    </div>
  );
}

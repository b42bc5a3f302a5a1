import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type NodeChange,
  type NodeTypes,
  type EdgeChange,
  type EdgeTypes,
} from '@xyflow/react';
import { NODE_KINDS, commands } from '@changemap/core';
import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { toFlow, type FlowEdge, type FlowNode } from '../adapter/to-flow.js';
import { useLensClasses } from '../lens/use-lens-classes.js';
import { ColourModeContext, useEditor, useEditorStore } from '../state/use-editor.js';
import { KIND_COLOURS } from './kinds.js';
import { PlanNodeView } from './PlanNodeView.js';
import { takeRememberedViewport } from '../storage/view-memory.js';
import { GroupNodeView } from '../picture/GroupNodeView.js';
import { LevelBands } from '../picture/LevelBands.js';
import { RoutedEdge } from '../picture/RoutedEdge.js';
import { ShowMenu } from '../picture/ShowMenu.js';
import { levelCapacity, READABLE_ZOOM, usePictureFlow, useRelayoutOnMeasure } from '../picture/use-picture-flow.js';

const NODE_TYPES: NodeTypes = { ...Object.fromEntries(NODE_KINDS.map((kind) => [kind, PlanNodeView])), actionGroup: GroupNodeView };
const EDGE_TYPES: EdgeTypes = { routed: RoutedEdge };
/** Fitting never zooms out below readable titles; the officer can still zoom out on purpose. */
const FIT_OPTIONS = { padding: { top: '44px', bottom: '10px', left: '10px', right: '10px' } as const, minZoom: READABLE_ZOOM, maxZoom: 1.2 };
/** A small view fits on screen whole; the overview map would only hide part of it. */
const MINIMAP_FROM = 60;

/**
 * The diagram of the open view. React Flow is fed from the plan through `toFlow`; what the officer
 * does on it (drag, connect, delete, select) goes back as core commands, so the plan stays the only
 * source of truth and every change can be undone.
 */
export function Canvas({ readOnly: readOnlyView = false, refitKey }: { readOnly?: boolean; refitKey?: string } = {}) {
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
  const focus = useEditor((s) => s.focus);
  const generation = useEditor((s) => s.generation);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const previous = useRef(new Map<string, FlowNode>());
  const previousEdges = useRef(new Map<string, FlowEdge>());
  const dragKey = useRef<string | undefined>(undefined);
  // Sizes React Flow measured in the browser: layout state, not plan data, so kept here.
  const measured = useRef(new Map<string, { width: number; height: number }>());
  const [measureTick, setMeasureTick] = useState(0);

  const { nodes, edges } = useMemo(() => {
    void measureTick;
    const result = toFlow(plan, viewId, issues, selectedNodeId, previous.current, selectedEdgeId, showEvidence, previousEdges.current);
    previousEdges.current = new Map(result.edges.map((e) => [e.id, e]));
    result.nodes = result.nodes.map((n) => {
      const size = measured.current.get(n.id);
      return size && (n.measured?.width !== size.width || n.measured?.height !== size.height) ? { ...n, measured: size } : n;
    });
    previous.current = new Map(result.nodes.map((n) => [n.id, n]));
    return result;
  }, [plan, viewId, issues, selectedNodeId, selectedEdgeId, showEvidence, measureTick]);
  // The picture: chips instead of annotation boxes, folded groups, routed links, level bands.
  const drawn = usePictureFlow(store, { nodes, edges }, viewId);
  useRelayoutOnMeasure(store, drawn.picture, viewId, drawn.nodes, measureTick);
  // Focus, search and filters dim or mark boxes without moving them (see lens/).
  const lensed = useLensClasses(drawn.nodes as FlowNode[], drawn.edges as unknown as FlowEdge[]);

  // Fit the view when a different view or plan opens.
  useEffect(() => {
    // Fit the view, but never so far out that titles cannot be read: a large theory of change
    // opens at a readable size around its middle, and the fit button shows it whole.
    const timer = setTimeout(() => {
      // After a reload, the view opens where the officer left it instead.
      const remembered = takeRememberedViewport(viewId);
      // A view opened to show one box (search, outline, problems) centres on that box instead.
      const { focus: request, selectedNodeId: selected } = store.getSnapshot();
      const node = request && request.nodeId === selected ? flow.getNode(request.nodeId) : undefined;
      if (remembered) void flow.setViewport(remembered);
      else if (node) void flow.setCenter(node.position.x + 120, node.position.y + 40, { zoom: Math.max(flow.getZoom(), 0.9), duration: 0 });
      else void flow.fitView({ ...FIT_OPTIONS, duration: 0 });
    }, 30);
    return () => clearTimeout(timer);
  }, [viewId, generation, flow, store, drawn.layout]);

  // A side panel folded or opened: once the canvas has its new width, the view fits it again.
  const paneWidth = useStore((s) => s.width);
  const refit = useRef<{ key: string | undefined; widthBefore?: number }>({ key: refitKey });
  useEffect(() => {
    if (refit.current.key !== refitKey) {
      refit.current = { key: refitKey, widthBefore: paneWidth };
      return;
    }
    if (refit.current.widthBefore === undefined || refit.current.widthBefore === paneWidth) return;
    refit.current = { key: refitKey };
    void flow.fitView({ ...FIT_OPTIONS, duration: 0 });
  }, [paneWidth, refitKey, flow]);

  // The canvas's size sets how many boxes a level can show readably; fuller levels fold.
  const paneHeight = useStore((s) => s.height);
  useEffect(() => {
    const across = drawn.direction === 'RIGHT' ? paneHeight : paneWidth;
    if (across > 0) drawn.picture.setLevelCapacity(levelCapacity(across, drawn.direction));
  }, [paneHeight, paneWidth, drawn.direction, drawn.picture]);

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
          measured.current.set(change.id, change.dimensions);
          drawn.picture.measured.set(change.id, change.dimensions);
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
    [store, viewId, readOnly, drawn.picture],
  );

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
      className={`canvas${zoomedOut ? ' is-zoomed-out' : ''}`}
      aria-label="Theory of change diagram"
      aria-busy={layingOut}
      data-layout-busy={layingOut ? 'true' : undefined}
    >
      <ReactFlow<FlowNode, FlowEdge>
        id={flowId}
        nodes={lensed.nodes}
        edges={lensed.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodeDoubleClick={(_, node) => node.type === 'callToAction' && viewId !== node.id && store.openView(node.id)}
        onNodesChange={onNodesChange}
        onConnect={readOnly ? undefined : onConnect}
        onDelete={onDelete}
        onEdgesChange={onEdgesChange}
        onPaneClick={() => store.select(undefined)}
        deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        minZoom={0.1}
        maxZoom={2}
        fitView
        fitViewOptions={FIT_OPTIONS}
        proOptions={{ hideAttribution: true }}
        colorMode={colourMode}
        onlyRenderVisibleElements={nodes.length > 300}
      >
        <LevelBands bands={drawn.bands} direction={drawn.direction} />
        <ShowMenu picture={drawn.picture} />
        <Background gap={24} />
        {drawn.nodes.length >= MINIMAP_FROM && (
          <MiniMap pannable zoomable ariaLabel="Overview of the diagram" nodeColor={(n) => KIND_COLOURS[n.type as keyof typeof KIND_COLOURS] ?? '#888'} />
        )}
        <Controls fitViewOptions={FIT_OPTIONS} position="top-right" />
      </ReactFlow>
    </div>
  );
}

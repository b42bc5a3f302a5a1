import { ReactFlow, ReactFlowProvider, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import { getPlanLevels, NODE_KINDS } from '@changemap/core';
import type { Plan } from '@changemap/core';
import { useState } from 'react';
import { toFlow } from '../adapter/to-flow.js';
import { PlanNodeView } from '../components/PlanNodeView.js';
import { getDrawnView } from '../picture/drawn-view.js';
import { GroupNodeView } from '../picture/GroupNodeView.js';
import { getBands } from '../picture/level-bands.js';
import { LevelBands } from '../picture/LevelBands.js';
import { DEFAULT_BOX_SIZE } from '../picture/picture-graph.js';
import { getPictureStore, usePicture } from '../picture/picture-store.js';
import { RoutedEdge } from '../picture/RoutedEdge.js';
import { createPictureCache, toPicture } from '../picture/to-picture.js';
import { EditorStore } from '../state/editor-store.js';
import { EditorContext } from '../state/use-editor.js';

const NODE_TYPES: NodeTypes = { ...Object.fromEntries(NODE_KINDS.map((kind) => [kind, PlanNodeView])), actionGroup: GroupNodeView };
const EDGE_TYPES: EdgeTypes = { routed: RoutedEdge };

/**
 * One view of a small plan drawn as the editor's picture (chips, badges, group boxes, level bands),
 * at the positions the plan holds, without the layout worker: for stories of the picture's parts.
 */
export function PictureStoryCanvas({ plan, viewId, folded = [] }: { plan: Plan; viewId: string; folded?: string[] }) {
  const [store] = useState(() => {
    const created = new EditorStore(plan, viewId);
    for (const id of folded) getPictureStore(created).setFolded(viewId, id, true);
    return created;
  });
  const picture = getPictureStore(store);
  const folds = usePicture(picture, (s) => s.folds.get(viewId));
  void folds;
  const current = store.getSnapshot().plan;
  const drawn = getDrawnView(current, viewId, picture.settings(viewId));
  const { nodes, edges } = toPicture(
    toFlow(current, viewId, [], undefined),
    drawn,
    undefined,
    (id) => current.nodes.get(id)?.title ?? id,
    createPictureCache(),
  );
  const levelOf = new Map(drawn.boxes.map((b) => [b.id, b.level]));
  const bands = getBands(
    nodes.map((n) => ({ level: levelOf.get(n.id), position: n.position, size: DEFAULT_BOX_SIZE })),
    getPlanLevels(current).map((l) => l.title),
    'RIGHT',
  );
  return (
    <EditorContext.Provider value={store}>
      <div className="canvas" style={{ width: '100%', height: 380 }}>
        <ReactFlowProvider>
          <ReactFlow nodes={nodes} edges={edges} nodeTypes={NODE_TYPES} edgeTypes={EDGE_TYPES} fitView proOptions={{ hideAttribution: true }}>
            <LevelBands bands={bands} direction="RIGHT" />
          </ReactFlow>
        </ReactFlowProvider>
      </div>
    </EditorContext.Provider>
  );
}

import { ReactFlow, ReactFlowProvider, type NodeTypes } from '@xyflow/react';
import { NODE_KINDS, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan } from '@changemap/core';
import { toFlow } from '../adapter/to-flow.js';
import { PlanNodeView } from '../components/PlanNodeView.js';

const NODE_TYPES: NodeTypes = Object.fromEntries(NODE_KINDS.map((kind) => [kind, PlanNodeView]));

/** A read-only canvas of a small plan's whole-plan view, for stories of boxes and links. */
export function StoryCanvas({ plan }: { plan: Plan }) {
  const { nodes, edges } = toFlow(plan, WHOLE_PLAN_VIEW, [], undefined);
  return (
    <div style={{ width: '100%', height: 260 }}>
      <ReactFlowProvider>
        <ReactFlow nodes={nodes} edges={edges} nodeTypes={NODE_TYPES} fitView proOptions={{ hideAttribution: true }} />
      </ReactFlowProvider>
    </div>
  );
}

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import type { FlowNode } from '../adapter/to-flow.js';
import { BoxKindLine, GroupKindLine } from '../components/BoxKindLine.js';
import { groupHeading, groupTitle } from '../picture/group-words.js';
import { boxPictureOf, type GroupFlowNode } from '../picture/to-picture.js';
import { PresentedChips } from './PresentedChips.js';

/** Which way the presented levels run: links enter and leave boxes on the sides that face the next level. */
export const PresentedDirection = createContext<'RIGHT' | 'DOWN'>('RIGHT');

function useHandleSides(): { target: Position; source: Position } {
  return useContext(PresentedDirection) === 'DOWN' ? { target: Position.Top, source: Position.Bottom } : { target: Position.Left, source: Position.Right };
}

/**
 * A box on a slide: as on the canvas (kind, number, title, chips and badges), but with its whole
 * title (the layout leaves room) and nothing to press: a presentation only shows.
 */
function PresentedNodeBase({ data }: NodeProps<FlowNode>) {
  const { node } = data;
  const annotations = boxPictureOf(data)?.annotations;
  const sides = useHandleSides();
  return (
    <div className={`plan-node kind-${node.kind}`} data-testid={`presented-${node.id}`}>
      <Handle type="target" position={sides.target} isConnectable={false} aria-hidden="true" />
      <BoxKindLine node={node} />
      <div className="plan-node-title">{node.title || <em>Untitled</em>}</div>
      {annotations && <PresentedChips annotations={annotations} />}
      <Handle type="source" position={sides.source} isConnectable={false} aria-hidden="true" />
    </div>
  );
}

/** A folded group of actions on a slide: how many, and the chips of its actions (their partners, say). */
function PresentedGroupBase({ data }: NodeProps<GroupFlowNode>) {
  const { group, annotations } = data;
  const sides = useHandleSides();
  return (
    <div className={`plan-node kind-${group.kind ?? 'action'} action-group`} data-testid={`presented-${group.id}`} data-actions={group.memberIds.join(' ')}>
      <Handle type="target" position={sides.target} isConnectable={false} aria-hidden="true" />
      <GroupKindLine heading={groupHeading(group)} />
      <div className="plan-node-title">{groupTitle(group)}</div>
      {annotations && <PresentedChips annotations={annotations} />}
      <Handle type="source" position={sides.source} isConnectable={false} aria-hidden="true" />
    </div>
  );
}

export const PresentedNode = memo(PresentedNodeBase);
export const PresentedGroup = memo(PresentedGroupBase);

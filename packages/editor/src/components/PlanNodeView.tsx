import { Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from '../adapter/to-flow.js';
import { BoxChips } from '../picture/BoxChips.js';
import { BoxHandle, useMeasuring } from '../picture/BoxHandle.js';
import { CommentBadge } from '../collab/CommentBadge.js';
import { ComparisonMarkView } from '../collab/ComparisonMarkView.js';
import { boxPictureOf } from '../picture/to-picture.js';
import { isWideTitle } from '../picture/box-height.js';
import { BoxKindLine } from './BoxKindLine.js';

/** One box on the canvas: kind icon and name, number, title, and a badge when it has problems. */
/** Set by the editor benchmark to count renders per box; undefined otherwise (no cost). */
interface RenderCounter {
  __changemapNodeRenders?: Map<string, number>;
}

function PlanNodeViewBase({ data, selected }: NodeProps<FlowNode>) {
  const { node, problem } = data;
  const counter = (globalThis as RenderCounter).__changemapNodeRenders;
  counter?.set(node.id, (counter.get(node.id) ?? 0) + 1);
  const picture = boxPictureOf(data);
  const measuring = useMeasuring();
  return (
    <div
      className={`plan-node kind-${node.kind}${selected ? ' is-selected' : ''}${isWideTitle(node.title) ? ' is-wide' : ''}`}
      data-testid={measuring ? undefined : `node-${node.id}`}
    >
      <BoxHandle type="target" position={Position.Left} title="Drop a link here to link into this box" />
      <BoxKindLine node={node} />
      <div className="plan-node-title">{node.title || <em>Untitled</em>}</div>
      {/* The whole title as a card at a readable size, once the canvas is zoomed out past reading (picture.css). */}
      {node.title && (
        <div className="plan-node-full-title" aria-hidden="true">
          {node.title}
        </div>
      )}
      {picture && <BoxChips picture={picture} />}
      {problem && (
        <span
          className={`plan-node-badge severity-${problem.severity}`}
          title={`${problem.count} ${problem.severity === 'info' ? 'note' : problem.severity}${problem.count === 1 ? '' : 's'}`}
        >
          {problem.severity === 'error' ? '✕' : problem.severity === 'warning' ? '!' : 'i'} {problem.count}
        </span>
      )}
      <CommentBadge nodeId={node.id} />
      <ComparisonMarkView nodeId={node.id} />
      <BoxHandle type="source" position={Position.Right} title="Drag from here to link this box to another" />
    </div>
  );
}

export const PlanNodeView = memo(PlanNodeViewBase);

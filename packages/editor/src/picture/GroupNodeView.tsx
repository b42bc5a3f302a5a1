import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEditorStore } from '../state/use-editor.js';
import { BoxChips } from './BoxChips.js';
import { getPictureStore } from './picture-store.js';
import type { GroupFlowNode } from './to-picture.js';

/**
 * A priority's or an outcome's actions folded into one box; its button unfolds them in place. Its
 * visible word is in its name (WCAG 2.5.3 Label in Name: speech users say what they see).
 */
function GroupNodeViewBase({ data }: NodeProps<GroupFlowNode>) {
  const store = useEditorStore();
  const { group, parentTitle, annotations } = data;
  const count = group.actionIds.length;
  return (
    <div className="plan-node kind-action action-group" data-testid={`group-${group.parentId}`} data-actions={group.actionIds.join(' ')}>
      <Handle type="target" position={Position.Left} isConnectable={false} aria-hidden="true" />
      <div className="plan-node-kind">
        <span className="plan-node-icon" aria-hidden="true">
          ▤
        </span>
        Actions
      </div>
      <div className="plan-node-title">{count} partner actions</div>
      <button
        type="button"
        className="group-toggle nodrag"
        aria-expanded="false"
        aria-label={`Show all ${count} actions towards ${parentTitle}`}
        onClick={(event) => {
          event.stopPropagation();
          getPictureStore(store).setFolded(store.getSnapshot().viewId, group.id, false);
        }}
      >
        Show all ▸
      </button>
      {annotations && <BoxChips picture={{ annotations }} />}
      <Handle type="source" position={Position.Right} isConnectable={false} aria-hidden="true" />
    </div>
  );
}

export const GroupNodeView = memo(GroupNodeViewBase);

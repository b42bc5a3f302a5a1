import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEditorStore } from '../state/use-editor.js';
import { BoxChips } from './BoxChips.js';
import { getPictureStore } from './picture-store.js';
import type { GroupFlowNode } from './to-picture.js';

/**
 * Boxes folded into one: a priority's or an outcome's actions, or part of a level too full to read
 * on screen. Its button unfolds them in place. Its visible word is in its name (WCAG 2.5.3 Label
 * in Name: speech users say what they see).
 */
function GroupNodeViewBase({ data }: NodeProps<GroupFlowNode>) {
  const store = useEditorStore();
  const { group, parentTitle, annotations } = data;
  const count = group.memberIds.length;
  // A partnership plan's actions are its partners' (the flagship's wording); a level's boxes are counted by kind.
  const title = group.reason === 'actions' ? `${count} partner actions` : `${count} ${group.noun}`;
  const heading = group.noun.charAt(0).toUpperCase() + group.noun.slice(1);
  return (
    <div
      className={`plan-node kind-${group.kind ?? 'outcome'} action-group${group.reason === 'level' ? ' level-group' : ''}`}
      data-testid={`group-${group.parentId ?? group.id}`}
      data-actions={group.memberIds.join(' ')}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} aria-hidden="true" />
      <div className="plan-node-kind">
        <span className="plan-node-icon" aria-hidden="true">
          ▤
        </span>
        {heading}
      </div>
      <div className="plan-node-title">{title}</div>
      <div className="group-row">
        <button
          type="button"
          className="group-toggle nodrag"
          aria-expanded="false"
          aria-label={`Show all ${count} ${group.noun}${parentTitle === undefined ? '' : ` towards ${parentTitle}`}${group.linksNotDrawn ? ` and ${group.linksNotDrawn} more links` : ''}`}
          onClick={(event) => {
            event.stopPropagation();
            getPictureStore(store).setFolded(store.getSnapshot().viewId, group.id, false);
          }}
        >
          Show all ▸
        </button>
        {group.linksNotDrawn !== undefined && group.linksNotDrawn > 0 && (
          <div
            className="group-links-not-drawn"
            title="Links of these boxes the overview leaves out to keep it clear: drawn once the boxes at both ends are shown"
          >
            +{group.linksNotDrawn} link{group.linksNotDrawn === 1 ? '' : 's'}
          </div>
        )}
      </div>
      {annotations && <BoxChips picture={{ annotations }} />}
      <Handle type="source" position={Position.Right} isConnectable={false} aria-hidden="true" />
    </div>
  );
}

export const GroupNodeView = memo(GroupNodeViewBase);

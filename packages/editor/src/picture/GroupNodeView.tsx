import { Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEditorStore } from '../state/use-editor.js';
import { GroupKindLine } from '../components/BoxKindLine.js';
import { BoxChips } from './BoxChips.js';
import { BoxHandle, useMeasuring } from './BoxHandle.js';
import { groupHeading, groupTitle } from './group-words.js';
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
  const measuring = useMeasuring();
  return (
    <div
      className={`plan-node kind-${group.kind ?? 'outcome'} action-group${group.reason === 'level' ? ' level-group' : ''}`}
      data-testid={measuring ? undefined : `group-${group.parentId ?? group.id}`}
      data-actions={measuring ? undefined : group.memberIds.join(' ')}
    >
      <BoxHandle type="target" position={Position.Left} isConnectable={false} aria-hidden="true" />
      <GroupKindLine heading={groupHeading(group)} />
      <div className="plan-node-title">{groupTitle(group)}</div>
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
      <BoxHandle type="source" position={Position.Right} isConnectable={false} aria-hidden="true" />
    </div>
  );
}

export const GroupNodeView = memo(GroupNodeViewBase);

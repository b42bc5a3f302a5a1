import { getNodeLevel, getPathwaysThrough } from '@changemap/core';
import { useMemo, type ReactNode } from 'react';
import { getViewMembers } from '../adapter/view-members.js';
import { useEditor } from '../state/use-editor.js';
import { FilterMenu } from './FilterMenu.js';
import { SearchBox } from './SearchBox.js';
import { useLens, useLensStore } from './use-lens.js';

/**
 * The bar over the canvas for looking at a theory of change: search, filters, the pathway
 * highlight switch and Present. It changes how the diagram is shown, never the plan. A host's
 * `children` (the note on panels folded for room) go at its end, in the room the fit keeps clear.
 */
export function LensBar({ children }: { children?: ReactNode }) {
  const lens = useLensStore();
  const plan = useEditor((s) => s.plan);
  const viewId = useEditor((s) => s.viewId);
  const selectedNodeId = useEditor((s) => s.selectedNodeId);
  const highlightPathways = useLens((s) => s.highlightPathways);
  const selected = selectedNodeId ? plan.nodes.get(selectedNodeId) : undefined;
  // A box on a level (an action … the vision) has pathways to present; an indicator has none.
  const onChain = selected !== undefined && getNodeLevel(plan, selected) !== undefined;

  const announcement = useMemo(() => {
    if (!highlightPathways || !selected) return '';
    const members = getViewMembers(plan, viewId).nodeIds;
    if (!members.has(selected.id)) return '';
    const count = [...getPathwaysThrough(plan, selected.id).nodeIds].filter((id) => members.has(id)).length;
    return `Showing ${count} box${count === 1 ? '' : 'es'} on pathways through “${selected.title}”.`;
  }, [plan, viewId, selected, highlightPathways]);

  return (
    <div className="lens-bar" role="group" aria-label="Find and present">
      <SearchBox />
      <FilterMenu />
      <label className="toggle" title="Selecting a box dims everything that is not on its pathways">
        <input type="checkbox" checked={highlightPathways} onChange={(e) => lens.setHighlightPathways(e.target.checked)} data-action="highlight-pathways" />{' '}
        Highlight pathways
      </label>
      <button type="button" data-action="present" aria-keyshortcuts="P" title="Present this view level by level (P)" onClick={() => lens.present()}>
        ▶ Present
      </button>
      {onChain && (
        <button
          type="button"
          data-action="present-pathway"
          title={`Present the pathways through “${selected.title}”, from its actions to the vision`}
          onClick={() => lens.present(selected.id)}
        >
          ▶ Present pathway
        </button>
      )}
      {children}
      <div className="visually-hidden" role="status" data-testid="pathway-announcer">
        {announcement}
      </div>
    </div>
  );
}

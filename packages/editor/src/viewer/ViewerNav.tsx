import { useMemo } from 'react';
import { useEditor } from '../state/use-editor.js';
import { getViewerViews } from './viewer-model.js';

/** Tabs-like navigation between the calls to action and the whole plan. */
export function ViewerNav({ onOpen }: { onOpen: (viewId: string) => void }) {
  const nodes = useEditor((s) => s.plan.nodes);
  const viewId = useEditor((s) => s.viewId);
  const views = useMemo(() => getViewerViews({ nodes } as Parameters<typeof getViewerViews>[0]), [nodes]);
  return (
    <nav className="viewer-nav" aria-label="Calls to action">
      <ul>
        {views.map((view) => (
          <li key={view.id}>
            <button
              type="button"
              className="viewer-nav-item"
              aria-current={view.id === viewId ? 'page' : undefined}
              onClick={() => onOpen(view.id)}
              title={view.label}
            >
              <span className="viewer-nav-label">{view.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CommentsPanel } from '../collab/CommentsPanel.js';
import { useCollaboration } from '../collab/collab-context.js';
import { useCommentThreads } from '../collab/use-comments.js';
import { VersionsPanel } from '../collab/VersionsPanel.js';
import { ProblemsPanel } from './ProblemsPanel.js';

type Tab = 'problems' | 'comments' | 'versions';
const TABS: readonly Tab[] = ['problems', 'comments', 'versions'];
const LABELS: Record<Tab, string> = { problems: 'Problems', comments: 'Comments', versions: 'Versions' };

/**
 * The panels under the inspector, as tabs (the WAI-ARIA tabs pattern: arrow keys move between
 * tabs): the checker's problems, the room's comments, and the plan's versions. Every panel stays
 * mounted, so a comparison or a half-written comment survives a look at another tab.
 */
export function SideTabs() {
  const id = useId();
  const [tab, setTab] = useState<Tab>('problems');
  const collaboration = useCollaboration();
  const openThreads = useCommentThreads(collaboration?.comments).filter((thread) => !thread.resolved).length;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const next =
      event.key === 'Home'
        ? TABS[0]
        : event.key === 'End'
          ? TABS.at(-1)
          : step !== 0
            ? TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]
            : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  const panel = (name: Tab, content: ReactNode) => (
    <div key={name} role="tabpanel" id={`${id}-panel-${name}`} aria-labelledby={`${id}-tab-${name}`} hidden={tab !== name} className="side-tab-panel">
      {content}
    </div>
  );
  return (
    <div className="side-panels">
      <div role="tablist" aria-label="Side panels" className="side-tabs">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            data-tab={name}
            onClick={() => setTab(name)}
            onKeyDown={onKeyDown}
          >
            {LABELS[name]}{' '}
            {name === 'comments' && openThreads > 0 && (
              <span className="count">
                {openThreads}
                <span className="visually-hidden"> open</span>
              </span>
            )}
          </button>
        ))}
      </div>
      {panel('problems', <ProblemsPanel />)}
      {panel('comments', <CommentsPanel />)}
      {panel('versions', <VersionsPanel />)}
    </div>
  );
}

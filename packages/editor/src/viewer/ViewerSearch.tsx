import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { viewFor } from '../components/Outline.js';
import { KIND_LOOK } from '../components/kinds.js';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { searchPlan } from './viewer-model.js';

const SHOWN = 20;

/** Finds boxes by title, description or tags; matches are listed and outlined on the diagram. */
export function ViewerSearch({ onMatches }: { onMatches: (ids: ReadonlySet<string>) => void }) {
  const store = useEditorStore();
  const plan = useEditor((s) => s.plan);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = useMemo(() => searchPlan(plan, deferred), [plan, deferred]);
  const id = useId();
  useEffect(() => onMatches(new Set(found.map((n) => n.id))), [found, onMatches]);
  return (
    <div role="search" className="viewer-search">
      <label htmlFor={id}>Search boxes</label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
        placeholder="Title, description or tag"
        autoComplete="off"
      />
      {deferred.trim() !== '' && (
        <div className="viewer-search-results">
          <p role="status" className="viewer-search-count">
            {found.length === 0 ? 'No box matches.' : `${found.length} box${found.length === 1 ? '' : 'es'} match${found.length === 1 ? 'es' : ''}.`}
          </p>
          {found.length > 0 && (
            <ul aria-label="Matching boxes">
              {found.slice(0, SHOWN).map((node) => (
                <li key={node.id}>
                  <button
                    type="button"
                    className="outline-item"
                    onClick={() => {
                      const snapshot = store.getSnapshot();
                      store.focusNode(node.id, viewFor(snapshot.plan, node.id, snapshot.viewId));
                    }}
                  >
                    <span aria-hidden="true" className={`outline-icon kind-${node.kind}`}>
                      {KIND_LOOK[node.kind].icon}
                    </span>{' '}
                    {KIND_LOOK[node.kind].label}: {node.title}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {found.length > SHOWN && <p className="muted">Showing the first {SHOWN}; add words to narrow the search.</p>}
        </div>
      )}
    </div>
  );
}

import { searchNodes } from '@changemap/core';
import type { SearchMatch } from '@changemap/core';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { getViewMembers } from '../adapter/view-members.js';
import { KIND_LOOK } from '../components/kinds.js';
import type { EditorStore } from '../state/editor-store.js';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { useLens, useLensStore } from './use-lens.js';
import { viewForNode, viewName } from './view-for-node.js';

const MAX_LISTED = 30;

/** A match with the view it would open in (undefined: drawn on no view). */
interface Listed extends SearchMatch {
  viewId: string | undefined;
  inOpenView: boolean;
}

/**
 * Search box over the canvas: finds boxes by title, tags and description (any case, any accents)
 * across the whole plan, highlights the matches drawn on the open view, and lists them in a
 * listbox the arrow keys move through. Choosing one opens a view that draws it, selects it and
 * centres it. Ctrl+F or "/" comes here (see handleLensKey).
 */
export function SearchBox() {
  const store = useEditorStore();
  const lens = useLensStore();
  const plan = useEditor((s) => s.plan);
  const viewId = useEditor((s) => s.viewId);
  const query = useLens((s) => s.query);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  const listed = useMemo<Listed[]>(() => {
    if (!query.trim()) return [];
    const members = getViewMembers(plan, viewId).nodeIds;
    const all = searchNodes(plan, query, { limit: Number.POSITIVE_INFINITY }).map((m) => ({
      ...m,
      inOpenView: members.has(m.node.id),
      viewId: viewForNode(plan, viewId, m.node.id),
    }));
    // What the officer can see comes first; the rest of the plan after.
    return [...all.filter((m) => m.inOpenView), ...all.filter((m) => !m.inOpenView)];
  }, [plan, viewId, query]);
  const inView = listed.filter((m) => m.inOpenView).length;
  const shown = listed.slice(0, MAX_LISTED);
  const expanded = open && shown.length > 0;

  const choose = (match: Listed) => {
    setOpen(false);
    const id = match.node.id;
    if (match.viewId === undefined) {
      store.select(id);
      store.notify({ tone: 'info', text: `“${match.node.title}” is not drawn on any view yet (it has no links); it is selected so you can edit it.` });
      return;
    }
    // A view opened for the first time is laid out in the background: centre once its boxes have moved.
    if (match.viewId !== store.getSnapshot().viewId) store.openView(match.viewId);
    void whenLaidOut(store).then(() => {
      store.focusNode(id, match.viewId);
      focusBoxWhenDrawn(id);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length === 0 ? 0 : (i + step + shown.length) % shown.length));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      const match = shown[Math.min(active, shown.length - 1)];
      if (match) choose(match);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) setOpen(false);
      else lens.setQuery('');
    }
  };

  const summary = !query.trim()
    ? ''
    : listed.length === 0
      ? 'No matches'
      : `${inView} in this view${listed.length > inView ? `, ${listed.length - inView} elsewhere` : ''}`;

  return (
    <div className="lens-search">
      <input
        ref={input}
        data-field="canvas-search"
        type="search"
        role="combobox"
        aria-label="Search boxes"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${Math.min(active, shown.length - 1)}` : undefined}
        aria-describedby={`${listId}-summary`}
        aria-keyshortcuts="Control+F /"
        placeholder="Search boxes  (Ctrl+F)"
        autoComplete="off"
        value={query}
        onChange={(e) => {
          lens.setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${listId}-summary`} className="lens-search-summary" role="status">
        {summary}
      </span>
      <ul id={listId} role="listbox" aria-label="Matching boxes" className="lens-search-results" hidden={!expanded}>
        {shown.map((match, i) => (
          <li
            key={match.node.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            // Keep focus in the input: a click chooses without blurring it first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(match)}
          >
            <span className={`lens-result-kind kind-${match.node.kind}`}>
              <span aria-hidden="true">{KIND_LOOK[match.node.kind].icon}</span> {KIND_LOOK[match.node.kind].label}
            </span>
            <span className="lens-result-title">{match.node.title || 'Untitled'}</span>
            <span className="lens-result-where">
              {match.field !== 'title' && `matched in ${match.field === 'tags' ? 'tags' : 'description'} · `}
              {match.inOpenView ? 'in this view' : match.viewId ? `in ${viewName(plan, match.viewId)}` : 'on no view yet'}
            </span>
          </li>
        ))}
      </ul>
      {expanded && listed.length > shown.length && (
        <p className="lens-result-more">{listed.length - shown.length} more — type more words to narrow the search</p>
      )}
    </div>
  );
}

/** Resolves once the open view's automatic layout (if one is running) has finished. */
function whenLaidOut(store: EditorStore): Promise<void> {
  return new Promise((resolve) => {
    if (!store.getSnapshot().layingOut) return resolve();
    const stop = store.subscribe(() => {
      if (store.getSnapshot().layingOut) return;
      stop();
      resolve();
    });
  });
}

/**
 * Moves keyboard focus to a box once the canvas has drawn it: a view may be opening, and the
 * canvas may redraw the box once or twice as it settles, so it tries for a few frames.
 */
function focusBoxWhenDrawn(id: string, tries = 40): void {
  const element = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  if (element && document.activeElement !== element) element.focus({ preventScroll: true });
  if (tries > 0 && (!element || tries > 30)) requestAnimationFrame(() => focusBoxWhenDrawn(id, tries - 1));
}

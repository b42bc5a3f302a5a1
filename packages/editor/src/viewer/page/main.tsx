import './styles.css';
import { WHOLE_PLAN_VIEW } from '@changemap/core';
import { importModel } from '@changemap/schemas';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ChangemapViewer } from '../ChangemapViewer.js';
import { createInlineLayoutWorker } from './layout-worker.js';
import { PLAN_ELEMENT_ID } from './page-format.js';
import { isTypingTarget } from '../../lens/use-lens-keys.js';

/**
 * The published page (`changemap export --to html`): the plan is a JSON block in the page, read
 * through the same import pipeline as any file, and shown in the read-only viewer.
 */
function start() {
  const root = createRoot(document.getElementById('root')!);
  const text = document.getElementById(PLAN_ELEMENT_ID)?.textContent ?? '';
  const result = importModel(text);
  if (!result.ok) {
    root.render(
      <main className="viewer-failed">
        <h1>This page’s plan could not be read</h1>
        <ul>
          {result.errors.map((error, i) => (
            <li key={i}>{error.message}</li>
          ))}
        </ul>
      </main>,
    );
    return;
  }
  document.title = result.model.title || document.title;
  // The open view is in the address (`plan.html#cta-3`), so a link can open one call to action.
  const fromAddress = decodeURIComponent(location.hash.slice(1));
  const view = fromAddress && (fromAddress === WHOLE_PLAN_VIEW || result.model.nodes.get(fromAddress)?.kind === 'callToAction') ? fromAddress : undefined;
  root.render(
    <StrictMode>
      <main className="viewer-page">
        <ChangemapViewer
          plan={result.model}
          view={view}
          onViewChange={(id) => history.replaceState(null, '', `#${encodeURIComponent(id)}`)}
          layoutWorker={createInlineLayoutWorker}
        />
      </main>
    </StrictMode>,
  );
}

/**
 * On the published page, as in the editor, Ctrl+F (⌘F) or "/" goes to the page's own search box,
 * which searches every call to action, not only the text on screen. A viewer embedded in another
 * site leaves that site's keys alone: only this page listens on the window.
 */
function searchKeys(event: KeyboardEvent): void {
  const mod = event.ctrlKey || event.metaKey;
  const find = mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f';
  if (!find && !(event.key === '/' && !mod && !isTypingTarget(event.target))) return;
  // The presentation has the screen: its keys are its own.
  if (document.querySelector('.presenter')) return;
  const search = document.querySelector<HTMLInputElement>('.viewer-search input[type="search"]');
  if (!search) return;
  event.preventDefault();
  search.focus();
  search.select();
}

start();
window.addEventListener('keydown', searchKeys);

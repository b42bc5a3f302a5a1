import './styles.css';
import { importModel } from '@changemap/schemas';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ChangemapViewer } from '../ChangemapViewer.js';
import { createInlineLayoutWorker } from './layout-worker.js';
import { PLAN_ELEMENT_ID } from './page-format.js';

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
  root.render(
    <StrictMode>
      <main className="viewer-page">
        <ChangemapViewer plan={result.model} layoutWorker={createInlineLayoutWorker} />
      </main>
    </StrictMode>,
  );
}

start();

import '@xyflow/react/dist/style.css';
import '../styles/editor.css';
import './app.css';
import { importModel } from '@changemap/schemas';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadAutosave } from '../storage/autosave.js';
import { wasUnsaved } from '../storage/unsaved.js';
import { loadFlagship } from './flagship.js';
import { Root } from './Root.js';
import { roomFromLocation } from './shared/room-link.js';

/**
 * Opens a shared room when the address names one; otherwise the last autosaved plan (through the
 * import pipeline), or the flagship example. A shared plan never touches the local autosave.
 */
async function start() {
  const params = new URLSearchParams(location.search);
  const room = roomFromLocation(location.search);
  if (room) {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <Root room={room} initialPlan={loadFlagship} />
      </StrictMode>,
    );
    return;
  }
  let plan = undefined;
  let notice: string | undefined;
  let unsaved = false;
  if (!params.has('example')) {
    try {
      const saved = await loadAutosave();
      if (saved) {
        const result = importModel(saved);
        if (result.ok) {
          plan = result.model;
          unsaved = wasUnsaved();
        } else notice = 'The plan saved in this browser could not be read, so the example is open instead.';
      }
    } catch {
      notice = 'This browser’s storage is not available, so changes will not be saved automatically. Use Save to download your plan.';
    }
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root initialPlan={() => plan ?? loadFlagship()} startupNotice={notice} unsavedAtStart={unsaved} />
    </StrictMode>,
  );
}

void start();

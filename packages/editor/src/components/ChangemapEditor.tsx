import { ReactFlowProvider } from '@xyflow/react';
import type { Plan } from '@changemap/core';
import { useEffect, useState, type ReactNode } from 'react';
import { createElkLayout, layoutView, type LayoutWorkerFactory } from '../layout/elk-layout.js';
import { EditorStore } from '../state/editor-store.js';
import { ColourModeContext, EditorContext, useEditor } from '../state/use-editor.js';
import { Canvas } from './Canvas.js';
import { Inspector } from './Inspector.js';
import { Legend } from './Legend.js';
import { NoticeBar } from './NoticeBar.js';
import { Outline } from './Outline.js';
import { ProblemsPanel } from './ProblemsPanel.js';
import { ResearchView } from './ResearchView.js';
import { ShortcutSheet } from './ShortcutSheet.js';
import { ProblemAnnouncer } from './ProblemAnnouncer.js';
import { Toolbar } from './Toolbar.js';
import { LensBar } from '../lens/LensBar.js';
import { LensStore } from '../lens/lens-store.js';
import { LensContext } from '../lens/use-lens.js';
import { PresenterHost } from '../present/PresenterHost.js';

/** The diagram with its legend, or the research view. */
function MainArea() {
  const mode = useEditor((s) => s.mode);
  return (
    <main className="editor-main">
      {mode === 'research' ? (
        <ResearchView />
      ) : (
        <>
          <Canvas />
          <LensBar />
          <Legend />
        </>
      )}
    </main>
  );
}

export interface ChangemapEditorProps {
  /** The plan to open. A new `plan` object opens it (replacing the editor's undo history). */
  plan: Plan;
  /** Called with the new plan after every change. */
  onChange?: (plan: Plan) => void;
  /** Receives the editor's store, for hosts that add menus (open, save …) or persistence. */
  onReady?: (store: EditorStore) => void;
  /** Extra toolbar content from the host app. */
  toolbar?: ReactNode;
  /**
   * Makes the Web Worker that runs the automatic layout, for hosts whose bundler does not follow
   * `new Worker(new URL(…, import.meta.url))`; read once, when the editor mounts. By default the
   * editor's own `elk-worker.js` is used, one worker shared by every editor on the page.
   */
  layoutWorker?: LayoutWorkerFactory;
}

/**
 * The theory-of-change editor: outline, canvas, inspector and problems panel around one plan.
 * The plan goes in, changes come out through `onChange`; everything else is internal.
 */
export function ChangemapEditor({ plan, onChange, onReady, toolbar, layoutWorker }: ChangemapEditorProps) {
  const [store] = useState(() => {
    const created = new EditorStore(plan);
    created.setLayoutEngine(layoutWorker ? createElkLayout(layoutWorker) : layoutView);
    return created;
  });

  useEffect(() => {
    if (store.getSnapshot().plan !== plan) store.replace(plan);
  }, [plan, store]);
  useEffect(() => (onChange ? store.onPlanChange(onChange) : undefined), [onChange, store]);
  useEffect(() => onReady?.(store), [onReady, store]);
  // Search, filters, pathway highlight and presenting: how the plan is looked at, never edits.
  const [lens] = useState(() => new LensStore());
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [colourMode, setColourMode] = useState<'system' | 'light' | 'dark'>('system');
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target instanceof Element && target.closest('input, textarea, select')) return; // let fields undo their own typing
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        if (event.shiftKey) store.redo();
        else store.undo();
      } else if (mod && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        store.redo();
      } else if (mod && event.shiftKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        document.querySelector<HTMLButtonElement>('[data-action="add-node"]')?.click();
      } else if (mod && event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        document.querySelector<HTMLSelectElement>('#link-to-target')?.focus();
      } else if (event.key === '?' && !mod) {
        event.preventDefault();
        setShortcutsOpen((open) => !open);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <EditorContext.Provider value={store}>
      <LensContext.Provider value={lens}>
      <ColourModeContext.Provider value={colourMode}>
      <ReactFlowProvider>
        <div className="changemap-editor">
          <Toolbar onTheme={setColourMode}>{toolbar}</Toolbar>
          <NoticeBar />
          <ShortcutSheet open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
          <ProblemAnnouncer />
          <div className="editor-body">
            <Outline />
            <MainArea />
            <div className="editor-side">
              <Inspector />
              <ProblemsPanel />
            </div>
          </div>
        </div>
        <PresenterHost />
      </ReactFlowProvider>
      </ColourModeContext.Provider>
      </LensContext.Provider>
    </EditorContext.Provider>
  );
}

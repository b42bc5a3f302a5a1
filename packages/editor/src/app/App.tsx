import { applyCommand, commands, createPlan, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan } from '@changemap/core';
import { exportJson, importModel } from '@changemap/schemas';
import templateUrl from '../../../../docs/templates/changemap-template.xlsx?url';
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ChangemapEditor, type EditorTheme } from '../components/ChangemapEditor.js';
import { PrintReport, printViews, type PrintSet } from '../components/PrintReport.js';
import type { EditorStore, Notice } from '../state/editor-store.js';
import { createAutosaver } from '../storage/autosave.js';
import { downloadBlob, downloadText, fileNameFor, OPENABLE_FILES, pickFilesWithPicker } from '../storage/files.js';
import { svgToPng } from '../export/view-png.js';
import { boardFileName } from '../export/board-file-name.js';
import { today, viewTitleOf } from '../export/view-svg.js';
import { boardViews, makeBoardPictures } from '../export/board-pictures.js';
import { layOutBoard } from '../export/board-layout.js';
import { runElk } from '../layout/elk-runner.js';
import { getPictureStore } from '../picture/picture-store.js';
import { createTabSync } from '../storage/tab-sync.js';
import { loadFlagship } from './flagship.js';
import { readThemePreference, saveThemePreference } from './theme-preference.js';
import { readPanelPreference, savePanelPreference } from './panel-preference.js';
import type { SidePanels } from '../components/SidePanel.js';
import { openFiles } from '../storage/open-file.js';
import { useFileDrop } from './file-drop.js';
import { useReplaceGuard } from './ReplaceGuard.js';
import { rememberUnsaved } from '../storage/unsaved.js';
import { rememberOpenView } from '../storage/view-memory.js';
import type { RoomAddress, SharedRoom } from '../collab/shared-room.js';
import { ShareDialog } from './shared/ShareDialog.js';

/**
 * The app around the editor: opening and saving files through the import pipeline, a new plan,
 * the example, autosave to this browser, and keeping two tabs in step.
 */
export function App({
  initialPlan,
  startupNotice,
  unsavedAtStart = false,
  onShared,
}: {
  initialPlan: Plan;
  startupNotice?: string;
  unsavedAtStart?: boolean;
  /** Called when Share has put the plan in a room: the app switches to it. */
  onShared?: (address: RoomAddress, room: SharedRoom) => void;
}) {
  const [store, setStore] = useState<EditorStore>();
  const [sharing, setSharing] = useState(false);
  const [theme, setTheme] = useState(readThemePreference);
  const chooseTheme = useCallback((next: EditorTheme) => {
    setTheme(next);
    saveThemePreference(next);
  }, []);
  const [panels, setPanels] = useState(readPanelPreference);
  const choosePanels = useCallback((next: SidePanels) => {
    setPanels(next);
    savePanelPreference(next);
  }, []);
  const fileInput = useRef<HTMLInputElement>(null);
  // The print report is built only when printing. Its pictures are laid out (ELK, asynchronous)
  // before the print dialog opens: the Print button and Ctrl+P prepare them, then print.
  const [printing, setPrinting] = useState(false);
  const [printSet, setPrintSet] = useState<PrintSet>();
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => {
      setPrinting(false);
      setPrintSet(undefined);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = useCallback(async () => {
    if (!store) return;
    const { plan, viewId } = store.getSnapshot();
    const picture = getPictureStore(store);
    const calls = boardViews(plan).filter((id) => id !== WHOLE_PLAN_VIEW);
    const boards: PrintSet['boards'] = [];
    for (const id of printViews(plan, viewId, calls)) boards.push({ viewId: id, board: await layOutBoard(plan, id, runElk, picture.settings(id)) });
    flushSync(() => setPrintSet({ plan, date: today(), boards }));
    window.print();
  }, [store]);
  useEffect(() => {
    // Ctrl+P prints the board picture too, not the screen.
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        void print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [print]);

  useEffect(() => {
    if (!store) return;
    if (startupNotice) store.notify({ tone: 'info', text: startupNotice });
    // A plan restored from this browser keeps knowing that it was never saved to a file.
    if (unsavedAtStart) store.setUnsaved(true);
    const stopRemembering = rememberUnsaved(store);
    const stopRememberingView = rememberOpenView(store);
    let applyingRemote = false;
    const sync = createTabSync((text) => {
      const result = importModel(text, { skipValidation: true });
      if (!result.ok) return;
      applyingRemote = true;
      store.replace(result.model, { tone: 'info', text: 'This plan was changed in another tab; it now shows those changes.' });
      applyingRemote = false;
    });
    const saver = createAutosaver({
      onSaved: (text) => sync.announce(text),
      onError: () =>
        store.notify({
          tone: 'error',
          text: 'Your changes could not be saved in this browser (storage is full or blocked). Download a copy to keep them.',
          action: { label: 'Download a copy', run: () => downloadText(exportJson(store.getSnapshot().plan), fileNameFor(store.getSnapshot().plan.title)) },
        }),
    });
    const stop = store.onPlanChange((plan) => {
      if (!applyingRemote) saver.schedule(() => exportJson(plan));
    });
    const flush = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      stop();
      stopRemembering();
      stopRememberingView();
      flush();
      sync.close();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [store, startupNotice, unsavedAtStart]);

  const save = useCallback(() => {
    if (!store) return;
    const plan = store.getSnapshot().plan;
    downloadText(exportJson(plan), fileNameFor(plan.title));
    store.setUnsaved(false);
  }, [store]);
  const { dialog: replaceDialog, guard } = useReplaceGuard(store, save);

  /** Replaces the open plan as one undo step, and says how to bring it back. */
  const replaceUndoably = useCallback(
    (plan: Plan, notice: Notice, viewId?: string) => {
      if (!store) return;
      const bringBack = { label: 'Bring back the previous plan', run: () => store.undo() };
      store.replace(
        plan,
        { ...notice, text: `${notice.text} Undo brings back the previous plan.`, action: notice.action ?? bringBack },
        { viewId, undoable: true },
      );
    },
    [store],
  );

  // Plans, pictures, ToC-Maker charts and spreadsheets all open here (Open… or dropped on the
  // diagram); a failure leaves the open plan as it was, and unsaved changes are asked about first.
  const openChosen = useCallback(
    async (files: readonly File[]) => {
      if (!store || files.length === 0) return;
      const outcome = await openFiles(await Promise.all(files.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() }))));
      if (!outcome.ok) {
        store.notify(outcome.notice);
        return;
      }
      const names = files.map((file) => `“${file.name}”`).join(' and ');
      guard(`open ${names}`, () => replaceUndoably(outcome.plan, outcome.notice));
    },
    [store, guard, replaceUndoably],
  );
  useFileDrop(openChosen);

  const open = async () => {
    const files = await pickFilesWithPicker();
    if (files === null) fileInput.current?.click();
    else if (files) await openChosen(files);
  };

  const exportPicture = async (format: 'svg' | 'png') => {
    if (!store) return;
    const { plan, viewId } = store.getSnapshot();
    const date = today();
    const [picture] = await makeBoardPictures(plan, [viewId], {
      date,
      layout: runElk,
      settings: (id) => getPictureStore(store).settings(id),
    });
    const { svg, width, height } = picture!;
    const name = boardFileName(plan.title, viewTitleOf(plan, viewId), date, `.${format}`);
    if (format === 'svg') {
      downloadText(svg, name, 'image/svg+xml');
      return;
    }
    try {
      const { blob, scale } = await svgToPng(svg, width, height);
      downloadBlob(blob, name);
      if (scale < 2) store.notify({ tone: 'info', text: `This view is very large, so the picture was made at ${Math.round(scale * 100)}% size.` });
    } catch (error) {
      store.notify({
        tone: 'error',
        text: `The picture could not be made: ${error instanceof Error ? error.message : String(error)}. Try Export SVG instead.`,
      });
    }
  };

  const newPlan = () =>
    guard('start a new plan', () => {
      const empty = createPlan({ id: 'new-plan', title: 'Untitled plan' });
      const plan = applyCommand(empty, commands.addNode({ id: 'vision', kind: 'vision', title: 'Our shared vision' }, 'plan', { x: 0, y: 0 }));
      replaceUndoably(plan, { tone: 'info', text: 'A new plan. Start with the vision: use “+ Add box”.' }, 'plan');
    });

  const resetToExample = () => guard('open the example plan', () => replaceUndoably(loadFlagship(), { tone: 'info', text: 'The example plan is open.' }));

  return (
    <>
      <ChangemapEditor
        plan={initialPlan}
        onReady={setStore}
        theme={theme}
        onThemeChange={chooseTheme}
        panels={panels}
        onPanelsChange={choosePanels}
        toolbar={
          <span className="toolbar-group files">
            <button
              type="button"
              onClick={() => void open()}
              title="A Changemap plan, a picture exported by Changemap, a ToC-Maker chart, or a spreadsheet of elements and connections (.xlsx or .csv)"
            >
              Open…
            </button>
            <a
              className="toolbar-link"
              href={templateUrl}
              download="changemap-template.xlsx"
              title="A spreadsheet to fill in with your plan's boxes and links, then open with Open…"
            >
              Spreadsheet template
            </a>
            <button type="button" onClick={save} data-action="save">
              Save
            </button>
            <button type="button" onClick={() => void exportPicture('svg')} data-action="export-svg" title="A picture of this view, with the plan inside it">
              Export SVG
            </button>
            <button type="button" onClick={() => void exportPicture('png')} data-action="export-png">
              Export PNG
            </button>
            <button type="button" onClick={() => void print()} data-action="print" title="This view as a board paper (the whole plan: every call to action)">
              Print
            </button>
            <button type="button" onClick={newPlan}>
              New plan
            </button>
            <button type="button" onClick={resetToExample}>
              Example
            </button>
            {onShared && (
              <button type="button" data-action="share" onClick={() => setSharing(true)} title="Work on this plan together: put it in a room on a sync server">
                Share…
              </button>
            )}
          </span>
        }
      />
      {store && printing && <PrintReport store={store} set={printSet} />}
      {replaceDialog}
      {store && onShared && (
        <ShareDialog
          open={sharing}
          plan={store.getSnapshot().plan}
          onClose={() => setSharing(false)}
          onShared={(address, room) => {
            setSharing(false);
            onShared(address, room);
          }}
        />
      )}
      <input
        ref={fileInput}
        type="file"
        accept={OPENABLE_FILES}
        multiple
        hidden
        data-testid="open-file-input"
        onChange={async (e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          await openChosen(files);
        }}
      />
    </>
  );
}

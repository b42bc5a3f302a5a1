import { commands, createPlan } from '@changemap/core';
import type { Plan } from '@changemap/core';
import { exportJson, importModel } from '@changemap/schemas';
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ChangemapEditor } from '../components/ChangemapEditor.js';
import { PrintReport } from '../components/PrintReport.js';
import type { EditorStore } from '../state/editor-store.js';
import { createAutosaver } from '../storage/autosave.js';
import { downloadBlob, downloadText, fileNameFor, pickFileWithPicker } from '../storage/files.js';
import { svgToPng } from '../export/view-png.js';
import { planTextFromSvg, viewToSvg } from '../export/view-svg.js';
import { createTabSync } from '../storage/tab-sync.js';
import { loadFlagship } from './flagship.js';

/** The plan inside an SVG picture exported by Changemap, if the bytes are one. */
function planFromPicture(bytes: ArrayBuffer): string | undefined {
  const head = new TextDecoder().decode(bytes.slice(0, 200)).trimStart();
  if (!head.startsWith('<')) return undefined;
  return planTextFromSvg(new TextDecoder().decode(bytes)) ?? '';
}

/**
 * The app around the editor: opening and saving files through the import pipeline, a new plan,
 * the example, autosave to this browser, and keeping two tabs in step.
 */
export function App({ initialPlan, startupNotice }: { initialPlan: Plan; startupNotice?: string }) {
  const [store, setStore] = useState<EditorStore>();
  const fileInput = useRef<HTMLInputElement>(null);
  // The print report is built only when printing: it draws every call to action.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  useEffect(() => {
    if (!store) return;
    if (startupNotice) store.notify({ tone: 'info', text: startupNotice });
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
      flush();
      sync.close();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [store, startupNotice]);

  const openBytes = useCallback(
    (name: string, bytes: ArrayBuffer) => {
      if (!store) return;
      const fromPicture = planFromPicture(bytes);
      if (fromPicture === '') {
        store.notify({ tone: 'error', text: `“${name}” is a picture with no Changemap plan inside. Your open plan has not changed.` });
        return;
      }
      const result = importModel(fromPicture ?? bytes);
      if (!result.ok) {
        store.notify({
          tone: 'error',
          text: `“${name}” could not be opened. Your open plan has not changed.`,
          details: result.errors.map((e) => `${e.message}${e.line !== undefined ? ` (line ${e.line}, column ${e.column})` : ''}`),
        });
        return;
      }
      const repairs = result.issues.filter((i) => ['duplicate-id', 'dangling-edge', 'unknown-position'].includes(i.code));
      const parts = [`Opened “${result.model.title}”.`];
      if (result.migratedFrom !== undefined) parts.push(`It was made with an older Changemap (format ${result.migratedFrom}) and has been updated; save it to keep the update.`);
      if (repairs.length > 0) parts.push(`${repairs.length} problem${repairs.length === 1 ? ' was' : 's were'} repaired while opening:`);
      store.replace(result.model, {
        tone: result.migratedFrom !== undefined || repairs.length > 0 ? 'warning' : 'info',
        text: parts.join(' '),
        ...(repairs.length > 0 && { details: repairs.map((r) => r.message) }),
      });
    },
    [store],
  );

  const open = async () => {
    const file = await pickFileWithPicker();
    if (file === null) fileInput.current?.click();
    else if (file) openBytes(file.name, await file.arrayBuffer());
  };

  const save = () => {
    if (!store) return;
    const plan = store.getSnapshot().plan;
    downloadText(exportJson(plan), fileNameFor(plan.title));
  };

  const exportPicture = async (format: 'svg' | 'png') => {
    if (!store) return;
    const { plan, viewId } = store.getSnapshot();
    const { svg, width, height } = viewToSvg(plan, viewId);
    const name = fileNameFor(viewId === 'plan' ? plan.title : `${plan.title} ${plan.nodes.get(viewId)?.title ?? ''}`, `.${format}`);
    if (format === 'svg') {
      downloadText(svg, name, 'image/svg+xml');
      return;
    }
    try {
      const { blob, scale } = await svgToPng(svg, width, height);
      downloadBlob(blob, name);
      if (scale < 2) store.notify({ tone: 'info', text: `This view is very large, so the picture was made at ${Math.round(scale * 100)}% size.` });
    } catch (error) {
      store.notify({ tone: 'error', text: `The picture could not be made: ${error instanceof Error ? error.message : String(error)}. Try Export SVG instead.` });
    }
  };

  const newPlan = () => {
    if (!store || !window.confirm('Start a new, empty plan? Save this one first if you want to keep it.')) return;
    store.replace(createPlan({ id: 'new-plan', title: 'Untitled plan' }), { tone: 'info', text: 'A new plan. Start with the vision: use “+ Add box”.' }, 'plan');
    store.apply(commands.addNode({ id: 'vision', kind: 'vision', title: 'Our shared vision' }, 'plan', { x: 0, y: 0 }), { skipHistory: true });
  };

  const resetToExample = () => {
    if (!store || !window.confirm('Replace the open plan with the example “A Tower Hamlets for All”? Save this one first if you want to keep it.')) return;
    store.replace(loadFlagship(), { tone: 'info', text: 'The example plan is open again.' });
  };

  return (
    <>
      <ChangemapEditor
        plan={initialPlan}
        onReady={setStore}
        toolbar={
          <span className="toolbar-group files">
            <button type="button" onClick={() => void open()}>Open…</button>
            <button type="button" onClick={save} data-action="save">Save</button>
            <button type="button" onClick={() => void exportPicture('svg')} data-action="export-svg" title="A picture of this view, with the plan inside it">Export SVG</button>
            <button type="button" onClick={() => void exportPicture('png')} data-action="export-png">Export PNG</button>
            <button type="button" onClick={() => window.print()}>Print</button>
            <button type="button" onClick={newPlan}>New plan</button>
            <button type="button" onClick={resetToExample}>Example</button>
          </span>
        }
      />
      {store && printing && <PrintReport store={store} />}
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json,.svg,image/svg+xml"
        hidden
        data-testid="open-file-input"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) openBytes(file.name, await file.arrayBuffer());
        }}
      />
    </>
  );
}

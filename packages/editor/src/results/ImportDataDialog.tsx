import type { IndicatorNode } from '@changemap/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { previewIndicatorImport, type ImportChoices, type ImportPreview } from './import-preview.js';

interface ChosenData {
  name: string;
  bytes: Uint8Array;
}

/**
 * Import data… for one indicator: choose a CSV file, see the layout recognised, the column mapping,
 * the areas, the readings each series gets and every refused row, then import it all as one undo
 * step. Nothing changes until “Import”.
 */
export function ImportDataDialog({ indicator, onClose }: { indicator: IndicatorNode; onClose: () => void }) {
  const store = useEditorStore();
  const plan = useEditor((s) => s.plan);
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [file, setFile] = useState<ChosenData | undefined>();
  const [choices, setChoices] = useState<ImportChoices>({});
  const [readError, setReadError] = useState<string | undefined>();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  // Read once per file and choice (a national file is tens of thousands of rows), not on every render.
  const preview: ImportPreview | undefined = useMemo(
    () => (file ? previewIndicatorImport(plan, file.bytes, indicator.id, file.name, choices) : undefined),
    [plan, file, indicator.id, choices],
  );
  const areaCode = choices.area ?? indicator.area?.code ?? (preview?.areas.length === 1 ? preview.areas[0]!.code : '');
  const compare = choices.compare ?? indicator.comparatorSeries?.map((s) => s.code) ?? [];
  const readings = preview?.series.reduce((sum, s) => sum + s.readings, 0) ?? 0;

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    try {
      setReadError(undefined);
      setFile({ name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) });
    } catch {
      setReadError(`“${chosen.name}” could not be read. Nothing has changed.`);
    }
  };

  const apply = () => {
    if (!preview?.command) return;
    if (store.apply(preview.command)) {
      const refused = preview.refused.length;
      store.notify({
        tone: refused > 0 ? 'warning' : 'info',
        text: `Imported ${readings} reading${readings === 1 ? '' : 's'} into “${indicator.title}” from “${file!.name}”${refused > 0 ? `; ${refused} row${refused === 1 ? ' was' : 's were'} refused` : ''}. Undo (Ctrl+Z) takes the import back.`,
      });
      onClose();
    }
  };

  return (
    <dialog ref={dialog} className="import-data-dialog" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <h2 id={`${id}-title`}>Import data for “{indicator.title}”</h2>
      <p className="muted">
        A Fingertips data export, the Fingertips upload layout, or any CSV with a column map. Rows for the same periods replace what is there.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>CSV file</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {readError && (
        <p className="field-error" role="alert">
          {readError}
        </p>
      )}
      {preview && (
        <>
          {preview.areas.length > 1 && (
            <fieldset>
              <legend>Areas</legend>
              <label className="area-choice">
                This indicator’s area{' '}
                <select value={areaCode} onChange={(e) => setChoices({ ...choices, area: e.target.value })} data-testid="import-area">
                  <option value="">Choose…</option>
                  {preview.areas.map((a) => (
                    <option key={a.code} value={a.code}>
                      {a.name ? `${a.name} (${a.code})` : a.code}
                    </option>
                  ))}
                </select>
              </label>
              <p className="muted">Compare with:</p>
              {preview.areas
                .filter((a) => a.code !== areaCode)
                .slice(0, 20)
                .map((a) => (
                  <label key={a.code} className="area-choice">
                    <input
                      type="checkbox"
                      checked={compare.includes(a.code)}
                      onChange={(e) => setChoices({ ...choices, compare: e.target.checked ? [...compare, a.code] : compare.filter((c) => c !== a.code) })}
                    />{' '}
                    {a.name ? `${a.name} (${a.code})` : a.code}
                  </label>
                ))}
            </fieldset>
          )}
          <div className="field">
            <label htmlFor={`${id}-map`}>Column map (only for other tables)</label>
            <input
              id={`${id}-map`}
              type="text"
              placeholder="area=GSSCode,period=Year,value=Value"
              value={choices.map ?? ''}
              onChange={(e) => setChoices({ ...choices, map: e.target.value })}
            />
          </div>
          <ImportPreviewDetails preview={preview} />
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!preview?.command} onClick={apply} data-action="apply-import">
          {preview?.command ? `Import ${readings} reading${readings === 1 ? '' : 's'}` : 'Import'}
        </button>
      </div>
    </dialog>
  );
}

function ImportPreviewDetails({ preview }: { preview: ImportPreview }) {
  return (
    <div className="import-preview" data-testid="import-preview">
      {preview.layout && (
        <p>
          Recognised: <strong>{preview.layout}</strong>.
        </p>
      )}
      {preview.mapping.length > 0 && (
        <table>
          <caption className="visually-hidden">Columns read</caption>
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {preview.mapping.map((m) => (
              <tr key={`${m.header}-${m.readAs}`}>
                <td>{m.header}</td>
                <td>{m.readAs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.errors.length > 0 && (
        <div role="alert">
          <p className="refused">
            <strong>Nothing can be imported yet:</strong>
          </p>
          <ul className="refused">
            {preview.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.series.length > 0 && (
        <>
          <p>
            <strong>Will import:</strong>
          </p>
          <ul>
            {preview.series.map((s) => (
              <li key={`${s.role}-${s.code}`}>
                {s.readings} reading{s.readings === 1 ? '' : 's'} for {s.name ? `${s.name} (${s.code})` : s.code || 'the file'} —{' '}
                {s.role === 'indicator' ? 'this indicator' : 'a comparator'}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.skipped && preview.skipped.otherAreas + preview.skipped.breakdown + preview.skipped.otherIndicators > 0 && (
        <p className="muted">
          Left out on purpose: {preview.skipped.otherAreas} rows of other areas, {preview.skipped.breakdown} breakdown rows (sex, age, deprivation),{' '}
          {preview.skipped.otherIndicators} rows of other indicators.
        </p>
      )}
      {preview.command && preview.refused.length > 0 && (
        <>
          <p className="refused">
            <strong>
              {preview.refused.length} row{preview.refused.length === 1 ? '' : 's'} refused
            </strong>{' '}
            (the rest can be imported):
          </p>
          <ul className="refused">
            {preview.refused.slice(0, 50).map((r) => (
              <li key={r.row}>
                Row {r.row}: {r.reason}
              </li>
            ))}
            {preview.refused.length > 50 && <li>… and {preview.refused.length - 50} more.</li>}
          </ul>
        </>
      )}
      {preview.notes.length > 0 && (
        <ul className="muted">
          {preview.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { getViewDirection } from '@changemap/core';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import type { ShowSettings } from './annotations.js';
import { usePicture, type PictureStore } from './picture-store.js';

const TOGGLES: { key: keyof ShowSettings; label: string }[] = [
  { key: 'indicators', label: 'Indicators' },
  { key: 'partners', label: 'Partners' },
  { key: 'principles', label: 'Principles' },
  { key: 'research', label: 'Research questions' },
  { key: 'evidence', label: 'Assumptions & evidence' },
];

/** The canvas's Show menu: which annotations are drawn as full boxes and links, and which way the levels run. */
export function ShowMenu({
  picture,
  foldedGroups,
  onTurned,
}: {
  picture: PictureStore;
  /** How many group boxes the view draws now. */
  foldedGroups: number;
  /** After the levels were turned and laid out again. */
  onTurned?: () => void;
}) {
  const show = usePicture(picture, (s) => s.show);
  const store = useEditorStore();
  const viewId = useEditor((s) => s.viewId);
  const foldedByHand = usePicture(picture, (s) => s.folds.has(viewId));
  // Saved with the view in the plan: an undoable change that the file, the page and the exports keep.
  const direction = useEditor((s) => getViewDirection(s.plan, s.viewId));
  return (
    <details className="show-menu">
      <summary>Show</summary>
      <fieldset>
        <legend>As boxes and links</legend>
        {TOGGLES.map(({ key, label }) => (
          <label key={key}>
            <input type="checkbox" checked={show[key]} onChange={(event) => picture.setShow({ ...show, [key]: event.target.checked })} /> {label}
          </label>
        ))}
      </fieldset>
      <div className="show-groups" role="group" aria-label="Groups">
        <button type="button" disabled={foldedGroups === 0} onClick={() => picture.unfoldAll(viewId)}>
          Unfold all{foldedGroups > 0 ? ` (${foldedGroups} group${foldedGroups === 1 ? '' : 's'})` : ''}
        </button>
        <button type="button" disabled={!foldedByHand} onClick={() => picture.foldAsOpened(viewId)}>
          Fold as opened
        </button>
      </div>
      <label className="show-direction">
        Levels run{' '}
        <select value={direction} onChange={(event) => void store.setViewDirection(event.target.value === 'down' ? 'down' : 'right').then(onTurned)}>
          <option value="right">left to right</option>
          <option value="down">top to bottom</option>
        </select>
      </label>
    </details>
  );
}

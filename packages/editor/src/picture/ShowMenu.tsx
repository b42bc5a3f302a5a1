import type { ShowSettings } from './annotations.js';
import type { PictureDirection } from './picture-graph.js';
import { usePicture, type PictureStore } from './picture-store.js';

const TOGGLES: { key: keyof ShowSettings; label: string }[] = [
  { key: 'indicators', label: 'Indicators' },
  { key: 'partners', label: 'Partners' },
  { key: 'principles', label: 'Principles' },
  { key: 'research', label: 'Research questions' },
  { key: 'evidence', label: 'Assumptions & evidence' },
];

/** The canvas's Show menu: which annotations are drawn as full boxes and links, and which way the levels run. */
export function ShowMenu({ picture }: { picture: PictureStore }) {
  const show = usePicture(picture, (s) => s.show);
  const direction = usePicture(picture, (s) => s.direction);
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
      <label className="show-direction">
        Levels run{' '}
        <select value={direction} onChange={(event) => picture.setDirection(event.target.value as PictureDirection)}>
          <option value="RIGHT">left to right</option>
          <option value="DOWN">top to bottom</option>
        </select>
      </label>
    </details>
  );
}

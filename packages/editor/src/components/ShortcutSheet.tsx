import { useEffect, useId, useRef } from 'react';

const SHORTCUTS: [string, string][] = [
  ['Tab / Shift+Tab', 'move between boxes on the diagram'],
  ['Enter or Space', 'select the focused box'],
  ['Arrow keys', 'move the selected box (Shift: further)'],
  ['Delete or Backspace', 'delete the selected box or link'],
  ['Ctrl+Shift+A', 'add a box of the kind chosen in the toolbar'],
  ['Ctrl+Shift+L', 'link the selected box to another (in the inspector)'],
  ['Ctrl+Z', 'undo'],
  ['Ctrl+Shift+Z or Ctrl+Y', 'redo'],
  ['Ctrl+F or /', 'search the boxes of the plan'],
  ['Escape (on the diagram)', 'clear the selection and its highlighted pathways'],
  ['P', 'present this view; then ← → step, O overview, N notes, Escape leave'],
  ['?', 'show or hide these shortcuts'],
  ['Escape', 'close this sheet'],
];

/** The keyboard shortcuts, as a dialog opened with “?”. */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal?.();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="shortcut-sheet" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}

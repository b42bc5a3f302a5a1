import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { EditorStore } from '../state/editor-store.js';

/** What the officer is about to do that would replace the open plan: “open ‘budget.json’”, “start a new plan”. */
interface Pending {
  what: string;
  proceed: () => void;
}

/**
 * Open…, New plan and Example replace the open plan. When it has changes not saved to a file,
 * `guard` first asks — save a copy first, replace anyway, or cancel — in a modal dialog, so work
 * is never thrown away silently. Returns the dialog to render and the guard.
 */
export function useReplaceGuard(store: EditorStore | undefined, save: () => void): { dialog: ReactNode; guard: (what: string, proceed: () => void) => void } {
  const [pending, setPending] = useState<Pending>();
  const guard = useCallback(
    (what: string, proceed: () => void) => {
      if (store?.getSnapshot().unsaved) setPending({ what, proceed });
      else proceed();
    },
    [store],
  );
  const answer = (choice: 'save' | 'replace' | 'cancel') => {
    const chosen = pending;
    setPending(undefined);
    if (!chosen || choice === 'cancel') return;
    if (choice === 'save') save();
    chosen.proceed();
  };
  return { dialog: <ReplaceDialog pending={pending} onAnswer={answer} />, guard };
}

function ReplaceDialog({ pending, onAnswer }: { pending: Pending | undefined; onAnswer: (choice: 'save' | 'replace' | 'cancel') => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (pending && !element.open) element.showModal?.();
    if (!pending && element.open) element.close();
  }, [pending]);
  return (
    <dialog
      ref={dialog}
      className="replace-dialog"
      aria-labelledby="replace-title"
      aria-describedby="replace-text"
      // Escape closes the dialog: that is Cancel.
      onCancel={(e) => {
        e.preventDefault();
        onAnswer('cancel');
      }}
    >
      <h2 id="replace-title">Keep your changes?</h2>
      <p id="replace-text">
        The open plan has changes that are not saved to a file. If you {pending?.what ?? 'go on'}, it will be replaced. You can bring it back with Undo, but
        saving a copy first keeps it safe.
      </p>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={() => onAnswer('save')} autoFocus>
          Save a copy first
        </button>
        <button type="button" onClick={() => onAnswer('replace')}>
          Replace without saving
        </button>
        <button type="button" onClick={() => onAnswer('cancel')}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

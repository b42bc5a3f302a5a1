import { useEffect, useRef, type RefObject } from 'react';

export interface PresenterActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  toggleNotes: () => void;
  toggleOverview: () => void;
  exit: () => void;
}

/**
 * The presenter's keys, on its own element: → / PageDown / Space next, ← / PageUp previous,
 * Home / End, O overview, N notes, Escape leave. Focus moves into the presenter on opening (so a clicker or
 * the arrows work at once), Tab stays inside it, and focus goes back where it was on leaving.
 * No key reaches the editor behind while presenting (Ctrl+Z must not edit the plan unseen).
 */
export function usePresenterKeys(root: RefObject<HTMLElement | null>, actions: PresenterActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      event.stopPropagation();
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const onButton = event.target instanceof HTMLButtonElement;
      const act = latest.current;
      const action = ((): (() => void) | undefined => {
        switch (event.key) {
          case 'ArrowRight':
          case 'ArrowDown':
          case 'PageDown':
            return act.next;
          case ' ':
            return onButton ? undefined : act.next; // Space on a button presses the button
          case 'ArrowLeft':
          case 'ArrowUp':
          case 'PageUp':
            return act.previous;
          case 'Home':
            return act.first;
          case 'End':
            return act.last;
          case 'n':
          case 'N':
            return act.toggleNotes;
          case 'o':
          case 'O':
            return act.toggleOverview;
          case 'Escape':
            return act.exit;
          case 'Tab':
            keepTabInside(element, event);
            return undefined;
          default:
            return undefined;
        }
      })();
      if (!action) return;
      event.preventDefault();
      action();
    };
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('keydown', onKey);
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, [root]);
}

function keepTabInside(element: HTMLElement, event: KeyboardEvent): void {
  const focusable = [...element.querySelectorAll<HTMLElement>('button:not(:disabled), [href], input, select, textarea, [tabindex="0"]')];
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === element)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

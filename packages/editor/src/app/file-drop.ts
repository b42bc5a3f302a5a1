import { useEffect } from 'react';

/** Whether a drag carries files (not text or a box being dragged inside the page). */
function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Files dropped on the diagram open as with Open… (`open` runs the same import and the same
 * question about unsaved changes). While files are dragged over it, the diagram is outlined.
 * Dropped anywhere else, the browser must not navigate away to the file: that would lose the page.
 */
export function useFileDrop(open: (files: File[]) => void | Promise<void>): void {
  useEffect(() => {
    const canvasUnder = (event: DragEvent) => (event.target instanceof Element ? event.target.closest<HTMLElement>('.canvas') : null);
    const mark = (on: HTMLElement | null) => {
      for (const canvas of document.querySelectorAll('.canvas.is-drop-target')) if (canvas !== on) canvas.classList.remove('is-drop-target');
      on?.classList.add('is-drop-target');
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const canvas = canvasUnder(event);
      if (event.dataTransfer) event.dataTransfer.dropEffect = canvas ? 'copy' : 'none';
      mark(canvas);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) mark(null); // left the window
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      mark(null);
      if (canvasUnder(event)) void open([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [open]);
}

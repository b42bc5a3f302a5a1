import { get, set } from 'idb-keyval';

const KEY = 'changemap:autosave:v1';

/** The last autosaved plan text, if any. */
export async function loadAutosave(): Promise<string | undefined> {
  const value = await get<string>(KEY);
  return typeof value === 'string' ? value : undefined;
}

/**
 * Saves plan text to IndexedDB at most every `delayMs`, and at once when `flush` is called (the tab
 * is hidden or closing). An IndexedDB write is one transaction: a tab closed mid-save leaves the
 * previous good copy. Failures go to `onError`, so the officer can be offered a download instead.
 */
export function createAutosaver(options: { delayMs?: number; onSaved?: (text: string) => void; onError: (error: unknown) => void }) {
  const delay = options.delayMs ?? 400;
  // The latest plan's serialiser: serialising waits for the save itself, not every keystroke or drag step.
  let pending: (() => string) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const produce = pending;
    pending = undefined;
    if (produce === undefined) return;
    try {
      const text = produce();
      await set(KEY, text);
      options.onSaved?.(text);
    } catch (error) {
      options.onError(error);
    }
  };

  return {
    schedule(produce: () => string) {
      pending = produce;
      timer ??= setTimeout(() => void flush(), delay);
    },
    flush,
    get isPending() {
      return pending !== undefined;
    },
  };
}

import { createContext, useContext, useSyncExternalStore } from 'react';
import { LensStore, type LensSnapshot } from './lens-store.js';

export const LensContext = createContext<LensStore | null>(null);

/** Used where no editor provides a lens (a story's canvas): nothing searched, filtered or highlighted. */
const NO_LENS = new LensStore();

/** The lens of the surrounding editor. */
export function useLensStore(): LensStore {
  return useContext(LensContext) ?? NO_LENS;
}

/** A slice of the lens state; re-renders only when the slice changes. */
export function useLens<T>(select: (snapshot: LensSnapshot) => T): T {
  const lens = useLensStore();
  return useSyncExternalStore(lens.subscribe, () => select(lens.getSnapshot()));
}

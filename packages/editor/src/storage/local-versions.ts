import { createVersion, isPlanVersion, newestFirst, readVersionPlan, versionInfo, CollabError, type PlanVersion, type VersionStore } from '@changemap/collab';
import { get, set } from 'idb-keyval';

/** Versions of local plans, by plan id: one IndexedDB entry per plan. */
const KEY_PREFIX = 'changemap:versions:v1:';

/** At most this many versions per local plan; the oldest go first (the browser's storage is not a backup). */
export const MAX_LOCAL_VERSIONS = 100;

/**
 * Versions of a plan that lives only in this browser, kept in IndexedDB beside the autosave, with
 * the same interface as a shared room's versions, so the Versions panel works the same for both.
 * Each save is one IndexedDB write of the whole list: a tab closed mid-save keeps the list before it.
 */
export function createLocalVersionStore(planId: string, options: { now?: () => Date; id?: () => string } = {}): VersionStore {
  const key = `${KEY_PREFIX}${planId}`;
  const listeners = new Set<() => void>();
  const read = async (): Promise<PlanVersion[]> => {
    const stored = await get<unknown>(key);
    return Array.isArray(stored) ? stored.filter(isPlanVersion) : [];
  };
  return {
    list: async () => newestFirst((await read()).map(versionInfo)),
    save: async (name, plan, author) => {
      const version = createVersion(name, plan, author, options);
      const kept = newestFirst([version, ...(await read())]).slice(0, MAX_LOCAL_VERSIONS);
      await set(key, kept);
      for (const listener of listeners) listener();
      return versionInfo(version);
    },
    load: async (id) => {
      const version = (await read()).find((candidate) => candidate.id === id);
      if (!version) throw new CollabError('unknown-version', `There is no version “${id}” of this plan in this browser.`);
      return readVersionPlan(version);
    },
    observe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

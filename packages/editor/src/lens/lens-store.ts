import type { FilterFacet, NodeFilter } from '@changemap/core';

/**
 * How the officer is looking at the diagram — search text, filters, whether selecting a box
 * highlights its pathways, and a presentation in progress. View state, never plan edits: none of
 * it is saved in the plan or undone with Ctrl+Z.
 */
export interface LensSnapshot {
  query: string;
  filter: NodeFilter;
  /** Selecting a box dims everything off its pathways (on by default). */
  highlightPathways: boolean;
  /** A presentation running: of the whole view, or of the pathways through one box. */
  presenting: { pathwayOf?: string } | undefined;
}

type Listener = () => void;

export class LensStore {
  #snapshot: LensSnapshot = { query: '', filter: {}, highlightPathways: true, presenting: undefined };
  #listeners = new Set<Listener>();

  getSnapshot = (): LensSnapshot => this.#snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  setQuery(query: string): void {
    this.#set({ query });
  }

  /** Turns one value of one facet on or off. */
  toggleFilter(facet: FilterFacet, value: string, on: boolean): void {
    const current = this.#snapshot.filter[facet] ?? [];
    const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    this.#set({ filter: { ...this.#snapshot.filter, [facet]: next } });
  }

  clearFilters(): void {
    this.#set({ filter: {} });
  }

  setHighlightPathways(highlightPathways: boolean): void {
    this.#set({ highlightPathways });
  }

  present(pathwayOf?: string): void {
    this.#set({ presenting: pathwayOf === undefined ? {} : { pathwayOf } });
  }

  stopPresenting(): void {
    this.#set({ presenting: undefined });
  }

  #set(changes: Partial<LensSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...changes };
    for (const listener of this.#listeners) listener();
  }
}

const lenses = new WeakMap<object, LensStore>();

/**
 * The lens of one editor (its store): made on first use, so the provider, the keys on the editor's
 * element and any panel a host places all look through the same one.
 */
export function lensFor(editor: object): LensStore {
  let lens = lenses.get(editor);
  if (!lens) {
    lens = new LensStore();
    lenses.set(editor, lens);
  }
  return lens;
}

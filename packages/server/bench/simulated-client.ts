import { PLAN_MAPS } from '@changemap/collab';
import { WHOLE_PLAN_VIEW } from '@changemap/core';
import * as Y from 'yjs';
import { seededRandom } from './bench-plan.js';
import type { EditTracker } from './edit-tracker.js';

/** The edit mix (shares of all edits). */
export const EDIT_MIX = { moves: 0.7, titleEdits: 0.2, linksAddedOrRemoved: 0.1 } as const;

export type EditKind = 'move' | 'title' | 'addLink' | 'removeLink';

/**
 * One simulated person: makes seeded edits in the plan document in the mix above, as the editor's
 * binding would write them (a move sets a box's position in the whole-plan view; a title edit
 * sets one field of a box; a link is added as a new edge record or removed).
 */
export class SimulatedPerson {
  readonly #doc: Y.Doc;
  readonly #index: number;
  readonly #random: () => number;
  readonly #tracker: EditTracker;
  readonly #nodeIds: string[];
  readonly #actions: string[];
  readonly #outcomes: string[];
  #made = 0;

  constructor(doc: Y.Doc, index: number, seed: number, tracker: EditTracker) {
    this.#doc = doc;
    this.#index = index;
    this.#random = seededRandom(seed * 1000 + index);
    this.#tracker = tracker;
    const nodes = doc.getMap<Y.Map<unknown>>(PLAN_MAPS.nodes);
    this.#nodeIds = [...nodes.keys()].sort();
    this.#actions = this.#nodeIds.filter((id) => nodes.get(id)!.get('kind') === 'action');
    this.#outcomes = this.#nodeIds.filter((id) => nodes.get(id)!.get('kind') === 'outcome');
  }

  #pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.#random() * items.length)]!;
  }

  /** Makes one edit and records it; returns which kind it was. */
  edit(): EditKind {
    this.#made++;
    const roll = this.#random();
    if (roll < EDIT_MIX.moves) {
      const view = this.#doc.getMap<Y.Map<unknown>>(PLAN_MAPS.views).get(WHOLE_PLAN_VIEW)!;
      const positions = view.get('positions') as Y.Map<unknown>;
      positions.set(this.#pick(this.#nodeIds), { x: Math.round(this.#random() * 4000), y: Math.round(this.#random() * 2000) });
      this.#tracker.record(this.#index);
      return 'move';
    }
    if (roll < EDIT_MIX.moves + EDIT_MIX.titleEdits) {
      const node = this.#doc.getMap<Y.Map<unknown>>(PLAN_MAPS.nodes).get(this.#pick(this.#nodeIds))!;
      node.set('title', `Renamed by person ${this.#index} (${this.#made})`);
      this.#tracker.record(this.#index);
      return 'title';
    }
    const edges = this.#doc.getMap<Y.Map<unknown>>(PLAN_MAPS.edges);
    if (this.#random() < 0.5 && edges.size > 0) {
      // Picks among the links this person can see, so the number of links stays near 600.
      const keys = [...edges.keys()];
      const removed = this.#pick(keys);
      edges.delete(removed);
      this.#tracker.record(this.#index, removed);
      return 'removeLink';
    }
    const id = `bench-${this.#index}-${this.#made}`;
    edges.set(
      id,
      new Y.Map<unknown>([
        ['id', id],
        ['kind', 'contributesTo'],
        ['source', this.#pick(this.#actions)],
        ['target', this.#pick(this.#outcomes)],
      ]),
    );
    this.#tracker.record(this.#index);
    return 'addLink';
  }
}

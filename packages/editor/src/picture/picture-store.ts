import type { Plan } from '@changemap/core';
import type { NodeHandle } from '@xyflow/react';
import { useSyncExternalStore } from 'react';
import type { EditorStore } from '../state/editor-store.js';
import { SHOW_NONE, type ShowSettings } from './annotations.js';
import { boxContents } from './box-content.js';
import { drawnKey, getDrawnView, type DrawnView, type PictureSettings } from './drawn-view.js';
import type { BoxSize, PictureLayout } from './picture-graph.js';
import { foldsUnfoldingAll } from './unfold-all.js';

/** The picture's view state: how it is drawn, not what the plan says. */
export interface PictureSnapshot {
  /** Which annotations are drawn as full boxes (the Show menu), for every view. */
  show: ShowSettings;
  /** Per view: groups folded or unfolded by hand. */
  folds: ReadonlyMap<string, ReadonlyMap<string, boolean>>;
  /** Per view: the last automatic layout (routes, group places). */
  layouts: ReadonlyMap<string, PictureLayout>;
  /** How much a level band can hold (canvas units across the bands) and be read on the canvas as it is now; unknown before the canvas is drawn. */
  levelRoom: number | undefined;
  /**
   * Per view: the side panels folded for it because its levels do not fit across the canvas beside
   * them at a readable size (room-for-levels.ts), less those the officer opened again. Not the
   * officer's choice of panels: another view, or another plan, shows the panels as they chose.
   */
  roomFolds: ReadonlyMap<string, ReadonlySet<SidePanelName>>;
  /**
   * Per view: the share of the level room its boxes may take, below 1 once the view, laid out at
   * its room, did not fit across the canvas at a readable size (the layout spaces a band's boxes
   * to draw links straight, so a band takes more than its boxes): its levels then fold more.
   */
  roomShares: ReadonlyMap<string, number>;
}

/** A box's size as the browser drew it, and where its link handles sit on it (when known). */
export type MeasuredBox = BoxSize & { handles?: readonly NodeHandle[] };

/** Draws the given boxes of a drawn view of `plan` out of sight, gives each size to `record`, and resolves when done. */
export type BoxMeasurer = (request: {
  plan: Plan;
  viewId: string;
  drawn: DrawnView;
  boxIds: readonly string[];
  record: (id: string, size: MeasuredBox) => void;
}) => Promise<void>;

/** The editor's two side panels, as SidePanels names them. */
export type SidePanelName = 'outline' | 'details';

const NO_FOLDS: ReadonlyMap<string, boolean> = new Map();

/**
 * Folds, the Show menu and the last layout's routes. Kept out of the plan and its
 * undo history on purpose: folding a group or showing indicators as boxes changes how the officer
 * looks at the plan, not the plan, so it must neither mark the file as changed nor fill the undo
 * stack between real edits (as zoom and pan do not).
 */
export class PictureStore {
  #snapshot: PictureSnapshot = { show: SHOW_NONE, folds: new Map(), layouts: new Map(), levelRoom: undefined, roomFolds: new Map(), roomShares: new Map() };
  #listeners = new Set<() => void>();
  /** Box sizes measured in the browser; read by the layout, not drawn, so no snapshot change. */
  readonly measured = new Map<string, MeasuredBox>();
  #measurer: BoxMeasurer | undefined;

  constructor(private readonly editor: EditorStore) {
    // Another plan opened (a file, New, Example): the last plan's routes, group places, folds and
    // measured sizes mean nothing for it — and with ids in common they would be drawn on it.
    let generation = editor.getSnapshot().generation;
    editor.subscribe(() => {
      const now = editor.getSnapshot().generation;
      if (now === generation) return;
      generation = now;
      this.measured.clear();
      this.#measuredContent.clear();
      const { layouts, folds, roomFolds, roomShares } = this.#snapshot;
      if (layouts.size > 0 || folds.size > 0 || roomFolds.size > 0 || roomShares.size > 0)
        this.#set({ folds: new Map(), layouts: new Map(), roomFolds: new Map(), roomShares: new Map() });
    });
  }

  getSnapshot = (): PictureSnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  settings(viewId: string): PictureSettings {
    const { show, folds, levelRoom, roomShares } = this.#snapshot;
    return {
      show,
      folds: folds.get(viewId) ?? NO_FOLDS,
      levelRoom: levelRoom === undefined ? undefined : Math.floor(levelRoom * (roomShares.get(viewId) ?? 1)),
    };
  }

  /**
   * The canvas has a new size: levels fold (or unfold) to what it can show readably, and the view is
   * laid out again — only when that changes what the open view draws: a notice bar coming and going
   * must not move the officer's boxes (nor change the saved file).
   */
  setLevelRoom(levelRoom: number): void {
    if (levelRoom === this.#snapshot.levelRoom) return;
    this.#setRelayingOutIfRedrawn(this.editor.getSnapshot().viewId, { levelRoom });
  }

  /**
   * The view laid out at its level room did not fit across the canvas readably: its levels may take
   * `share` of what they took (below 1), and fold more. Lays the view out again when that changes
   * what it draws; says whether it did.
   */
  narrowLevelRoom(viewId: string, share: number): boolean {
    // Groups the officer folded or unfolded keep their ids only at the room they were made at.
    if ((this.#snapshot.folds.get(viewId)?.size ?? 0) > 0) return false;
    return this.#setRelayingOutIfRedrawn(viewId, {
      roomShares: new Map(this.#snapshot.roomShares).set(viewId, (this.#snapshot.roomShares.get(viewId) ?? 1) * share),
    });
  }

  /** Folds or unfolds one group of the open view, then lays the view out again. */
  setFolded(viewId: string, groupId: string, folded: boolean): void {
    const folds = new Map(this.#snapshot.folds);
    folds.set(viewId, new Map(folds.get(viewId) ?? NO_FOLDS).set(groupId, folded));
    this.#set({ folds });
    this.#relayout();
  }

  /**
   * Unfolds every group of the view — a priority's actions and a full level's boxes — so that every
   * box is drawn (the Show menu's “Unfold all”), then lays the view out again.
   */
  unfoldAll(viewId: string): void {
    const folds = foldsUnfoldingAll(this.editor.getSnapshot().plan, viewId, this.settings(viewId));
    this.#set({ folds: new Map(this.#snapshot.folds).set(viewId, folds) });
    this.#relayout();
  }

  /** Forgets what was folded and unfolded by hand on the view: it is drawn as it first opened. */
  foldAsOpened(viewId: string): void {
    if (!this.#snapshot.folds.has(viewId)) return;
    const folds = new Map(this.#snapshot.folds);
    folds.delete(viewId);
    this.#set({ folds });
    this.#relayout();
  }

  setShow(show: ShowSettings): void {
    this.#set({ show });
    this.#relayout();
  }

  /**
   * The view's levels need the canvas's whole width: both side panels fold while it is open. Once
   * per view and plan: panels the officer opened again stay open when they come back to the view.
   */
  foldPanelsForRoom(viewId: string): void {
    if (this.#snapshot.roomFolds.has(viewId)) return;
    this.#set({ roomFolds: new Map(this.#snapshot.roomFolds).set(viewId, new Set<SidePanelName>(['outline', 'details'])) });
  }

  /** The officer opened panels folded for the view's room: they stay open for it. */
  reopenPanels(viewId: string, panels: readonly SidePanelName[]): void {
    const folded = this.#snapshot.roomFolds.get(viewId);
    if (!folded || !panels.some((panel) => folded.has(panel))) return;
    const rest = new Set([...folded].filter((panel) => !panels.includes(panel)));
    this.#set({ roomFolds: new Map(this.#snapshot.roomFolds).set(viewId, rest) });
  }

  /** The canvas that can measure boxes before they are drawn on it (none in tests without a browser, nor when it closes). */
  setMeasurer(measurer: BoxMeasurer | undefined): void {
    this.#measurer = measurer;
  }

  /**
   * Measures the boxes of `drawn` never measured showing what they show now (a box never drawn, a
   * group holding other boxes, a box that now carries chips or a fold button), before they are laid
   * out: the layout then gives each the room it takes (not a guess to be laid out again once
   * drawn), and the canvas knows every box's size without drawing those out of sight.
   */
  async measureNew(plan: Plan, viewId: string, drawn: DrawnView): Promise<void> {
    const contents = boxContents(drawn);
    const boxIds = [...contents].filter(([id, content]) => this.#measuredContent.get(id) !== content).map(([id]) => id);
    if (boxIds.length === 0 || !this.#measurer) return;
    // The size and what the box showed are recorded together: two layouts can ask for one box
    // showing different things (a group's members changing), and the last measured is what counts.
    const record = (id: string, size: MeasuredBox) => {
      this.measured.set(id, size);
      this.#measuredContent.set(id, contents.get(id)!);
    };
    await this.#measurer({ plan, viewId, drawn, boxIds, record });
  }
  /**
   * A size the canvas measured (React Flow, as a box was drawn). What the box showed then is not
   * known (a group drawn for a moment with other members, say): a new size is measured again, with
   * what it shows, before the next layout.
   */
  recordMeasured(id: string, size: MeasuredBox): void {
    const known = this.measured.get(id);
    if (known && known.width === size.width && known.height === size.height) return;
    this.measured.set(id, size);
    this.#measuredContent.delete(id);
  }

  /** What each box showed when measured before a layout (boxContents): measured again when that changes. */
  #measuredContent = new Map<string, string>();

  rememberLayout(viewId: string, layout: PictureLayout): void {
    this.#set({ layouts: new Map(this.#snapshot.layouts).set(viewId, layout) });
  }

  /** Applies `changes`, and lays the view out again only when they change the boxes it draws; says whether they did. */
  #setRelayingOutIfRedrawn(viewId: string, changes: Partial<PictureSnapshot>): boolean {
    const { plan } = this.editor.getSnapshot();
    const drawnBoxes = () => drawnKey(getDrawnView(plan, viewId, this.settings(viewId)));
    const before = drawnBoxes();
    this.#set(changes);
    if (drawnBoxes() === before) return false;
    this.#relayout();
    return true;
  }

  #relayout(): void {
    void this.editor.autoLayout({ skipHistory: true });
  }

  #set(changes: Partial<PictureSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...changes };
    for (const listener of this.#listeners) listener();
  }
}

const stores = new WeakMap<EditorStore, PictureStore>();

/** The picture state of an editor (one per editor store, made when first asked for). */
export function getPictureStore(editor: EditorStore): PictureStore {
  let store = stores.get(editor);
  if (!store) stores.set(editor, (store = new PictureStore(editor)));
  return store;
}

export function usePicture<T>(picture: PictureStore, select: (s: PictureSnapshot) => T): T {
  return useSyncExternalStore(picture.subscribe, () => select(picture.getSnapshot()));
}

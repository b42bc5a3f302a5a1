import {
  ChangemapError,
  commands,
  createHistory,
  createIdInPlan,
  describeNode,
  diffPlans,
  EDGE_KIND_LABELS,
  explainForbiddenEdge,
  inferEdgeKind,
  validate,
  WHOLE_PLAN_VIEW,
  getView,
  getViewDirection,
} from '@changemap/core';
import { placeMissing } from '../adapter/place-missing.js';
import type { ApplyOptions, Command, Plan, PlanDiff, PlanHistory, Position, ValidationIssue } from '@changemap/core';

/** A message for the officer: what happened, in plain words. */
export interface Notice {
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** Extra lines, e.g. the reasons a file was refused. */
  details?: string[];
  /** A button offered with the message, e.g. “Download a copy”. */
  action?: { label: string; run: () => void };
}

/** Everything the editor shows, as one immutable snapshot for React. */
export interface EditorSnapshot {
  plan: Plan;
  issues: ValidationIssue[];
  /** The open view: a call to action's id, or the whole plan. */
  viewId: string;
  selectedNodeId: string | undefined;
  selectedEdgeId: string | undefined;
  canUndo: boolean;
  canRedo: boolean;
  notice: Notice | undefined;
  /** Bumped when the plan is replaced wholesale (open, new, reset, another tab). */
  generation: number;
  /** A request to centre the canvas on a node (bumped `seq` repeats a request for the same node). */
  focus: { nodeId: string; seq: number } | undefined;
  /** The diagram, or the research view (questions × outcomes and evidence gaps). */
  mode: 'diagram' | 'research' | 'results';
  /** Draw causal links thicker where evidence backs them. */
  showEvidence: boolean;
  /** True while an automatic layout is being computed. */
  layingOut: boolean;
  /** The officer changed the plan since it was last opened from or saved to a file. */
  unsaved: boolean;
  /** Editing is off (a shared plan the officer may only view or comment on): edits are refused and editing controls disabled. */
  readOnly: boolean;
}

/** How `replace` treats what was open. */
export interface ReplaceOptions {
  /** The view to open; by default the open one if the new plan has it, else its first call to action. */
  viewId?: string;
  /** Make the replacement one undo step, so the plan it replaces can be brought back (open, new, example). */
  undoable?: boolean;
}

type Listener = () => void;

/** Computes positions for a view (ELK in a worker, in the app; anything in tests). */
export type LayoutEngine = (plan: Plan, viewId: string) => Promise<LaidOut>;

/** What a layout engine decided for a view. */
export interface LaidOut {
  /** The boxes' new places. */
  positions: Map<string, Position>;
  /**
   * Keeps what else the engine decided (routes, group places), called in the same turn as the
   * places are applied: the canvas then draws the layout once, not first with the boxes where they
   * were and again where they go (each a full redraw of a large view).
   */
  keep?: () => void;
}

/**
 * The editor's single source of truth: a core history plus what is open and selected. React reads
 * it through `useSyncExternalStore`; every change to the plan goes through `apply`, so everything
 * can be undone, and validation runs once per change, not once per component.
 */
export class EditorStore {
  #history: PlanHistory;
  #snapshot: EditorSnapshot;
  #listeners = new Set<Listener>();
  #planListeners = new Set<(plan: Plan) => void>();
  #layout: LayoutEngine | undefined;
  /** Views shown so far only with the quick fallback layout, waiting for a proper one. */
  #awaitingLayout = new Set<string>();
  /** The plan `issues` were worked out for: validation runs again only when its boxes or links differ. */
  #checked: Plan;
  /** Set while `batch` runs; holds the first edit refused inside it. */
  #batch: { refused: ChangemapError | undefined } | undefined;
  #unsaved = false;
  /** The officer's recorded changes so far, and how many there were when the notice was shown. */
  #changes = 0;
  #noticeShownAt = 0;

  constructor(plan: Plan, viewId?: string) {
    this.#history = createHistory(plan);
    this.#checked = plan;
    this.#snapshot = {
      plan,
      issues: validate(plan),
      viewId: viewId ?? firstCallToAction(plan) ?? WHOLE_PLAN_VIEW,
      selectedNodeId: undefined,
      selectedEdgeId: undefined,
      canUndo: false,
      canRedo: false,
      notice: undefined,
      generation: 0,
      focus: undefined,
      mode: 'diagram',
      showEvidence: false,
      layingOut: false,
      unsaved: false,
      readOnly: false,
    };
    // Edits, undos and redos are the officer's changes; layouts and saved positions are not.
    this.#history.subscribe((_plan, change) => {
      if (change.origin === 'local' || change.origin === 'undo' || change.origin === 'redo') {
        this.#unsaved = true;
        this.#changes++;
      }
    });
    this.#savePositions();
  }

  getSnapshot = (): EditorSnapshot => this.#snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Called with the new plan after every change (for autosave and `onChange`). */
  onPlanChange(listener: (plan: Plan) => void): () => void {
    this.#planListeners.add(listener);
    return () => this.#planListeners.delete(listener);
  }

  /**
   * Applies an edit. A refused edit leaves the plan as it was and tells the officer why; inside
   * `batch` it cancels the whole batch.
   */
  apply(command: Command, options?: ApplyOptions): boolean {
    if (this.#refuseReadOnly(options)) return false;
    if (this.#batch) {
      try {
        this.#history.apply(command, options);
      } catch (error) {
        if (error instanceof ChangemapError) this.#batch.refused ??= error;
        throw error;
      }
      // Code inside the batch may read the plan so far; listeners hear once, when the batch ends.
      this.#snapshot = { ...this.#snapshot, plan: this.#history.plan };
      return true;
    }
    try {
      this.#history.apply(command, options);
    } catch (error) {
      if (error instanceof ChangemapError) {
        this.notify({ tone: 'warning', text: error.message });
        return false;
      }
      throw error;
    }
    this.#afterPlanChange();
    return true;
  }

  /**
   * Links two boxes with the kind their kinds call for (the core's endpoint table). A link dragged
   * the wrong way round is made the right way round when only that way is allowed, and the
   * officer is told; otherwise the message says why not and which way to drag. Returns whether a
   * link was made.
   */
  connectBoxes(sourceId: string, targetId: string): boolean {
    const plan = this.#snapshot.plan;
    const dragged = { source: plan.nodes.get(sourceId), target: plan.nodes.get(targetId) };
    if (!dragged.source || !dragged.target) return false;
    const forward = inferEdgeKind(dragged.source.kind, dragged.target.kind);
    const backward = forward ? undefined : inferEdgeKind(dragged.target.kind, dragged.source.kind);
    const kind = forward ?? backward;
    if (!kind) {
      this.notify({ tone: 'warning', text: `That link is not allowed. ${explainForbiddenEdge(dragged.source.kind, dragged.target.kind)}` });
      return false;
    }
    const [source, target] = forward ? [dragged.source, dragged.target] : [dragged.target, dragged.source];
    const id = createIdInPlan(plan, `${kind}:${source.id}:${target.id}`);
    if (!this.apply(commands.connect({ id, kind, source: source.id, target: target.id }))) return false;
    if (backward) {
      const link = `${sentence(describeNode(source))} ${EDGE_KIND_LABELS[kind]} ${describeNode(target)}`;
      this.notify({ tone: 'info', text: `Linked the other way round, the only way these two can be linked: ${link}.` });
    }
    return true;
  }

  /**
   * Several edits as one: one undo step, one change for listeners, one validation. All or nothing:
   * if an edit inside is refused (even one whose error `fn` caught) or `fn` throws, none of them
   * is applied, and a refusal is explained to the officer. Returns whether the edits were applied.
   * A batch inside a batch joins it.
   */
  batch(fn: () => void): boolean {
    if (this.#refuseReadOnly()) return false;
    if (this.#batch) {
      fn();
      return true;
    }
    const batch: { refused: ChangemapError | undefined } = { refused: undefined };
    this.#batch = batch;
    try {
      this.#history.batch(() => {
        fn();
        if (batch.refused) throw batch.refused;
      });
    } catch (error) {
      this.#snapshot = { ...this.#snapshot, plan: this.#history.plan }; // the plan from before the batch
      if (!(error instanceof ChangemapError)) throw error;
      this.notify({ tone: 'warning', text: `${error.message} Nothing was changed.` });
      return false;
    } finally {
      this.#batch = undefined;
    }
    this.#afterPlanChange();
    return true;
  }

  undo(): void {
    if (this.#refuseReadOnly()) return;
    const changesBefore = this.#changes;
    if (!this.#history.undo()) return;
    // Undoing a replacement (no change of the officer's since) brings back the view they had open on the plan it replaced.
    const replaced = this.#replaced;
    const plan = this.#history.plan;
    if (replaced?.changesAfter === changesBefore && (replaced.viewId === WHOLE_PLAN_VIEW || plan.nodes.get(replaced.viewId))) {
      this.#set({ viewId: replaced.viewId, generation: this.#snapshot.generation + 1 });
    }
    this.#afterPlanChange();
  }
  /** The last undoable replacement: the officer's change count just after it, and the view open before it. */
  #replaced: { changesAfter: number; viewId: string } | undefined;

  redo(): void {
    if (!this.#refuseReadOnly() && this.#history.redo()) this.#afterPlanChange();
  }

  /**
   * The core history behind the store, for a collaboration binding (`bindHistory`) to write the
   * officer's changes out; edits go through the store, and remote changes through `applyRemote`.
   */
  get history(): PlanHistory {
    return this.#history;
  }

  /**
   * Applies a change made by someone else (a co-editor's, from the shared document): no undo
   * step, local undo never reverts it, it does not make the plan "unsaved", the selection stays
   * (unless its box went), and the plan is checked and drawn again. Throws ChangemapError when
   * the core refuses the change, leaving the plan as it was.
   */
  applyRemote(diff: PlanDiff): void {
    const before = this.#history.plan;
    this.#history.applyDiff(diff, { origin: 'remote' });
    if (this.#history.plan !== before) this.#afterPlanChange();
  }

  /** Turns editing off or on (a shared plan the officer may only view or comment on). Layouts still arrange what is shown. */
  setReadOnly(readOnly: boolean): void {
    if (this.#snapshot.readOnly !== readOnly) this.#set({ readOnly });
  }

  /** True (and the officer told why) when editing is off; positions a layout saves without history still go through. */
  #refuseReadOnly(options?: ApplyOptions): boolean {
    if (!this.#snapshot.readOnly || options?.skipHistory) return false;
    this.notify({ tone: 'info', text: 'You can view this plan but not change it.' });
    return true;
  }

  /**
   * Replaces the whole plan (open a file, new plan, reset, another tab). By default undo history is
   * forgotten; `undoable` makes the replacement itself one undo step instead, so the plan it
   * replaced comes back with Undo. Either way the new plan counts as saved.
   */
  replace(plan: Plan, notice?: Notice, viewIdOrOptions?: string | ReplaceOptions): void {
    const { viewId, undoable = false } = typeof viewIdOrOptions === 'string' ? { viewId: viewIdOrOptions } : (viewIdOrOptions ?? {});
    if (undoable) {
      const viewBefore = this.#snapshot.viewId;
      this.#history.applyDiff(diffPlans(this.#history.plan, plan), { origin: 'local' });
      this.#replaced = { changesAfter: this.#changes, viewId: viewBefore };
    } else this.#history.reset(plan);
    this.#unsaved = false;
    this.#noticeShownAt = this.#changes; // the notice tells of this replacement: it stays until the next change
    // Stay on the open view when the new plan has it too; otherwise open its first call to action.
    const current = this.#snapshot.viewId;
    const keep = current === WHOLE_PLAN_VIEW || plan.nodes.get(current) !== undefined;
    const view = viewId ?? (keep ? current : (firstCallToAction(plan) ?? WHOLE_PLAN_VIEW));
    this.#set({ viewId: view, selectedNodeId: undefined, selectedEdgeId: undefined, notice, generation: this.#snapshot.generation + 1 });
    this.#afterPlanChange();
  }

  openView(viewId: string): void {
    this.#set({ viewId, selectedNodeId: undefined, selectedEdgeId: undefined, ...(viewId !== this.#snapshot.viewId && { notice: undefined }) });
    this.#savePositions();
  }

  /** Sets how views are laid out automatically (the app passes ELK running in a worker). */
  setLayoutEngine(layout: LayoutEngine | undefined): void {
    this.#layout = layout;
    if (layout && this.#awaitingLayout.has(this.#snapshot.viewId)) void this.autoLayout({ skipHistory: true });
  }

  /**
   * Turns the open view's level bands to run top to bottom ('down') or left to right, and lays it
   * out again: the direction and the new places are one undo step, so an undo brings back both.
   */
  async setViewDirection(direction: 'right' | 'down'): Promise<void> {
    const { plan, viewId } = this.#snapshot;
    if (getViewDirection(plan, viewId) === direction) return;
    const step = `direction:${viewId}:${++this.#directionSteps}`;
    if (!this.apply(commands.setViewDirection(viewId, direction === 'down' ? 'down' : undefined), { squashKey: step })) return;
    await this.autoLayout({ squashKey: step });
  }
  #directionSteps = 0;

  /**
   * Lays out the open view automatically; boxes the officer pinned stay put. One undo step, or
   * none when `skipHistory` (the first layout of a view that has never been arranged).
   */
  async autoLayout(options: { skipHistory?: boolean; squashKey?: string } = {}): Promise<void> {
    const layout = this.#layout;
    if (!layout) return;
    const { plan, viewId } = this.#snapshot;
    let laidOut: LaidOut;
    const layoutNumber = ++this.#layoutsStarted;
    this.#layoutsRunning++;
    this.#set({ layingOut: true });
    const started = performance.now();
    try {
      laidOut = await layout(plan, viewId);
      // Named timings, for the benchmark and the browser's performance panel.
      performance.measure('changemap:layout-engine', { start: started });
    } catch (error) {
      this.#layoutFinished();
      this.notify({
        tone: 'error',
        text: `The automatic layout failed: ${error instanceof Error ? error.message : String(error)}. Your layout has not changed.`,
      });
      return;
    }
    this.#layoutFinished();
    laidOut.keep?.();
    // A layout started since (the canvas folded a level meanwhile, say) lays out what is drawn now:
    // this one's places would undo it, and its own would count as the officer's edit below.
    if (layoutNumber !== this.#layoutsStarted) return;
    // The officer may have moved on, or edited the view, while the layout ran: then drop it.
    const now = this.#snapshot;
    if (now.viewId !== viewId || (options.skipHistory && getView(now.plan, viewId) !== getView(plan, viewId))) return;
    const moves = [...laidOut.positions].filter(([id]) => now.plan.nodes.get(id));
    this.#awaitingLayout.delete(viewId);
    if (moves.length === 0) return;
    // All moves in one change: drawing them in slices per frame was measured 17 times slower at
    // 1,000 boxes (each slice redraws the whole view) and did not shorten the longest task.
    const applying = performance.now();
    this.apply(
      commands.placeNodes(viewId, moves),
      options.skipHistory ? { skipHistory: true } : options.squashKey !== undefined ? { squashKey: options.squashKey } : {},
    );
    performance.measure('changemap:layout-apply', { start: applying });
  }

  /**
   * One layout fewer runs. Busy until the last one ends: a layout dropped because the view changed
   * while it ran must not say the view is laid out while the one for the changed view still runs
   * (the side panels' room was judged on boxes not yet placed).
   */
  #layoutFinished(): void {
    this.#layoutsRunning--;
    this.#set({ layingOut: this.#layoutsRunning > 0 });
  }
  #layoutsRunning = 0;
  #layoutsStarted = 0;

  /**
   * Saves positions for boxes of the open view that have none, so the layout stays put as links
   * are added. Not an undo step: it records where things already appear. A view never arranged
   * before is then laid out properly in the background.
   */
  #savePositions(): void {
    const before = this.#history.plan;
    const firstTime = this.#placeMissing();
    if (this.#history.plan !== before) this.#afterPlanChange();
    if (firstTime) this.#requestLayout();
  }

  /** Places the open view's boxes that have no position, without telling anyone; true when the view had none at all. */
  #placeMissing(): boolean {
    const { viewId } = this.#snapshot;
    const plan = this.#history.plan;
    const missing = placeMissing(plan, viewId);
    if (missing.size === 0) return false;
    const firstTime = Object.keys(getView(plan, viewId)?.positions ?? {}).length === 0;
    this.#history.apply(commands.placeNodes(viewId, missing), { skipHistory: true });
    return firstTime;
  }

  #requestLayout(): void {
    this.#awaitingLayout.add(this.#snapshot.viewId);
    if (this.#layout) void this.autoLayout({ skipHistory: true });
  }

  select(nodeId: string | undefined, edgeId?: string): void {
    if (nodeId === this.#snapshot.selectedNodeId && edgeId === this.#snapshot.selectedEdgeId) return;
    this.#set({ selectedNodeId: nodeId, selectedEdgeId: edgeId });
  }

  /** Selects a node and centres the canvas on it, opening a view that shows it if the open one does not. */
  focusNode(nodeId: string, viewId?: string): void {
    this.#set({
      ...(viewId !== undefined && viewId !== this.#snapshot.viewId && { viewId }),
      selectedNodeId: nodeId,
      selectedEdgeId: undefined,
      focus: { nodeId, seq: (this.#snapshot.focus?.seq ?? 0) + 1 },
      mode: 'diagram',
    });
    this.#savePositions();
  }

  setMode(mode: EditorSnapshot['mode']): void {
    this.#set({ mode });
  }

  setShowEvidence(showEvidence: boolean): void {
    this.#set({ showEvidence });
  }

  /** Shows a message; it goes by itself at the officer's next change or view opened, so no banner outstays its cause. */
  notify(notice: Notice | undefined): void {
    this.#noticeShownAt = this.#changes;
    this.#set({ notice });
  }

  /** Records whether the plan has changes not saved to a file (false after Save; true for a plan restored with unsaved changes). */
  setUnsaved(unsaved: boolean): void {
    this.#unsaved = unsaved;
    if (this.#snapshot.unsaved !== unsaved) this.#set({ unsaved });
  }

  /** After the plan changed: saves positions boxes need, validates if boxes or links changed, then tells listeners once. */
  #afterPlanChange(): void {
    const firstTime = this.#placeMissing();
    const plan = this.#history.plan;
    const selectedNodeId = this.#snapshot.selectedNodeId && plan.nodes.get(this.#snapshot.selectedNodeId) ? this.#snapshot.selectedNodeId : undefined;
    const selectedEdgeId = this.#snapshot.selectedEdgeId && plan.edges.get(this.#snapshot.selectedEdgeId) ? this.#snapshot.selectedEdgeId : undefined;
    // Moving boxes changes only the layout, which the checker does not read; its settings and the levels it does.
    const checked = this.#checked;
    const unchecked = plan.nodes !== checked.nodes || plan.edges !== checked.edges || plan.checker !== checked.checker || plan.levels !== checked.levels;
    this.#checked = plan;
    // Undoing a replaced plan, or deleting the open call to action, leaves its view behind: open one that exists.
    const viewGone = this.#snapshot.viewId !== WHOLE_PLAN_VIEW && !plan.nodes.get(this.#snapshot.viewId);
    this.#set({
      ...(viewGone && { viewId: firstCallToAction(plan) ?? WHOLE_PLAN_VIEW, generation: this.#snapshot.generation + 1 }),
      ...(this.#noticeShownAt < this.#changes && { notice: undefined }),
      plan,
      issues: unchecked ? validate(plan) : this.#snapshot.issues,
      canUndo: this.#history.canUndo,
      canRedo: this.#history.canRedo,
      selectedNodeId,
      selectedEdgeId,
      unsaved: this.#unsaved,
    });
    for (const listener of this.#planListeners) listener(plan);
    if (firstTime) this.#requestLayout();
  }

  #set(changes: Partial<EditorSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...changes };
    for (const listener of this.#listeners) listener();
  }
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function firstCallToAction(plan: Plan): string | undefined {
  return plan.nodes.toArray().find((n) => n.kind === 'callToAction')?.id;
}

import type { Patch } from 'immer';
import { ChangemapError } from '../model/errors.js';
import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { Table } from '../model/table.js';
import { applyCommandWithPatches } from './apply.js';
import { applyDiffToPlan, type WholeTables } from './apply-diff.js';
import type { Command } from './commands.js';
import { squashDiffs } from './compose.js';
import { diffPlans, freezeDiff, isEmptyDiff, isEmptyRecords, reverseDiff, type PlanDiff, type ViewHints } from './diff.js';

/**
 * Who made a change:
 * - `local`: a command or diff recorded as an undo step;
 * - `unrecorded`: applied with `skipHistory` (layouts, saved positions) — never an undo step;
 * - `undo`, `redo`: this history stepping back or forth;
 * - `remote`: a diff from elsewhere (`applyDiff`), e.g. a co-editor's; local undo never reverts it;
 * - `reset`: the plan was replaced and history forgotten.
 */
export type ChangeOrigin = 'local' | 'unrecorded' | 'undo' | 'redo' | 'remote' | 'reset';

/** What a listener is told about one change. */
export interface PlanChange {
  /** What changed, record by record (after a `reset`, worked out when first read). */
  readonly diff: PlanDiff;
  readonly origin: ChangeOrigin;
}

/** Called after each change with the new plan and the change. */
export type HistoryListener = (plan: Plan, change: PlanChange) => void;

/** Options for one applied command. */
export interface ApplyOptions {
  /**
   * Merge with the previous step when it has the same key: a drag sends many moves but undoes
   * as one. Any other step in between ends the merge.
   */
  squashKey?: string;
  /** Apply without recording an undo step (e.g. auto-generated positions). Undo and redo of other steps never revert it. */
  skipHistory?: boolean;
}

/** Options for `applyDiff`. */
export interface ApplyDiffOptions {
  /** `remote` (the default) and `unrecorded` make no undo step; `local` records one. */
  origin?: 'local' | 'unrecorded' | 'remote';
}

interface Step {
  diff: PlanDiff;
  /** Consecutive steps with the same key (e.g. one node's drag) merge into one. */
  squashKey?: string;
  /**
   * The tables before and after the step, while nothing else has changed them in between. When a
   * table was rebuilt (a removed id added again goes last), undo takes the old table back whole:
   * record by record it could not give back the order.
   */
  nodes?: readonly [Table<PlanNode>, Table<PlanNode>];
  edges?: readonly [Table<PlanEdge>, Table<PlanEdge>];
}

type StepTables = Pick<Step, 'nodes' | 'edges'>;

interface Change {
  diff: PlanDiff;
  origin: ChangeOrigin;
}

interface OpenBatch {
  /** One per open (nested) batch, outermost first: the plan and the number of changes when it opened. */
  savepoints: { plan: Plan; changes: number }[];
  /** Every change made since the outermost batch opened, in order. */
  changes: Change[];
}

/**
 * A plan with undo and redo. Each step is a diff, record by record (per node, per link, per
 * position and pin, per plan field), so undoing a one-field edit costs the same at 10,000 nodes as
 * at 100. Undo applies the step's reverse to the *current* plan and changes a value only while it
 * is still what the step left there: a change made without history (a layout, a remote edit) is
 * never reverted by undoing or redoing other steps.
 */
export class PlanHistory {
  #plan: Plan;
  #undo: Step[] = [];
  #redo: Step[] = [];
  #marks = new Map<string, number>();
  #batch: OpenBatch | undefined;
  #listeners = new Set<HistoryListener>();

  constructor(
    plan: Plan,
    /** The most undo steps kept; the oldest are dropped. */
    readonly limit = 500,
  ) {
    this.#plan = plan;
  }

  /** The current plan. */
  get plan(): Plan {
    return this.#plan;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0 && !this.#batch;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0 && !this.#batch;
  }

  /** Applies a command as one undoable step (or part of the open batch). Throws ChangemapError on misuse, leaving the plan as it was. */
  apply(command: Command, options: ApplyOptions = {}): Plan {
    const before = this.#plan;
    const [after, patches] = applyCommandWithPatches(before, command);
    if (patches.length === 0) return before;
    const diff = diffPlans(before, after, viewHintsOf(patches));
    if (isEmptyDiff(diff)) return before;
    this.#plan = after;
    this.#changed({ diff, origin: options.skipHistory ? 'unrecorded' : 'local' }, options.squashKey, tablesOf(before, after));
    return after;
  }

  /**
   * Applies a diff made elsewhere, setting every `to` it carries (a box that goes takes its
   * positions and pins along). The door for remote changes: by default it makes no undo step, and
   * local undo never reverts what it set.
   */
  applyDiff(diff: PlanDiff, options: ApplyDiffOptions = {}): Plan {
    const before = this.#plan;
    const { plan, viewHints } = applyDiffToPlan(before, freezeDiff(diff), 'always');
    const effective = diffPlans(before, plan, viewHints);
    if (isEmptyDiff(effective)) return before;
    this.#plan = plan;
    this.#changed({ diff: effective, origin: options.origin ?? 'remote' });
    return plan;
  }

  /**
   * Runs `fn` as one change: every command it applies is one undo step, and listeners hear once,
   * when the outermost batch ends. If `fn` throws, everything applied inside it is rolled back and
   * the error rethrown. Nested batches join the outer one (and roll back on their own if they throw).
   */
  batch<T>(fn: () => T): T {
    this.startBatch();
    let result: T;
    try {
      result = fn();
    } catch (error) {
      this.#rollBack();
      throw error;
    }
    this.endBatch();
    return result;
  }

  /** Opens a batch; every command until the matching `endBatch` undoes as one step. */
  startBatch(): void {
    this.#batch ??= { savepoints: [], changes: [] };
    this.#batch.savepoints.push({ plan: this.#plan, changes: this.#batch.changes.length });
  }

  /** Closes the batch opened by `startBatch`. */
  endBatch(): void {
    const batch = this.#batch;
    if (!batch) throw new ChangemapError('no-batch-open', 'endBatch was called with no batch open.');
    const { plan: start } = batch.savepoints.pop()!;
    if (batch.savepoints.length > 0) return;
    this.#batch = undefined;
    this.#commit(batch.changes, start);
  }

  /** Undoes the last step; returns false when there is nothing to undo. */
  undo(): boolean {
    if (!this.canUndo) return false;
    const step = this.#undo.pop()!;
    this.#redo.push(step);
    this.#replay(reverseDiff(step.diff), 'undo', {
      nodes: wholeTable(this.#plan.nodes, step.nodes?.[1], step.nodes?.[0]),
      edges: wholeTable(this.#plan.edges, step.edges?.[1], step.edges?.[0]),
    });
    return true;
  }

  /** Redoes the last undone step; returns false when there is nothing to redo. */
  redo(): boolean {
    if (!this.canRedo) return false;
    const step = this.#redo.pop()!;
    this.#undo.push({ ...step, squashKey: undefined });
    this.#replay(step.diff, 'redo', {
      nodes: wholeTable(this.#plan.nodes, step.nodes?.[0], step.nodes?.[1]),
      edges: wholeTable(this.#plan.edges, step.edges?.[0], step.edges?.[1]),
    });
    return true;
  }

  /** Remembers the current point under `name`, to come back to with `undoToMark`. */
  mark(name: string): void {
    this.#marks.set(name, this.#undo.length);
  }

  /** Undoes every step made since `mark(name)` (e.g. to cancel an interaction). */
  undoToMark(name: string): void {
    const depth = this.#marks.get(name);
    if (depth === undefined) throw new ChangemapError('unknown-mark', `No mark is named "${name}".`);
    while (this.#undo.length > depth && this.undo());
    this.#marks.delete(name);
  }

  /** Replaces the plan and forgets all history (e.g. after opening a file); an open batch starts again from it. */
  reset(plan: Plan): void {
    const before = this.#plan;
    this.#plan = plan;
    this.#undo = [];
    this.#redo = [];
    this.#marks.clear();
    if (this.#batch) {
      for (const savepoint of this.#batch.savepoints) Object.assign(savepoint, { plan, changes: 0 });
      this.#batch.changes = [];
    }
    let diff: PlanDiff | undefined;
    // Comparing two unrelated plans costs a walk of both; only listeners that ask pay for it.
    this.#emit({
      origin: 'reset',
      get diff() {
        return (diff ??= diffPlans(before, plan));
      },
    });
  }

  /** Calls `listener` after every change; returns a function that stops it. */
  subscribe(listener: HistoryListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(change: Change, squashKey?: string, tables: StepTables = {}): void {
    if (this.#batch) {
      this.#batch.changes.push(change);
      return;
    }
    if (change.origin === 'local') this.#record(change.diff, squashKey, tables);
    else this.#handOver([change]);
    this.#emit(change);
  }

  #record(diff: PlanDiff, squashKey: string | undefined, tables: StepTables): void {
    const last = this.#undo.at(-1);
    if (squashKey !== undefined && last?.squashKey === squashKey && this.#redo.length === 0) {
      last.diff = squashDiffs([
        { diff: last.diff, foreign: false },
        { diff, foreign: false },
      ]);
      last.nodes = joined(last.nodes, tables.nodes);
      last.edges = joined(last.edges, tables.edges);
      return;
    }
    this.#undo.push({ diff, squashKey, ...tables });
    this.#redo = [];
    if (this.#undo.length > this.limit) {
      this.#undo.shift();
      for (const [name, depth] of this.#marks) this.#marks.set(name, depth - 1);
    }
  }

  /**
   * Changes that are not the last step's own: if that step may still grow (a drag in progress),
   * what they touched stops being its to undo. An older step needs nothing: undo checks each value.
   */
  #handOver(changes: readonly Change[]): void {
    const last = this.#undo.at(-1);
    if (last?.squashKey === undefined) return;
    last.diff = squashDiffs([{ diff: last.diff, foreign: false }, ...changes.map(({ diff }) => ({ diff, foreign: true }))]);
    if (changes.some(({ diff }) => !isEmptyRecords(diff.nodes))) delete last.nodes;
    if (changes.some(({ diff }) => !isEmptyRecords(diff.edges))) delete last.edges;
  }

  #commit(changes: readonly Change[], start: Plan): void {
    if (changes.length === 0) return;
    const recorded = changes.some((change) => change.origin === 'local');
    const step = recorded ? squashDiffs(changes.map(({ diff, origin }) => ({ diff, foreign: origin !== 'local' }))) : undefined;
    const foreign = changes.filter((change) => change.origin !== 'local');
    const tables = tablesOf(start, this.#plan);
    if (foreign.some(({ diff }) => !isEmptyRecords(diff.nodes))) delete tables.nodes;
    if (foreign.some(({ diff }) => !isEmptyRecords(diff.edges))) delete tables.edges;
    if (step && !isEmptyDiff(step)) this.#record(step, undefined, tables);
    else this.#handOver(changes);
    const diff = squashDiffs(changes.map(({ diff }) => ({ diff, foreign: false })));
    if (isEmptyDiff(diff)) return;
    const origin = recorded ? 'local' : changes.every((change) => change.origin === 'remote') ? 'remote' : 'unrecorded';
    this.#emit({ diff, origin });
  }

  #rollBack(): void {
    const batch = this.#batch!;
    const savepoint = batch.savepoints.pop()!;
    this.#plan = savepoint.plan;
    batch.changes.length = savepoint.changes;
    if (batch.savepoints.length === 0) this.#batch = undefined;
  }

  #replay(diff: PlanDiff, origin: 'undo' | 'redo', whole: WholeTables): void {
    const before = this.#plan;
    const { plan, viewHints } = applyDiffToPlan(before, diff, 'whereUnchanged', whole);
    if (plan === before) return;
    this.#plan = plan;
    this.#emit({ diff: diffPlans(before, plan, viewHints), origin });
  }

  #emit(change: PlanChange): void {
    for (const listener of this.#listeners) listener(this.#plan, change);
  }
}

function tablesOf(before: Plan, after: Plan): StepTables {
  return {
    ...(before.nodes !== after.nodes && { nodes: [before.nodes, after.nodes] as const }),
    ...(before.edges !== after.edges && { edges: [before.edges, after.edges] as const }),
  };
}

/** The tables around two merged steps, when the second starts where the first ended. */
function joined<T>(first: readonly [T, T] | undefined, second: readonly [T, T] | undefined): readonly [T, T] | undefined {
  if (!second) return first;
  return first && first[1] === second[0] ? [first[0], second[1]] : undefined;
}

/**
 * The table to take whole: `other`, when the step rebuilt the table and the current table holds
 * exactly what the step left (`left`, or an equal table of its family, as a redo makes). Otherwise
 * records are applied one by one, which keeps the table's family (and validation's incremental
 * path) intact.
 */
function wholeTable<R>(current: Table<R>, left: Table<R> | undefined, other: Table<R> | undefined): Table<R> | undefined {
  if (!left || !other || Table.familyOf(left) === Table.familyOf(other)) return undefined;
  return current === left || Table.changedKeys(left, current)?.length === 0 ? other : undefined;
}

/** Creates a history around `plan`. */
export function createHistory(plan: Plan, limit?: number): PlanHistory {
  return new PlanHistory(plan, limit);
}

/**
 * Where a command's immer patches say the views changed: a position by id, or a whole view or
 * positions record (a new view, a layout). The pinned list is compared whole in every view named.
 */
function viewHintsOf(patches: readonly Patch[]): ViewHints | undefined {
  const hints = new Map<string, Set<string> | 'all'>();
  for (const { path } of patches) {
    if (path[0] !== 'views') continue;
    if (path.length < 2) return undefined; // every view replaced: compare them all
    const viewId = String(path[1]);
    const ids = hints.get(viewId);
    if (ids === 'all') continue;
    if (path.length === 2 || (path[2] === 'positions' && path.length === 3)) hints.set(viewId, 'all');
    else {
      const set = ids ?? new Set<string>();
      if (path[2] === 'positions') set.add(String(path[3]));
      hints.set(viewId, set);
    }
  }
  return hints;
}

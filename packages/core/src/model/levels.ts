import { NODE_KIND_SPECS, getKindSpec } from '../kinds/registry.js';
import type { PlanNode } from './nodes.js';

/** One level of a theory of change (a column or band): actions, outputs, outcomes … impact. */
export interface PlanLevel {
  id: string;
  title: string;
  description?: string;
}

/**
 * The levels of a plan that declares none, from first (what is done) to last (what it is for):
 * each kind's levels from its spec, from the last kind of the causal chain (actions) up to the
 * first (the vision) — action → output → outcomes short, medium, long → priority → call to
 * action → aim → vision.
 */
export const DEFAULT_LEVELS: readonly PlanLevel[] = Object.freeze(
  [...NODE_KIND_SPECS].reverse().flatMap((spec) => (spec.levels ?? []).map((level) => Object.freeze({ ...level }))),
);

/** What the level functions read of a plan. */
type LevelledPlan = { readonly levels?: readonly PlanLevel[] };

interface LevelIndex {
  readonly levels: readonly PlanLevel[];
  readonly position: ReadonlyMap<string, number>;
}

const DEFAULT_INDEX = indexOf(DEFAULT_LEVELS);
/** Cached on the identity of the plan's levels list, which edits replace rather than change. */
const indexes = new WeakMap<readonly PlanLevel[], LevelIndex>();

function indexOf(levels: readonly PlanLevel[]): LevelIndex {
  return { levels, position: new Map(levels.map((level, i) => [level.id, i])) };
}

function levelIndex(plan: LevelledPlan): LevelIndex {
  const declared = plan.levels;
  if (declared === undefined || declared.length === 0) return DEFAULT_INDEX;
  let index = indexes.get(declared);
  if (!index) {
    index = indexOf(declared);
    indexes.set(declared, index);
  }
  return index;
}

/** The plan's levels in order: the ones it declares, or DEFAULT_LEVELS. */
export function getPlanLevels(plan: LevelledPlan): readonly PlanLevel[] {
  return levelIndex(plan).levels;
}

/**
 * The id of the level a box sits on: its own `level` when that names one of the plan's levels;
 * otherwise its kind's default level (outcomes by horizon, medium when none) when the plan has
 * that level — always so for a plan on the default levels. Undefined for kinds off the causal
 * chain (indicators, principles, research questions, assumptions, evidence, partners).
 */
export function getNodeLevel(plan: LevelledPlan, node: PlanNode): string | undefined {
  const { position } = levelIndex(plan);
  if (node.level !== undefined && position.has(node.level)) return node.level;
  const fallback = defaultLevelOf(node);
  return fallback !== undefined && position.has(fallback) ? fallback : undefined;
}

/** The position of a box's level in getPlanLevels(plan), first = 0; undefined when it has none. */
export function getLevelIndex(plan: LevelledPlan, node: PlanNode): number | undefined {
  const level = getNodeLevel(plan, node);
  return level === undefined ? undefined : levelIndex(plan).position.get(level);
}

/** The level a box of this kind sits on by default, whatever the plan declares. */
export function defaultLevelOf(node: PlanNode): string | undefined {
  const spec = getKindSpec(node.kind);
  if (!spec) return undefined;
  return spec.levelOf ? spec.levelOf(node) : spec.defaultLevel;
}

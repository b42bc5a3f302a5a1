import type { EdgeKind } from '../model/edges.js';
import type { NodeKind } from '../model/node-kinds.js';

/**
 * What changed between two plans, as people read it: boxes, links and plan fields added, removed
 * and changed, field by field, with layout moves counted apart (moving a box changes no meaning).
 * Plain JSON (no Maps), so `changemap diff --format json` prints it as it is; the field names are
 * stable (docs/cli.md lists them).
 */
export interface PlanComparison {
  readonly boxes: {
    readonly added: readonly BoxRef[];
    readonly removed: readonly BoxRef[];
    readonly changed: readonly BoxChange[];
  };
  readonly links: {
    readonly added: readonly LinkRef[];
    readonly removed: readonly LinkRef[];
    readonly changed: readonly LinkChange[];
  };
  /** The plan's own fields (title, period, description, levels, checker, …). */
  readonly plan: readonly FieldChange[];
  readonly layout: LayoutChange;
}

/** A box as the comparison names it (from the plan it is in: `after`, or `before` when removed). */
export interface BoxRef {
  readonly id: string;
  readonly kind: NodeKind;
  readonly title: string;
  /** The plan's own numbering ("3.2"), when the box has one. */
  readonly number?: string;
}

/** One field that differs; `from` or `to` is absent when the field was empty on that side. */
export interface FieldChange {
  readonly field: string;
  /** The field's name as the inspector shows it ("Baseline value"). */
  readonly label: string;
  readonly from?: unknown;
  readonly to?: unknown;
}

export interface BoxChange {
  /** The box as it is after the change. */
  readonly box: BoxRef;
  readonly fields: readonly FieldChange[];
}

/** One end of a link: a box, or (for links that bear on a causal link) another link. */
export interface LinkEnd {
  readonly id: string;
  /** The box's title, `“A” → “B”` for a link, or the id when the end is missing. */
  readonly title: string;
  readonly kind?: NodeKind;
}

export interface LinkRef {
  readonly id: string;
  readonly kind: EdgeKind;
  readonly source: LinkEnd;
  readonly target: LinkEnd;
}

export interface LinkChange {
  /** The link as it is after the change. */
  readonly link: LinkRef;
  readonly fields: readonly FieldChange[];
}

/** Layout changes, counted and not listed: they change where boxes are drawn, not what the plan says. */
export interface LayoutChange {
  /** Boxes (present in both plans) whose position changed, counted once per view. */
  readonly moved: number;
  /** Views whose pinned boxes changed. */
  readonly pinChanges: number;
}

/** True when the two plans say the same (layout moves included: a comparison with only moves is not empty). */
export function isSameComparison(comparison: PlanComparison): boolean {
  const { boxes, links, plan, layout } = comparison;
  return (
    boxes.added.length + boxes.removed.length + boxes.changed.length + links.added.length + links.removed.length + links.changed.length + plan.length === 0 &&
    layout.moved === 0 &&
    layout.pinChanges === 0
  );
}

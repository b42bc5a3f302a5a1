import type { EdgeKind } from '../model/edges.js';
import type { GroupFields } from '../model/fields.js';
import type { PlanLevel } from '../model/levels.js';
import type { NodeBase } from '../model/nodes.js';

/** A kind's colour on a light and on a dark background (both meet WCAG AA for text on the panel). */
export interface KindColour {
  readonly light: string;
  readonly dark: string;
}

/** Which kinds of link a kind may start and end. The allowed-link table is built from these. */
export interface KindLinks {
  /** Link kinds that may start at a box of this kind. */
  readonly starts: readonly EdgeKind[];
  /** Link kinds that may end at a box of this kind. */
  readonly ends: readonly EdgeKind[];
}

/**
 * The specs of a kind's own fields (those beyond NodeBase), exactly one per field of its node type:
 * a field missing from the spec, or one the type lacks, is a compile error.
 */
export type KindFields<N extends NodeBase<string>> = GroupFields<Omit<N, keyof NodeBase<string>>>;

/**
 * The outline a kind is drawn with where only a few shapes exist (Mermaid, Graphviz): each export
 * maps these names to its own syntax, so a new kind picks one and no export changes.
 */
export const KIND_SHAPES = [
  'hexagon',
  'stadium',
  'framed',
  'rectangle',
  'rounded',
  'invertedTrapezoid',
  'parallelogram',
  'flag',
  'cylinder',
  'diamond',
  'leaning',
  'trapezoid',
  'circle',
] as const;
export type KindShape = (typeof KIND_SHAPES)[number];

declare const NODE_TYPE: unique symbol;

/**
 * Everything about one kind of box, in one place: the editor's palette and inspector, the JSON
 * Schema, the exports, the link table and the levels all read it. Adding a kind is one file with
 * its node type and spec, plus one line in `registry.ts`.
 */
export interface NodeKindSpec<N extends NodeBase<string> = NodeBase<string>> {
  /** Carries the node type for the compiler only; never set. */
  readonly [NODE_TYPE]?: N;
  readonly kind: N['kind'];
  /** The kind's name, capitalised as a heading: "Call to action". */
  readonly label: string;
  /** Its plural: "Calls to action". */
  readonly pluralLabel: string;
  /** One line saying what a box of this kind is (schema description, palette help). */
  readonly description: string;
  /** A one-character glyph drawn beside the label, so kinds never differ by colour alone. */
  readonly icon: string;
  readonly colour: KindColour;
  /** Its outline in diagram exports. */
  readonly shape: KindShape;
  /**
   * The default levels this kind's boxes sit on, first to last (outcomes have three, by horizon);
   * DEFAULT_LEVELS is these, kind by kind from the last kind of the causal chain to the first.
   * None for kinds off the causal chain.
   */
  readonly levels?: readonly PlanLevel[];
  /** The id of the level (one of `levels`) a box of this kind sits on when nothing says otherwise. */
  readonly defaultLevel?: string;
  /** When the default level depends on the box (an outcome's horizon), the level for this box. */
  levelOf?(node: N): string;
  readonly links: KindLinks;
  /** The kind's own fields (every box also has COMMON_NODE_FIELDS), in the inspector's order. */
  readonly fields: KindFields<N>;
}

/** The node type a spec describes. */
export type NodeOfSpec<S> = S extends NodeKindSpec<infer N> ? N : never;

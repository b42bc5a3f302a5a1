import { applyCommand, commands, createPlan, inferEdgeKind } from '@changemap/core';
import type { CheckerSettings, EdgeKind, NodeKind, NodeOfKind, Plan, PlanEdge, PlanLevel, PlanNode, Provenance } from '@changemap/core';

type Fields<K extends NodeKind> = Omit<NodeOfKind<K>, 'id' | 'kind' | 'title' | 'provenance'>;

/**
 * Builds an example plan through the core's own commands, so every link is checked against the
 * endpoint table as it is made, and every node carries provenance naming its document and section.
 */
export class PlanBuilder {
  #plan: Plan;
  #section = '';

  constructor(
    info: { id: string; title: string; period?: string; description?: string; levels?: PlanLevel[]; checker?: CheckerSettings },
    /** The title of the source document, written into every node's provenance. */
    readonly document: string,
  ) {
    this.#plan = createPlan(info);
  }

  /** Sets the section that nodes added next come from, e.g. "Call to action 3 > What we will do together". */
  section(name: string): this {
    this.#section = name;
    return this;
  }

  /** Adds a node stated in the document. */
  add<K extends NodeKind>(kind: K, id: string, title: string, fields: Partial<Fields<K>> = {}, provenance: Partial<Provenance> = {}): string {
    const node = { id, kind, title, ...fields, provenance: { document: this.document, section: this.#section, ...provenance } } as unknown as PlanNode;
    this.#plan = applyCommand(this.#plan, commands.addNode(node));
    return id;
  }

  /** Adds a node the modeller phrased from what the text implies; its provenance says so. */
  derive<K extends NodeKind>(kind: K, id: string, title: string, note: string, fields: Partial<Fields<K>> = {}): string {
    return this.add(kind, id, title, fields, { derived: true, note });
  }

  /**
   * Links two nodes (or evidence or an assumption to a link, by the link's id); the kind follows
   * from the two kinds, as it does when an officer draws a link. `fields` are the link's own
   * (confidence, rationale, strength, stance). Returns the link's id.
   */
  link(
    source: string,
    target: string,
    options: { kind?: EdgeKind; note?: string; fields?: Partial<Pick<PlanEdge, 'confidence' | 'rationale' | 'strength' | 'stance'>> } = {},
  ): string {
    const kind = options.kind ?? inferEdgeKind(this.#plan.nodes.get(source)!.kind, this.#plan.nodes.get(target)!.kind);
    if (!kind) throw new Error(`No link can join ${source} to ${target}.`);
    const id = `${kind}:${source}:${target}`;
    const provenance = options.note ? { provenance: { document: this.document, section: this.#section, derived: true, note: options.note } } : {};
    this.#plan = applyCommand(this.#plan, commands.connect({ id, kind, source, target, ...options.fields, ...provenance }));
    return id;
  }

  /** Links every source to one target. */
  linkAll(sources: string[], target: string, options: { note?: string } = {}): void {
    for (const source of sources) this.link(source, target, options);
  }

  get plan(): Plan {
    return this.#plan;
  }
}

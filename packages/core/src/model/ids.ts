/**
 * What an id may look like: letters, digits and . _ : -, starting with a letter, digit or _, at
 * most 128 characters. Ordinary words such as "constructor", "prototype" or "__proto__" are
 * ordinary ids: plans keep nodes and links in Tables (Maps) and positions in null-prototype
 * records, and never look an id up on a plain object.
 */
export const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,127}$/;

/** True when `value` can be used as a node, link, view or level id. */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/**
 * A new id from `base` (cleaned into the id alphabet) that `isTaken` does not claim, adding -2, -3 …
 * when needed. Used for new nodes and for re-keying duplicates on import.
 */
export function createId(base: string, isTaken: (id: string) => boolean): string {
  let stem = base
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9_]+/, '')
    .slice(0, 100);
  if (!isValidId(stem)) stem = 'id';
  if (!isTaken(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** A new id from `base` that no node or link of `plan` uses yet. */
export function createIdInPlan(plan: { nodes: { has(id: string): boolean }; edges: { has(id: string): boolean } }, base: string): string {
  return createId(base, (id) => plan.nodes.has(id) || plan.edges.has(id));
}

/** An empty record with no prototype: a lookup by any id finds only what was stored under it. */
export function emptyRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

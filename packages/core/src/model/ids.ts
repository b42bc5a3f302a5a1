/** What an id may look like: letters, digits and . _ : -, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/**
 * Names every JavaScript object already has. Plans are keyed by id, so an id like "constructor"
 * would read as a node that is not there; the pattern already excludes "__proto__".
 */
export const RESERVED_IDS: readonly string[] = [
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  'prototype',
];

/** True when `value` can be used as a node, link or view id. */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value) && !RESERVED_IDS.includes(value);
}

/**
 * A new id from `base` (cleaned into the id alphabet) that `isTaken` does not claim, adding -2, -3 …
 * when needed. Used for new nodes and for re-keying duplicates on import.
 */
export function createId(base: string, isTaken: (id: string) => boolean): string {
  let stem = base.replace(/[^A-Za-z0-9_.:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 100);
  if (!isValidId(stem)) stem = `id-${stem}`.slice(0, 100).replace(/-+$/, '') || 'id';
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

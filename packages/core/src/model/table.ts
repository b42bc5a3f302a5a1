/**
 * An immutable, ordered table of values by string key: a Map that is never changed in place.
 * `set` and `delete` return a new table that shares all but one small chunk with the old one,
 * so an edit at 10,000 nodes copies a few hundred references instead of the whole collection,
 * and an undo step can hold the old table itself.
 *
 * Layout: every key gets a position, fixed for as long as the key lives in the tables derived
 * from one another (a "family"). Order is a Map's: insertion order, a re-added key goes last. Values sit in chunks of CHUNK positions; a removed key leaves
 * a hole. Because positions are fixed, two tables of one family can be compared chunk by chunk
 * (`changedKeys`), which is how validation finds what an edit touched without walking the plan.
 */
const CHUNK_BITS = 6;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
/** Holes are tolerated until there are more of them than live entries (and at least this many). */
const MIN_HOLES_BEFORE_COMPACTING = 32;

type Chunk<V> = readonly (V | undefined)[];
const NO_VALUES: Chunk<never> = Object.freeze([]);

/**
 * Positions handed out so far. Shared and append-only: a position once given to a key is never
 * given to another key in the same family, so any table of the family can trust it.
 */
interface Family {
  readonly positionOf: Map<string, number>;
  readonly keyAt: string[];
}

export class Table<V> implements Iterable<[string, V]> {
  readonly #family: Family;
  readonly #chunks: readonly Chunk<V>[];
  /** Positions this table spans (live entries and holes). */
  readonly #length: number;
  readonly #size: number;
  #array: readonly V[] | undefined;

  private constructor(family: Family, chunks: readonly Chunk<V>[], length: number, size: number) {
    this.#family = family;
    this.#chunks = chunks;
    this.#length = length;
    this.#size = size;
  }

  /** An empty table. */
  static empty<V>(): Table<V> {
    return new Table<V>({ positionOf: new Map(), keyAt: [] }, [], 0, 0);
  }

  /** A table of the given entries, in order; a repeated key keeps its first place and its last value (as in a Map). */
  static fromEntries<V>(entries: Iterable<readonly [string, V]>): Table<V> {
    return Table.#build<V>((add) => {
      for (const [key, value] of entries) add(key, value);
    });
  }

  /** A table of values keyed by their own `id`, in order (without making an entry pair for each). */
  static fromValues<V extends { readonly id: string }>(values: Iterable<V>): Table<V> {
    return Table.#build<V>((add) => {
      for (const value of values) add(value.id, value);
    });
  }

  /** A new family from what `fill` adds; a repeated key keeps its first place and its last value. */
  static #build<V>(fill: (add: (key: string, value: V) => void) => void): Table<V> {
    const positionOf = new Map<string, number>();
    const keyAt: string[] = [];
    const values: V[] = [];
    fill((key, value) => {
      if (value === undefined) throw new TypeError('A table cannot hold undefined values.');
      const at = positionOf.get(key);
      if (at === undefined) {
        positionOf.set(key, keyAt.length);
        keyAt.push(key);
        values.push(value);
      } else values[at] = value;
    });
    const chunks: Chunk<V>[] = [];
    for (let start = 0; start < values.length; start += CHUNK) chunks.push(Object.freeze(values.slice(start, start + CHUNK)));
    const table = new Table<V>({ positionOf, keyAt }, Object.freeze(chunks), values.length, values.length);
    table.#array = Object.freeze(values);
    return table;
  }

  /**
   * The keys whose values differ between two tables (added, removed or replaced), in position
   * order; `undefined` when the tables were not derived from one another, so only a full
   * comparison could tell. Costs one reference check per chunk plus one per slot of a changed chunk.
   */
  static changedKeys<V>(before: Table<V>, after: Table<V>): string[] | undefined {
    if (before === after) return [];
    if (before.#family !== after.#family) return undefined;
    const changed: string[] = [];
    const chunkCount = Math.max(before.#chunks.length, after.#chunks.length);
    for (let c = 0; c < chunkCount; c++) {
      const a = before.#chunks[c];
      const b = after.#chunks[c];
      if (a === b) continue;
      const slots = Math.max(a?.length ?? 0, b?.length ?? 0);
      for (let s = 0; s < slots; s++) {
        if (a?.[s] !== b?.[s]) changed.push(before.#family.keyAt[(c << CHUNK_BITS) + s]!);
      }
    }
    return changed;
  }

  /**
   * An opaque token shared by every table derived from `table` by `set`, `delete` and `restore`
   * (its family), for caches that follow one table through its edits.
   */
  static familyOf(table: Table<unknown>): object {
    return table.#family;
  }

  get size(): number {
    return this.#size;
  }

  get(key: string): V | undefined {
    const at = this.#family.positionOf.get(key);
    if (at === undefined || at >= this.#length) return undefined;
    return this.#chunks[at >> CHUNK_BITS]![at & MASK];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** A number that sorts present keys the way iteration orders them (not an index); undefined when absent. */
  orderOf(key: string): number | undefined {
    const at = this.#family.positionOf.get(key);
    if (at === undefined || at >= this.#length || this.#chunks[at >> CHUNK_BITS]![at & MASK] === undefined) return undefined;
    return at;
  }

  /** The value whose `orderOf` is `order`, without looking a key up. */
  atOrder(order: number): V | undefined {
    if (order < 0 || order >= this.#length) return undefined;
    return this.#chunks[order >> CHUNK_BITS]![order & MASK];
  }

  /** One more than the largest `orderOf` any key of this table can have (for arrays indexed by order). */
  get orderLimit(): number {
    return this.#length;
  }

  /** Calls `fn` with each value, its `orderOf` and its key, in order, without looking keys up. */
  forEachWithOrder(fn: (value: V, order: number, key: string) => void): void {
    const { keyAt } = this.#family;
    for (let c = 0; c < this.#chunks.length; c++) {
      const chunk = this.#chunks[c]!;
      for (let s = 0; s < chunk.length; s++) {
        const value = chunk[s];
        const order = (c << CHUNK_BITS) + s;
        if (value !== undefined) fn(value, order, keyAt[order]!);
      }
    }
  }

  /** A table with `key` set to `value`: a new key goes last, an existing one keeps its place (as in a Map). */
  set(key: string, value: V): Table<V> {
    if (value === undefined) throw new TypeError('A table cannot hold undefined values; use delete.');
    const at = this.#family.positionOf.get(key);
    if (at !== undefined && at < this.#length) {
      const current = this.#chunks[at >> CHUNK_BITS]![at & MASK];
      if (current === value) return this;
      if (current !== undefined) return this.#withSlot(at, value, this.#size, this.#length);
    }
    if (at !== undefined || this.#length !== this.#family.keyAt.length) {
      // The key once lived here and was removed (like a Map, it now goes last), or another table
      // of this family already used the next position (a node added, undone, and a different one
      // added): either way this key needs a position the family cannot give, so start a new family.
      return Table.fromEntries([...this.entries(), [key, value]]);
    }
    const position = this.#length;
    this.#family.positionOf.set(key, position);
    this.#family.keyAt.push(key);
    return this.#withSlot(position, value, this.#size + 1, position + 1);
  }

  /**
   * A table with `key` back at the place it had before it was removed (as undo and redo need),
   * not last as `set` would put it; an existing key just takes the new value. Falls back to `set`
   * when this table's family never placed the key.
   */
  restore(key: string, value: V): Table<V> {
    if (value === undefined) throw new TypeError('A table cannot hold undefined values; use delete.');
    const at = this.#family.positionOf.get(key);
    if (at === undefined) return this.set(key, value);
    const current = at < this.#length ? this.#chunks[at >> CHUNK_BITS]![at & MASK] : undefined;
    if (current === value) return this;
    // Positions between the old length and this one stay holes: keys of other tables of the family.
    return this.#withSlot(at, value, current === undefined ? this.#size + 1 : this.#size, Math.max(this.#length, at + 1));
  }

  /** A table without `key` (this same table when the key is absent). */
  delete(key: string): Table<V> {
    const at = this.#family.positionOf.get(key);
    if (at === undefined || at >= this.#length || this.#chunks[at >> CHUNK_BITS]![at & MASK] === undefined) return this;
    const size = this.#size - 1;
    const holes = this.#length - size;
    if (holes > MIN_HOLES_BEFORE_COMPACTING && holes > size) {
      return Table.fromEntries([...this.entries()].filter(([k]) => k !== key));
    }
    return this.#withSlot(at, undefined, size, this.#length);
  }

  /** The values in order, as a frozen array made once per table. */
  toArray(): readonly V[] {
    if (this.#array) return this.#array;
    const values: V[] = [];
    for (const chunk of this.#chunks) {
      for (const value of chunk) if (value !== undefined) values.push(value);
    }
    this.#array = Object.freeze(values);
    return this.#array;
  }

  *entries(): IterableIterator<[string, V]> {
    const { keyAt } = this.#family;
    for (let c = 0; c < this.#chunks.length; c++) {
      const chunk = this.#chunks[c]!;
      for (let s = 0; s < chunk.length; s++) {
        const value = chunk[s];
        if (value !== undefined) yield [keyAt[(c << CHUNK_BITS) + s]!, value];
      }
    }
  }

  *keys(): IterableIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  values(): IterableIterator<V> {
    return this.toArray()[Symbol.iterator]();
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }

  /** A plain record of the entries, so `JSON.stringify` shows the contents; files use the export pipeline instead. */
  toJSON(): Record<string, V> {
    const record: Record<string, V> = Object.create(null) as Record<string, V>;
    for (const [key, value] of this.entries()) record[key] = value;
    return record;
  }

  #withSlot(position: number, value: V | undefined, size: number, length: number): Table<V> {
    const c = position >> CHUNK_BITS;
    const chunk = (this.#chunks[c] ?? []).slice();
    chunk[position & MASK] = value;
    const chunks = this.#chunks.slice();
    // `restore` may place a key beyond the next chunk: the chunks in between hold only holes.
    for (let gap = chunks.length; gap < c; gap++) chunks[gap] = NO_VALUES;
    chunks[c] = Object.freeze(chunk);
    return new Table(this.#family, Object.freeze(chunks), length, size);
  }
}

/** Read access to a record by key. Looking keys up in the record is faster than first copying it into a Map. */
export interface RecordLookup<T> {
  get(id: string): T | undefined;
  has(id: string): boolean;
  readonly size: number;
}

/** Wraps a record so that rules read it like a Map. */
export function recordLookup<T>(record: Record<string, T>): RecordLookup<T> {
  let count: number | undefined;
  return {
    get: (id) => (Object.hasOwn(record, id) ? record[id] : undefined),
    has: (id) => Object.hasOwn(record, id),
    get size() {
      return (count ??= Object.keys(record).length);
    },
  };
}

import type { ImportIssue } from '../types.js';

/** Where a note points, and what to do about it when the general hint does not fit. */
export interface NoteOptions {
  nodeIds?: string[];
  edgeIds?: string[];
  hint?: string;
}

const REPAIRED_HINT = 'Check the result in the editor, then save it as a Changemap plan.';

/**
 * What an importer changed, dropped or decided on the way in, in plain words. Nothing an
 * importer does to the source is silent: every repair, every dropped value and every guess
 * becomes one of these notes. Values dropped from many boxes are counted and said once.
 */
export class ImportNotes {
  readonly list: ImportIssue[] = [];
  readonly #dropped = new Map<string, { why: string; severity: 'warning' | 'info'; count: number; nodeIds: Set<string> }>();

  info(code: string, message: string, options: NoteOptions = {}): void {
    this.#add(code, 'info', message, options);
  }

  warn(code: string, message: string, options: NoteOptions = {}): void {
    this.#add(code, 'warning', message, options);
  }

  /**
   * Counts a value that has no home in a Changemap plan (a colour, a width, a font). `what` names
   * it ("box colours (color)") and `why` says why it was not kept; said once for all boxes by
   * `flushDropped`. Values that carry words are warnings, display settings notes.
   */
  dropped(what: string, why: string, nodeId?: string, severity: 'warning' | 'info' = 'info'): void {
    let entry = this.#dropped.get(what);
    if (!entry) this.#dropped.set(what, (entry = { why, severity, count: 0, nodeIds: new Set() }));
    entry.count++;
    if (nodeId !== undefined) entry.nodeIds.add(nodeId);
  }

  /** Says what was dropped, one note per kind of value; call once the importer has run. */
  flushDropped(): void {
    for (const [what, { why, severity, count, nodeIds }] of this.#dropped) {
      const message = `Not kept${count > 1 ? ` (${count} values)` : ''}: ${what}. ${why}`;
      this.#add('dropped-value', severity, message, {
        nodeIds: [...nodeIds],
        hint: severity === 'info' ? 'Nothing to do: Changemap draws boxes by kind and lays them out itself.' : REPAIRED_HINT,
      });
    }
    this.#dropped.clear();
  }

  #add(code: string, severity: 'warning' | 'info', message: string, { nodeIds = [], edgeIds = [], hint = REPAIRED_HINT }: NoteOptions): void {
    this.list.push({ code, severity, message, nodeIds, edgeIds, hint });
  }
}

import { ACTION_STATUSES, RESEARCH_STATUSES, isSafeUrl, isValidId, type NodeKind, type OutcomeHorizon, type PlanNode, type Provenance } from '@changemap/core';
import type { IdAllocator } from '../ids.js';
import { kindFromWord, normalise, type KindWord } from '../kind-words.js';
import type { ImportNotes } from '../notes.js';
import { capitalise } from '../shared.js';
import { LIMITS, clip } from '../text.js';
import { ELEMENT_COLUMNS } from './columns.js';
import { mapColumns, noteOverflow, otherLines, type ColumnMap } from './row-reader.js';
import { cellAt, type SheetTable } from './tables.js';

type ElementField = keyof typeof ELEMENT_COLUMNS;
/** Cells that fill a field of some kinds of box (a URL on evidence); on other kinds they become description lines. */
type KindField = 'url' | 'citation' | 'actor' | 'status' | 'horizon' | 'unit' | 'critical';
const KIND_FIELDS: readonly KindField[] = ['url', 'citation', 'actor', 'status', 'horizon', 'unit', 'critical'];

/** One element as read from its row (or made for a label a connection names), before its kind is final. */
export interface Element {
  id: string;
  label: string;
  type: string;
  word?: KindWord;
  kind: NodeKind;
  levelName: string;
  description: string;
  lines: string[];
  tags: string[];
  fields: Partial<Record<KindField, { value: string; header: string }>>;
  /** Where it came from, for notes: "sheet “Elements”, row 7". */
  place: string;
  /** True for an element made for a label that only a connection names. */
  madeForConnection?: true;
}

/** Reads the Elements table: one element per row with a label; rows without one are said and skipped. */
export function readElements(table: SheetTable | undefined, ids: IdAllocator, notes: ImportNotes): Element[] {
  if (!table) return [];
  const map = mapColumns(table, ELEMENT_COLUMNS, notes, 'boxes');
  const elements: Element[] = [];
  for (const row of table.rows) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    noteOverflow(table, row, notes);
    const label = cellAt(row, map.at.label);
    const place = table.place(row.line);
    if (label === '') {
      notes.warn('bad-row', `${capitalise(place)}, column “${table.header[map.at.label] ?? 'Label'}”: the label is empty, so the row was skipped.`, {
        hint: 'Every element needs a label; give it one and import again.',
      });
      continue;
    }
    elements.push(readElement(table, map, row.cells, label, place, ids, notes));
  }
  return elements;
}

function readElement(
  table: SheetTable,
  map: ColumnMap<ElementField>,
  cells: string[],
  label: string,
  place: string,
  ids: IdAllocator,
  notes: ImportNotes,
): Element {
  const row = { cells, line: 0 };
  const given = cellAt(row, map.at.id);
  const { id, kept } = ids.keep(given, label);
  if (given !== '' && !kept) {
    notes.info(
      'new-id',
      `${capitalise(place)}, column “${table.header[map.at.id]}”: the id “${clip(given, 60).text}” ${isTakenWord(given)} it is now “${id}”.`,
      { nodeIds: [id] },
    );
  }
  const fields: Element['fields'] = {};
  for (const field of KIND_FIELDS) {
    const value = cellAt(row, map.at[field]);
    if (value !== '') fields[field] = { value, header: table.header[map.at[field]]! };
  }
  return {
    id,
    label,
    type: cellAt(row, map.at.type),
    kind: 'outcome',
    levelName: cellAt(row, map.at.level),
    description: cellAt(row, map.at.description),
    lines: otherLines(table, map, row),
    tags: readTags(cellAt(row, map.at.tags), place, notes),
    fields,
    place,
  };
}

function isTakenWord(id: string): string {
  return isValidId(id) ? 'is used by another element or link, so' : 'cannot be a Changemap id (letters, digits and . _ : - only), so';
}

/** Kumu's tags: separated by “|”, trimmed, empty ones dropped; within the format's limits (said when cut). */
export function readTags(cell: string, place: string, notes: ImportNotes): string[] {
  if (cell === '') return [];
  const all = cell
    .split('|')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  const unique = [...new Set(all)];
  const tags = unique.slice(0, LIMITS.tags).map((tag) => clip(tag, LIMITS.tag).text);
  if (unique.length > LIMITS.tags) notes.warn('bad-row', `${capitalise(place)}: only the first ${LIMITS.tags} of ${unique.length} tags were kept.`);
  if (unique.some((tag) => tag.length > LIMITS.tag)) notes.warn('bad-row', `${capitalise(place)}: tags longer than ${LIMITS.tag} characters were shortened.`);
  return tags;
}

/** An element made for a label that a connection names but no element row has, as Kumu itself does. */
export function elementFromConnection(label: string, place: string, ids: IdAllocator): Element {
  return {
    id: ids.fresh(label),
    label,
    type: '',
    kind: 'outcome',
    levelName: '',
    description: '',
    lines: [],
    tags: [],
    fields: {},
    place,
    madeForConnection: true,
  };
}

/**
 * The element's kind from its Type, else from its Level's name; an outcome when neither names a
 * kind (said once per type). Goal and impact words are settled later (aim or vision).
 */
export function readKind(element: Element, unknownTypes: Map<string, string[]>): void {
  const word = kindFromWord(element.type) ?? (element.type === '' ? kindFromWord(element.levelName) : undefined);
  if (word) {
    element.word = word;
    element.kind = word.kind;
    return;
  }
  element.kind = 'outcome';
  if (element.madeForConnection) return; // already said where it was made
  const key = element.type === '' ? '' : element.type;
  const list = unknownTypes.get(key) ?? [];
  list.push(element.id);
  unknownTypes.set(key, list);
}

/** The box an element becomes: its kind's own fields filled from cells that fit; everything else in the description. */
export function elementNode(element: Element, document: string, level: string | undefined, notes: ImportNotes): PlanNode {
  const lines = [...element.lines];
  const own: Record<string, unknown> = {};
  for (const field of KIND_FIELDS) {
    const cell = element.fields[field];
    if (!cell) continue;
    const value = kindField(element, field, cell.value, notes);
    if (value === undefined) lines.push(`${cell.header}: ${cell.value}`);
    else own[field] = value;
  }
  if (element.word?.kind === 'outcome' && element.word.horizon && own['horizon'] === undefined) own['horizon'] = element.word.horizon;
  const title = clip(element.label, LIMITS.title);
  if (title.cut > 0) lines.unshift(element.label);
  const fullDescription = [element.description, ...lines].filter((text) => text !== '').join('\n\n');
  const description = clip(fullDescription, LIMITS.longText);
  if (description.cut > 0)
    notes.warn(
      'long-text',
      `${capitalise(element.place)}: the description is longer than ${LIMITS.longText.toLocaleString('en-GB')} characters; its last ${description.cut.toLocaleString('en-GB')} were not kept.`,
      { nodeIds: [element.id] },
    );
  const provenance: Provenance = { document, section: clip(element.place, LIMITS.shortText).text };
  return {
    id: element.id,
    kind: element.kind,
    title: title.text,
    ...(description.text !== '' && { description: description.text }),
    ...(element.tags.length > 0 && { tags: element.tags }),
    ...(level !== undefined && { level }),
    provenance,
    ...own,
  } as PlanNode;
}

const HORIZON_WORDS: Record<string, OutcomeHorizon> = {
  short: 'short',
  'short term': 'short',
  medium: 'medium',
  'medium term': 'medium',
  intermediate: 'medium',
  long: 'long',
  'long term': 'long',
};
const STATUS_WORDS: Record<string, string> = {
  'in progress': 'inProgress',
  'on hold': 'paused',
  complete: 'done',
  completed: 'done',
  finished: 'done',
  'not started': 'planned',
};

/** A cell's value for a field of this element's kind, or undefined when the kind has no such field or the value does not fit (it then stays in the description). */
function kindField(element: Element, field: KindField, value: string, notes: ImportNotes): unknown {
  const kind = element.kind;
  const word = normalise(value);
  switch (field) {
    case 'url':
      if (kind !== 'evidence' && kind !== 'partner') return undefined;
      if (isSafeUrl(value)) return value;
      notes.warn(
        'bad-row',
        `${capitalise(element.place)}: “${clip(value, 80).text}” is not a web link Changemap keeps (http, https or mailto only); it is in the description.`,
        { nodeIds: [element.id] },
      );
      return undefined;
    case 'citation':
      return kind === 'evidence' && value.length <= 2000 ? value : undefined;
    case 'actor':
      return kind === 'action' && value.length <= 200 ? value : undefined;
    case 'status': {
      const statuses: readonly string[] = kind === 'action' ? ACTION_STATUSES : kind === 'researchQuestion' ? RESEARCH_STATUSES : [];
      return (
        statuses.find((status) => normalise(status) === word) ??
        (STATUS_WORDS[word] !== undefined && statuses.includes(STATUS_WORDS[word]!) ? STATUS_WORDS[word] : undefined)
      );
    }
    case 'horizon':
      return kind === 'outcome' ? HORIZON_WORDS[word] : undefined;
    case 'unit':
      return kind === 'indicator' && value.length <= 100 ? value : undefined;
    case 'critical':
      if (kind !== 'assumption') return undefined;
      return ['yes', 'y', 'true', '1', 'critical'].includes(word) ? true : ['no', 'n', 'false', '0'].includes(word) ? false : undefined;
  }
}

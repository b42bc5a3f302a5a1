import type { ImportNotes } from '../notes.js';
import { asText, isRecord, own, preview, readConfidence } from '../shared.js';
import { clip, listNames } from '../text.js';

/** A ToC-Maker chart as read from its JSON, every value checked; what could not be read is in the notes. */
export interface Chart {
  title?: string;
  sections: ChartSection[];
}

export interface ChartSection {
  title: string;
  /** The boxes of each column, left to right. */
  columns: ChartBox[][];
}

export interface ChartBox {
  /** The id the author gave (any text; may be empty, repeated or unusable as a Changemap id). */
  sourceId: string;
  title: string;
  text: string;
  section: number;
  column: number;
  connections: ChartConnection[];
}

export interface ChartConnection {
  targetId: string;
  confidence?: number;
  evidence: string[];
  assumptions: string[];
}

const DISPLAY_SETTINGS = ['color', 'textSize', 'curvature', 'columnPadding', 'sectionPadding', 'fontFamily'];
const CHART_FIELDS = new Set(['title', 'sections', ...DISPLAY_SETTINGS]);
const BOX_DISPLAY = new Map([
  ['color', 'box colours (color)'],
  ['width', 'box widths (width)'],
  ['yPosition', 'box positions (yPosition)'],
]);
const BOX_FIELDS = new Set(['id', 'title', 'text', 'connectionIds', 'connections', ...BOX_DISPLAY.keys()]);
const CONNECTION_FIELDS = new Set(['targetId', 'confidence', 'evidence', 'assumptions']);
const NO_HOME = 'Changemap has no place for it.';
const DRAWN_BY_KIND = 'Changemap draws boxes by kind and lays the plan out by its levels.';

/** True when parsed JSON has the shape of a ToC-Maker chart (a list of sections). */
export function looksLikeChart(data: unknown): boolean {
  return isRecord(data) && Array.isArray(own(data, 'sections'));
}

/**
 * Reads a parsed ToC-Maker file as the tool itself reads it: sections of columns of boxes;
 * a box's `connections` when the list is there, its `connectionIds` (no confidence) only when it
 * is not. Anything malformed is skipped and said; display settings are counted as dropped.
 */
export function readChart(data: Record<string, unknown>, notes: ImportNotes): Chart {
  const display = DISPLAY_SETTINGS.filter((key) => Object.hasOwn(data, key));
  if (display.length > 0) notes.dropped(`the chart's display settings (${display.join(', ')})`, DRAWN_BY_KIND);
  for (const key of Object.keys(data)) {
    if (!CHART_FIELDS.has(key)) notes.dropped(`the chart's field “${clip(key, 60).text}”`, NO_HOME, undefined, 'warning');
  }
  const title = asText(own(data, 'title'))?.trim();
  const sections: ChartSection[] = [];
  const rawSections = own(data, 'sections') as unknown[];
  rawSections.forEach((raw, s) => {
    if (!isRecord(raw)) {
      notes.warn('skipped-section', `Section ${s + 1} is ${preview(raw)}, not a section, so it was skipped.`);
      return;
    }
    sections.push(readSection(raw, sections.length, s, notes));
  });
  return { ...(title && { title }), sections };
}

function readSection(raw: Record<string, unknown>, index: number, position: number, notes: ImportNotes): ChartSection {
  let title = asText(own(raw, 'title'))?.trim() ?? '';
  if (title === '') {
    title = `Section ${position + 1}`;
    notes.warn('untitled-section', `Section ${position + 1} has no title; it is called “${title}”.`, { hint: 'Rename the level in the editor.' });
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'title' && key !== 'columns') notes.dropped(`the sections' field “${clip(key, 60).text}”`, NO_HOME, undefined, 'warning');
  }
  const rawColumns = own(raw, 'columns');
  if (!Array.isArray(rawColumns)) {
    if (rawColumns !== undefined) notes.warn('skipped-column', `The section “${title}” has no list of columns, so it holds no boxes.`);
    return { title, columns: [] };
  }
  const columns = rawColumns.map((column, c) => {
    const boxes = isRecord(column) ? own(column, 'nodes') : undefined;
    if (!Array.isArray(boxes)) {
      notes.warn('skipped-column', `Column ${c + 1} of the section “${title}” has no list of boxes, so it was skipped.`);
      return [];
    }
    return boxes.flatMap((box, b) => {
      if (isRecord(box)) return [readBox(box, index, c, notes)];
      notes.warn('skipped-box', `Box ${b + 1} in column ${c + 1} of the section “${title}” is ${preview(box)}, not a box, so it was skipped.`);
      return [];
    });
  });
  return { title, columns };
}

function readBox(raw: Record<string, unknown>, section: number, column: number, notes: ImportNotes): ChartBox {
  const sourceId = asText(own(raw, 'id')) ?? '';
  const title = asText(own(raw, 'title')) ?? '';
  const text = asText(own(raw, 'text')) ?? '';
  const name = boxName(title, sourceId);
  for (const key of Object.keys(raw)) {
    const display = BOX_DISPLAY.get(key);
    if (display) notes.dropped(display, DRAWN_BY_KIND);
    else if (!BOX_FIELDS.has(key)) notes.dropped(`the boxes' field “${clip(key, 60).text}”`, NO_HOME, undefined, 'warning');
  }
  return { sourceId, title, text, section, column, connections: readConnections(raw, name, notes) };
}

/** The box as notes name it before it has a Changemap id. */
export function boxName(title: string, sourceId: string): string {
  const shown = title.trim() === '' ? `(untitled, id ${sourceId === '' ? 'none' : `“${clip(sourceId, 60).text}”`})` : `“${clip(title.trim(), 80).text}”`;
  return `the box ${shown}`;
}

/** The tool's rule: `connections` when present, else `connectionIds`; a disagreement between the two is said. */
function readConnections(raw: Record<string, unknown>, name: string, notes: ImportNotes): ChartConnection[] {
  const listed = own(raw, 'connections');
  const rawIds = own(raw, 'connectionIds');
  const ids = Array.isArray(rawIds) ? rawIds.map(asText).filter((id): id is string => id !== undefined) : undefined;
  if (rawIds !== undefined && !Array.isArray(rawIds))
    notes.warn('skipped-connection', `The connectionIds of ${name} are ${preview(rawIds)}, not a list, so they were not read.`);
  if (Array.isArray(rawIds) && ids && ids.length < rawIds.length) {
    notes.warn('skipped-connection', `${rawIds.length - ids.length} of the connectionIds of ${name} are not ids, so they were not read.`);
  }
  if (!Array.isArray(listed)) {
    if (listed !== undefined && listed !== null)
      notes.warn('skipped-connection', `The connections of ${name} are ${preview(listed)}, not a list; its connectionIds were used instead.`);
    return (ids ?? []).map((targetId) => ({ targetId, evidence: [], assumptions: [] }));
  }
  const connections = listed.flatMap((item, i) => {
    const connection = isRecord(item) ? readConnection(item, name, notes) : undefined;
    if (!connection) notes.warn('skipped-connection', `Connection ${i + 1} of ${name} is ${preview(item)}, not a connection to a box, so it was skipped.`);
    return connection ? [connection] : [];
  });
  // An empty connectionIds beside connections is how newer files are written, not a disagreement.
  if (ids && ids.length > 0) reportDisagreement(ids, connections, name, notes);
  return connections;
}

function readConnection(raw: Record<string, unknown>, name: string, notes: ImportNotes): ChartConnection | undefined {
  const targetId = asText(own(raw, 'targetId'));
  if (targetId === undefined) return undefined;
  for (const key of Object.keys(raw)) {
    if (!CONNECTION_FIELDS.has(key)) notes.dropped(`the connections' field “${clip(key, 60).text}”`, NO_HOME, undefined, 'warning');
  }
  const confidence = readConfidence(own(raw, 'confidence'));
  if (confidence?.note) notes.warn('confidence-repaired', `On the connection from ${name} to “${clip(targetId, 60).text}”, ${confidence.note}.`);
  return {
    targetId,
    ...(confidence && 'value' in confidence && { confidence: confidence.value }),
    evidence: texts(own(raw, 'evidence')),
    assumptions: texts(own(raw, 'assumptions')),
  };
}

/** The non-empty texts of a field written as one string or a list of strings. */
function texts(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(asText).filter((text): text is string => text !== undefined && text.trim() !== '');
}

function reportDisagreement(ids: string[], connections: ChartConnection[], name: string, notes: ImportNotes): void {
  const drawn = new Set(connections.map((c) => c.targetId));
  const listed = new Set(ids);
  const onlyIds = [...listed].filter((id) => !drawn.has(id));
  const onlyConnections = [...drawn].filter((id) => !listed.has(id));
  if (onlyIds.length === 0 && onlyConnections.length === 0) return;
  const parts = [];
  if (onlyIds.length > 0) parts.push(`its connectionIds also name ${listNames(onlyIds)}, which its connections do not`);
  if (onlyConnections.length > 0) parts.push(`its connections go to ${listNames(onlyConnections)}, which its connectionIds do not name`);
  notes.warn(
    'connections-disagree',
    `The two lists of links of ${name} disagree: ${parts.join('; ')}. As ToC-Maker does, the connections were used${onlyIds.length > 0 ? ', so no link was made to the ids only in connectionIds' : ''}.`,
    {
      hint: 'Check these links in the editor and draw any that are missing.',
    },
  );
}

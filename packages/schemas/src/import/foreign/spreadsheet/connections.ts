import { EDGE_KINDS, EDGE_KIND_LABELS, EVIDENCE_STANCES, type EdgeKind, type EvidenceStance, type PlanEdge } from '@changemap/core';
import type { IdAllocator } from '../ids.js';
import { normalise } from '../kind-words.js';
import { chooseLinkKind } from '../links.js';
import type { ImportNotes } from '../notes.js';
import { capitalise, readConfidence } from '../shared.js';
import { LIMITS, clip } from '../text.js';
import { CONNECTION_COLUMNS, SIGN_COLUMNS } from './columns.js';
import type { Element } from './elements.js';
import { mapColumns, noteOverflow, otherLines } from './row-reader.js';
import { readSign, readStrength, type SignWord } from './signs.js';
import { cellAt, type SheetTable } from './tables.js';

/** One connection as read from its row, both ends found. */
export interface Connection {
  from: Element;
  to: Element;
  place: string;
  /** The kind of link its Type names, when it names one. */
  wanted?: EdgeKind;
  direction: 'directed' | 'undirected' | 'mutual';
  sourceId: string;
  confidence?: number;
  sign?: SignWord;
  /** A strength the row states (in a sign or a strength column): grades an evidence link. */
  strength?: 'weak' | 'moderate' | 'strong';
  stance?: EvidenceStance;
  rationale?: string;
  /** Label, Type, Tags and other columns, kept as the link's description. */
  lines: string[];
}

/** Kind names, their labels and common words for a causal link, normalised: "delivered by" → deliveredBy. */
const LINK_WORDS = new Map<string, EdgeKind>([
  ...EDGE_KINDS.flatMap((kind) => [[normalise(kind), kind] as const, [normalise(EDGE_KIND_LABELS[kind]), kind] as const]),
  ...['causes', 'causal', 'leads to', 'influences', 'contributes', 'affects', 'drives', 'enables'].map((word) => [word, 'contributesTo'] as const),
  ['evidence', 'supports'],
  ['evidence for', 'supports'],
  ['assumption', 'underlies'],
]);

/** Finds an element by what a From or To cell names (an id, else a label); undefined when the cell is empty. */
export type Resolve = (reference: string, place: string) => Element | undefined;

/** Reads the Connections table; a row with an empty From or To is said and skipped. */
export function readConnections(table: SheetTable | undefined, resolve: Resolve, notes: ImportNotes): Connection[] {
  if (!table) return [];
  const map = mapColumns(table, CONNECTION_COLUMNS, notes, 'links');
  const signColumns = map.others.filter((index) => SIGN_COLUMNS.includes(table.keys[index]!));
  const connections: Connection[] = [];
  for (const row of table.rows) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    noteOverflow(table, row, notes);
    const place = table.place(row.line);
    const fromCell = cellAt(row, map.at.from);
    const toCell = cellAt(row, map.at.to);
    if (fromCell === '' || toCell === '') {
      const column = fromCell === '' ? table.header[map.at.from] : table.header[map.at.to];
      notes.warn('bad-row', `${capitalise(place)}, column “${column ?? (fromCell === '' ? 'From' : 'To')}”: it is empty, so the connection was skipped.`, {
        hint: 'A connection needs the label (or id) of the element it starts at and of the one it goes to.',
      });
      continue;
    }
    const from = resolve(fromCell, place)!;
    const to = resolve(toCell, place)!;
    const type = cellAt(row, map.at.type);
    const label = cellAt(row, map.at.label);
    const wanted = LINK_WORDS.get(normalise(type));
    // A type that names a kind of link becomes that kind, a label that is only "+" or "−" the
    // link's sign; any other type or label is kept in words.
    const labelIsSign = readSign(label) !== undefined && readSign(label)?.strength === undefined;
    const lines = [labelIsSign ? '' : label, ...(type !== '' && !wanted ? [`Type: ${type}`] : [])];
    const tags = cellAt(row, map.at.tags);
    if (tags !== '')
      lines.push(
        `Tags: ${tags
          .split('|')
          .map((t) => t.trim())
          .filter(Boolean)
          .join(', ')}`,
      );
    lines.push(...otherLines(table, map, row));
    const signCells = signColumns.map((index) => cellAt(row, index));
    const sign = readLinkSign([label, type, ...signCells], place, notes);
    const strength = sign?.strength ?? signCells.map(readStrength).find((s) => s !== undefined);
    const confidence = readConfidence(cellAt(row, map.at.confidence));
    if (confidence?.note) notes.warn('bad-row', `${capitalise(place)}, column “${table.header[map.at.confidence]}”: ${confidence.note}.`);
    const rationale = cellAt(row, map.at.rationale);
    connections.push({
      from,
      to,
      place,
      ...(wanted && { wanted }),
      direction: readDirection(cellAt(row, map.at.direction), place, notes),
      sourceId: cellAt(row, map.at.id),
      ...(confidence && 'value' in confidence && { confidence: confidence.value }),
      ...(sign && { sign }),
      ...(strength && { strength }),
      ...withStance(cellAt(row, map.at.stance), place, notes),
      ...(rationale !== '' && { rationale }),
      lines: lines.filter((line) => line !== ''),
    });
  }
  return connections;
}

function withStance(cell: string, place: string, notes: ImportNotes): { stance?: EvidenceStance } {
  if (cell === '') return {};
  const stance =
    EVIDENCE_STANCES.find((s) => s === normalise(cell)) ??
    (normalise(cell) === 'challenge' ? 'challenges' : normalise(cell) === 'support' ? 'supports' : undefined);
  if (stance) return { stance };
  notes.warn('bad-row', `${capitalise(place)}: the stance “${clip(cell, 40).text}” is not one of supports, challenges or mixed, so it was left out.`);
  return {};
}

function readDirection(cell: string, place: string, notes: ImportNotes): Connection['direction'] {
  const word = normalise(cell);
  if (word === '' || word === 'directed' || word === 'direct' || word === 'one way') return 'directed';
  if (word === 'undirected' || word === 'none') return 'undirected';
  if (word === 'mutual' || word === 'both' || word === 'two way' || word === 'bidirectional') return 'mutual';
  notes.warn(
    'bad-row',
    `${capitalise(place)}: the direction “${clip(cell, 40).text}” is not directed, undirected or mutual, so the connection was read as directed.`,
  );
  return 'directed';
}

/** The sign the cells state; when they disagree, negative wins (a harm is never drawn as a help) and it is said. */
function readLinkSign(cells: string[], place: string, notes: ImportNotes): SignWord | undefined {
  const signs = cells.map(readSign).filter((sign): sign is SignWord => sign !== undefined);
  if (signs.length === 0) return undefined;
  const negative = signs.find((sign) => sign.sign === 'negative');
  if (negative && signs.some((sign) => sign.sign === 'positive')) {
    notes.warn('bad-row', `${capitalise(place)}: the connection is marked both positive and negative; it was kept as negative.`, {
      hint: 'Check the sign of this link.',
    });
  }
  return negative ?? signs[0];
}

/**
 * The links a connection becomes: one (two for a mutual one), of the kind its Type names when the
 * two boxes allow it, else of the kind they allow. Confidence and sign go on causal links only;
 * on any other they stay in the description, and that is said.
 */
export function connectionEdges(connection: Connection, ids: IdAllocator, notes: ImportNotes): PlanEdge[] {
  const ends: [Element, Element][] = [[connection.from, connection.to]];
  if (connection.direction === 'mutual') ends.push([connection.to, connection.from]);
  if (connection.direction === 'undirected') {
    notes.info(
      'direction',
      `${capitalise(connection.place)}: the connection has no direction; it was drawn from “${connection.from.label}” to “${connection.to.label}”.`,
    );
  }
  const edges: PlanEdge[] = [];
  for (const [from, to] of ends) {
    const choice = chooseLinkKind(from.kind, to.kind, connection.wanted);
    if (!choice) {
      notes.warn(
        'bad-row',
        `${capitalise(connection.place)}: no kind of link can join a ${from.kind} (“${clip(from.label, 60).text}”) to a ${to.kind} (“${clip(to.label, 60).text}”), so the connection was not kept.`,
        {
          nodeIds: [from.id, to.id],
          hint: 'Change the Type of one of the two elements, or delete the connection.',
        },
      );
      continue;
    }
    const [source, target] = choice.reversed ? [to, from] : [from, to];
    const base = `${choice.kind}:${source.id}:${target.id}`;
    const id = edges.length === 0 && connection.sourceId !== '' ? ids.keep(connection.sourceId, base).id : ids.exact(base);
    if (connection.wanted && connection.wanted !== choice.kind) {
      notes.info(
        'link-kind',
        `${capitalise(connection.place)}: the type names a “${EDGE_KIND_LABELS[connection.wanted]}” link, which cannot join a ${from.kind} to a ${to.kind}; it is a “${EDGE_KIND_LABELS[choice.kind]}” link${choice.reversed ? ', turned round' : ''}.`,
        { edgeIds: [id] },
      );
    } else if (choice.reversed) {
      notes.info(
        'link-kind',
        `${capitalise(connection.place)}: the connection became a “${EDGE_KIND_LABELS[choice.kind]}” link from “${clip(source.label, 60).text}” to “${clip(target.label, 60).text}”, the way round such links run.`,
        { edgeIds: [id] },
      );
    }
    edges.push(edgeOf(connection, id, choice.kind, source.id, target.id, notes));
  }
  return edges;
}

function edgeOf(connection: Connection, id: string, kind: EdgeKind, source: string, target: string, notes: ImportNotes): PlanEdge {
  const causal = kind === 'contributesTo';
  const lines = [...connection.lines];
  const fields: Partial<PlanEdge> = {};
  if (causal) {
    if (connection.confidence !== undefined) fields.confidence = connection.confidence;
    if (connection.sign) fields.sign = connection.sign.sign;
    if (connection.rationale !== undefined) fields.rationale = clip(connection.rationale, LIMITS.longText).text;
  } else {
    // Evidence marked negative challenges what it concerns: the link's stance says so (unless the row gives one).
    const signIsStance = kind === 'supports' && connection.sign?.sign === 'negative' && !connection.stance;
    const sign = signIsStance ? undefined : connection.sign;
    const unkept = [connection.confidence !== undefined && `confidence ${connection.confidence}`, sign && `${sign.sign} sign`].filter(Boolean);
    if (unkept.length > 0) {
      notes.info(
        'link-kind',
        `${capitalise(connection.place)}: only causal links carry a confidence or a sign, so the ${unkept.join(' and ')} of this “${EDGE_KIND_LABELS[kind]}” link ${unkept.length === 1 ? 'is' : 'are'} in its description.`,
        { edgeIds: [id] },
      );
      if (connection.confidence !== undefined) lines.push(`Confidence: ${connection.confidence}`);
      if (sign) lines.push(`Sign: ${sign.sign}${sign.sign === 'negative' ? ' (it works against what it links to)' : ''}`);
    }
    if (signIsStance) {
      fields.stance = 'challenges';
      notes.info('link-kind', `${capitalise(connection.place)}: the evidence is marked negative, so it is kept as evidence that challenges what it links to.`, {
        edgeIds: [id],
      });
    }
    if (connection.rationale !== undefined) lines.push(`Rationale: ${connection.rationale}`);
  }
  if (kind === 'supports') {
    if (connection.stance) fields.stance = connection.stance;
    if (connection.strength) fields.strength = connection.strength;
  } else if (connection.stance) lines.push(`Stance: ${connection.stance}`);
  const description = lines.join('\n\n');
  const kept = clip(description, LIMITS.longText);
  if (kept.cut > 0)
    notes.warn(
      'long-text',
      `${capitalise(connection.place)}: the link's words are longer than ${LIMITS.longText.toLocaleString('en-GB')} characters; the last ${kept.cut.toLocaleString('en-GB')} were not kept.`,
      { edgeIds: [id] },
    );
  return { id, kind, source, target, ...(kept.text !== '' && { description: kept.text }), ...fields };
}

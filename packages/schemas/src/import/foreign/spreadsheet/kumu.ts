import { DEFAULT_LEVELS, getLevelIndex, type CheckerProfile, type PlanEdge, type PlanLevel, type PlanNode } from '@changemap/core';
import { IdAllocator, slug } from '../ids.js';
import { kindFromWord, normalise } from '../kind-words.js';
import type { ImportNotes } from '../notes.js';
import { LIMITS, clip } from '../text.js';
import type { ImportedPlan } from '../types.js';
import { connectionEdges, readConnections, type Connection } from './connections.js';
import { elementFromConnection, elementNode, readElements, readKind, type Element } from './elements.js';
import type { SheetTable } from './tables.js';

/**
 * Turns the Elements and Connections tables of a Kumu-style spreadsheet into a plan: one box
 * per element (its kind from its Type), one link per connection (its kind from the two boxes).
 * Rows that cannot be read are said by sheet, row and column, and the rest is imported.
 */
export function tablesToPlan(tables: { elements?: SheetTable; connections?: SheetTable }, document: string, title: string, notes: ImportNotes): ImportedPlan {
  const ids = new IdAllocator();
  const elements = readElements(tables.elements, ids, notes);
  const resolve = resolver(elements, ids, notes);
  const connections = readConnections(tables.connections, resolve, notes);
  const unknownTypes = new Map<string, string[]>();
  for (const element of elements) readKind(element, unknownTypes);
  noteUnknownTypes(unknownTypes, notes);
  settleGoals(elements, connections, notes);

  const { levels, levelOf } = readLevels(elements, notes);
  const nodes: PlanNode[] = elements.map((element) => elementNode(element, document, levelOf.get(element), notes));
  const edges: PlanEdge[] = connections.flatMap((connection) => connectionEdges(connection, ids, notes));
  const profile: CheckerProfile = elements.some((e) => e.kind === 'callToAction' || e.kind === 'priority') ? 'partnershipPlan' : 'programme';
  notes.info(
    'checker-profile',
    profile === 'programme'
      ? 'The checker uses its “programme” profile (a logic model or results chain, with no vision or calls to action required), as the spreadsheet has no calls to action or priorities.'
      : 'The checker uses its “partnershipPlan” profile, as the spreadsheet has calls to action or priorities.',
    { hint: 'Change the profile in the problems panel if it does not suit this plan.' },
  );
  return { title: clip(title, LIMITS.title).text, ...(levels && { levels }), checker: { profile }, nodes, edges };
}

/**
 * Finds the element a From or To cell names: by its Id, else its exact label, else its label in
 * any case and spacing. A name no element has becomes a new element, as Kumu does (and is said).
 * Duplicate labels are re-keyed as they are read; a label then means its first element.
 */
function resolver(elements: Element[], ids: IdAllocator, notes: ImportNotes) {
  const byId = new Map<string, Element>();
  const byLabel = new Map<string, Element>();
  const byLooseLabel = new Map<string, Element>();
  for (const element of elements) {
    byId.set(element.id, element);
    const earlier = byLabel.get(element.label);
    if (earlier) {
      notes.warn(
        'duplicate-label',
        `${element.place}: the label “${clip(element.label, 80).text}” is also the label of an element above (${earlier.place}); this one has the id “${element.id}”, and connections naming the label go to the first.`,
        {
          nodeIds: [element.id, earlier.id],
          hint: 'Labels name elements in connections, so each should be different: rename one, or refer to it by its Id.',
        },
      );
      continue;
    }
    byLabel.set(element.label, element);
    if (!byLooseLabel.has(loose(element.label))) byLooseLabel.set(loose(element.label), element);
  }
  return (reference: string, place: string): Element | undefined => {
    const found = byId.get(reference) ?? byLabel.get(reference) ?? byLooseLabel.get(loose(reference));
    if (found) return found;
    const made = elementFromConnection(reference, place, ids);
    elements.push(made);
    byLabel.set(reference, made);
    byLooseLabel.set(loose(reference), made);
    notes.warn('new-element', `${place}: no element is labelled “${clip(reference, 80).text}”, so a box was made for it (an outcome), as Kumu does.`, {
      nodeIds: [made.id],
      hint: 'Check its kind, or add it to the Elements sheet with a Type.',
    });
    return made;
  };
}

function loose(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

function noteUnknownTypes(unknown: Map<string, string[]>, notes: ImportNotes): void {
  for (const [type, nodeIds] of unknown) {
    const count = nodeIds.length === 1 ? '1 element' : `${nodeIds.length} elements`;
    const said = type === '' ? `${count} with no Type (and no Level that names a kind)` : `${count} of the type “${clip(type, 60).text}”`;
    notes.warn(
      'unknown-type',
      `Changemap does not know what ${said} ${nodeIds.length === 1 ? 'is' : 'are'}, so ${nodeIds.length === 1 ? 'it was made an outcome' : 'they were made outcomes'}.`,
      {
        nodeIds,
        hint: 'Give them a Type such as Activity, Output, Outcome, Goal, Indicator, Assumption, Evidence or Partner, or change their kind in the editor.',
      },
    );
  }
}

/**
 * Elements typed Vision stay visions. Goals and impacts are aims, except a single one with no
 * causal link leading on from it when the sheet has no vision: that one is the plan's vision.
 */
function settleGoals(elements: Element[], connections: Connection[], notes: ImportNotes): void {
  const finals = elements.filter((e) => e.word?.final);
  const explicit = finals.filter((e) => e.word?.final && e.word.explicit === 'vision');
  for (const element of finals) element.kind = explicit.includes(element) ? 'vision' : 'aim';
  const goals = finals.filter((e) => !explicit.includes(e));
  if (explicit.length > 0 || goals.length !== 1) return;
  const goal = goals[0]!;
  if (connections.some((c) => c.from === goal || (c.direction === 'mutual' && c.to === goal))) return;
  goal.kind = 'vision';
  notes.info('vision', `“${clip(goal.label, 80).text}” (${goal.place}), the only goal and the end of every chain, is the plan's vision.`, {
    nodeIds: [goal.id],
    hint: 'Change its kind to aim in the editor if the plan has another vision.',
  });
}

/**
 * The plan's levels from the Level column. Names of the default levels ("Outputs", "Short-term
 * outcomes") need no declaring; any other name declares the plan's own levels, ordered by the
 * kinds of the boxes on them (activities first, impact last), then by first appearance.
 */
function readLevels(elements: Element[], notes: ImportNotes): { levels?: PlanLevel[]; levelOf: Map<Element, string> } {
  const named = elements.filter((e) => e.levelName !== '');
  const levelOf = new Map<Element, string>();
  if (named.length === 0) return { levelOf };
  const defaults = new Map<string, PlanLevel>(
    DEFAULT_LEVELS.flatMap((level) => [[normalise(level.id), level] as const, [normalise(level.title), level] as const]),
  );
  const groups = new Map<string, { name: string; members: Element[]; first: number }>();
  named.forEach((element, i) => {
    const key = normalise(element.levelName);
    const group = groups.get(key) ?? { name: element.levelName, members: [], first: i };
    group.members.push(element);
    groups.set(key, group);
  });
  if ([...groups.keys()].every((key) => defaults.has(key))) {
    for (const [key, group] of groups) for (const element of group.members) levelOf.set(element, defaults.get(key)!.id);
    return { levelOf };
  }
  const ordered = [...groups.entries()].map(([key, group]) => ({ key, ...group, rank: levelRank(key, group.members, defaults) }));
  ordered.sort((a, b) => a.rank - b.rank || a.first - b.first);
  const taken = new Set<string>();
  const levels = ordered.map(({ key, name, members }) => {
    let id = defaults.get(key)?.id ?? slug(name);
    for (let n = 2; taken.has(id); n++) id = `${slug(name)}-${n}`;
    taken.add(id);
    for (const element of members) levelOf.set(element, id);
    return { id, title: clip(name, LIMITS.shortText).text };
  });
  notes.info(
    'levels',
    `The Level column names ${levels.length} level${levels.length === 1 ? '' : 's'}; they were put in this order by the kinds of the boxes on them: ${levels.map((l) => `“${clip(l.title, 60).text}”`).join(' → ')}.`,
    {
      hint: 'Check the order of the levels in the editor.',
    },
  );
  placeUnlevelled(elements, levels, ordered, levelOf, notes);
  return { levels, levelOf };
}

/**
 * A box of the causal chain with no Level, in a plan with levels of its own, would be drawn in
 * whichever band its links pull it to (an outcome among the activities): it goes on the level
 * most boxes of its kind are on, else the level nearest its kind's usual place. Said, per box.
 */
function placeUnlevelled(elements: Element[], levels: PlanLevel[], ordered: { rank: number }[], levelOf: Map<Element, string>, notes: ImportNotes): void {
  // Counted from the boxes the spreadsheet placed, not those placed here.
  const given = [...levelOf];
  for (const element of elements) {
    if (element.levelName !== '') continue;
    const usual = defaultRank(element);
    if (usual === undefined) continue; // off the causal chain: indicators, assumptions and the like
    const ofKind = new Map<string, number>();
    for (const [other, level] of given) if (other.kind === element.kind) ofKind.set(level, (ofKind.get(level) ?? 0) + 1);
    const commonest = [...ofKind].sort((a, b) => b[1] - a[1])[0]?.[0];
    const nearest = levels[ordered.reduce((best, level, i) => (Math.abs(level.rank - usual) < Math.abs(ordered[best]!.rank - usual) ? i : best), 0)]!.id;
    const level = commonest ?? nearest;
    levelOf.set(element, level);
    notes.info(
      'levels',
      `“${clip(element.label, 60).text}” has no Level; it was put on “${clip(levels.find((l) => l.id === level)!.title, 60).text}”, ${commonest ? `where most boxes of its kind are` : 'the level nearest where its kind of box goes'}.`,
      { nodeIds: [element.id], hint: 'Give it a Level in the spreadsheet, or change it in the editor.' },
    );
  }
}

/** Where a box of this element's kind goes among the default levels; undefined off the causal chain. */
function defaultRank(e: Element): number | undefined {
  return getLevelIndex({}, {
    id: e.id,
    kind: e.kind,
    title: e.label,
    ...(e.word?.kind === 'outcome' && e.word.horizon && { horizon: e.word.horizon }),
  } as PlanNode);
}

/** Where a level sits among the default levels: by the middle of its boxes' default levels, else by its name, else last. */
function levelRank(key: string, members: Element[], defaults: Map<string, PlanLevel>): number {
  const positions = members
    .map(defaultRank)
    .filter((index): index is number => index !== undefined)
    .sort((a, b) => a - b);
  if (positions.length > 0) return positions[Math.floor(positions.length / 2)]!;
  const named = defaults.get(key) ?? DEFAULT_LEVELS.find((level) => level.id === kindFromWord(key)?.kind);
  return named ? DEFAULT_LEVELS.indexOf(named) : DEFAULT_LEVELS.length;
}

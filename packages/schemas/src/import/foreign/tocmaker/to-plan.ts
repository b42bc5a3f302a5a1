import type { OutcomeHorizon, PlanEdge, PlanLevel, PlanNode, Provenance } from '@changemap/core';
import { IdAllocator, slug } from '../ids.js';
import { kindFromWord, type KindWord } from '../kind-words.js';
import { horizonsByPosition } from '../levels.js';
import type { ImportNotes } from '../notes.js';
import { capitalise } from '../shared.js';
import { LIMITS, clip, findUrls, titleFromProse } from '../text.js';
import type { ImportedPlan } from '../types.js';
import { addLink, longText, resolveLinks, type PlacedBox, type ResolvedLink } from './chart-links.js';
import { boxName, type Chart, type ChartBox } from './read-chart.js';

/**
 * Turns a read chart into a plan. Sections become levels in order and each box a box on its
 * section's level, of the kind its section's title names; connections become causal links with
 * their confidence, and each connection's evidence and assumptions become evidence and
 * assumption boxes on that link, so their words stay with it. Every decision is noted.
 */
export function chartToPlan(chart: Chart, document: string, fallbackTitle: string, notes: ImportNotes): ImportedPlan {
  const ids = new IdAllocator();
  const sectionWords = chart.sections.map((section) => sectionKind(section.title, notes));
  const levels = chartLevels(chart);
  const boxes = placeBoxes(chart, sectionWords, levels, ids, notes);
  const links = resolveLinks(boxes, notes);
  chooseVision(boxes, links, sectionWords, notes);

  const nodes: PlanNode[] = boxes.map((box) => boxNode(box, chart, document, notes));
  const edges: PlanEdge[] = [];
  for (const link of links) addLink(link, document, ids, nodes, edges, notes);

  const title = chart.title ?? fallbackTitle;
  notes.info(
    'levels',
    `The chart's ${levels.length} section${levels.length === 1 ? '' : 's'} became the plan's levels, in order: ${levels.map((l) => l.title).join(' → ') || 'none'}.`,
    {
      hint: 'Each box sits on the level of its section.',
    },
  );
  notes.info(
    'checker-profile',
    'The checker uses its “programme” profile (a logic model: inputs → activities → outputs → outcomes → impact, with no vision or calls to action required), as for every ToC-Maker chart.',
    {
      hint: 'Change the profile in the problems panel if this plan is a partnership plan.',
    },
  );
  return { title: clip(title, LIMITS.title).text, ...(levels.length > 0 && { levels }), checker: { profile: 'programme' }, nodes, edges };
}

function sectionKind(title: string, notes: ImportNotes): KindWord {
  const word = kindFromWord(title);
  if (word) return word;
  notes.warn(
    'unknown-section',
    `The section “${clip(title, 80).text}” does not say what its boxes are (inputs, activities, outputs, outcomes, goal …), so they were made outcomes.`,
    {
      hint: 'Check the kind of each of its boxes in the editor.',
    },
  );
  return { kind: 'outcome' };
}

function chartLevels(chart: Chart): PlanLevel[] {
  const taken = new Set<string>();
  return chart.sections.map((section, s) => {
    let id = slug(section.title);
    if (taken.has(id)) id = `${id}-${s + 1}`;
    taken.add(id);
    return { id, title: clip(section.title, LIMITS.shortText).text };
  });
}

/** Every box with its Changemap id, kind and level; ids the chart repeats or that cannot be used are replaced (and said). */
function placeBoxes(chart: Chart, words: KindWord[], levels: PlanLevel[], ids: IdAllocator, notes: ImportNotes): PlacedBox[] {
  const horizons = outcomeHorizons(chart, words);
  const seen = new Set<string>();
  const boxes: PlacedBox[] = [];
  chart.sections.forEach((section, s) => {
    const word = words[s]!;
    section.columns.forEach((column, c) =>
      column.forEach((box) => {
        const { id, kept } = ids.keep(box.sourceId, box.title || box.sourceId || 'box');
        if (!kept) noteNewId(box, id, seen.has(box.sourceId), notes);
        seen.add(box.sourceId);
        const horizon = word.kind === 'outcome' ? (word.horizon ?? horizons.get(`${s}:${c}`)) : undefined;
        boxes.push({ ...box, id, kind: word.kind, level: levels[s]!.id, ...(horizon && { horizon }) });
      }),
    );
  });
  return boxes;
}

function noteNewId(box: ChartBox, id: string, repeated: boolean, notes: ImportNotes): void {
  const name = boxName(box.title, box.sourceId);
  if (box.sourceId === '') notes.info('new-id', `${capitalise(name)} had no id; it now has the id “${id}”.`, { nodeIds: [id] });
  else if (repeated) {
    notes.warn(
      'duplicate-id',
      `Two boxes had the id “${clip(box.sourceId, 60).text}”; ${name} now has the id “${id}”. Connections to “${clip(box.sourceId, 60).text}” go to the first box.`,
      { nodeIds: [id] },
    );
  } else {
    notes.info(
      'new-id',
      `The id “${clip(box.sourceId, 60).text}” of ${name} cannot be a Changemap id (letters, digits and . _ : - only, at most 128); it is now “${id}”. Its connections are kept.`,
      {
        nodeIds: [id],
      },
    );
  }
}

/** Horizons of outcome columns whose section names none, by their position among all such columns (empty columns do not count). */
function outcomeHorizons(chart: Chart, words: KindWord[]): Map<string, OutcomeHorizon | undefined> {
  const slots: string[] = [];
  chart.sections.forEach((section, s) => {
    const word = words[s]!;
    if (word.kind !== 'outcome' || word.horizon) return;
    section.columns.forEach((column, c) => column.length > 0 && slots.push(`${s}:${c}`));
  });
  const horizons = horizonsByPosition(slots.length);
  return new Map(slots.map((slot, i) => [slot, horizons[i]]));
}

/**
 * Goal, impact and mission boxes are aims, except one: the single box of the last such section,
 * when nothing leads on from it, is the plan's vision.
 */
function chooseVision(boxes: PlacedBox[], links: ResolvedLink[], words: KindWord[], notes: ImportNotes): void {
  const finals = boxes.filter((box) => words[box.section]!.final);
  for (const box of finals) box.kind = 'aim';
  if (finals.length === 0) return;
  const lastSection = finals.reduce((last, box) => Math.max(last, box.section), 0);
  const last = finals.filter((box) => box.section === lastSection);
  const leadsOn = new Set(links.map((link) => link.from));
  if (last.length === 1 && !leadsOn.has(last[0]!)) {
    last[0]!.kind = 'vision';
    const aims = finals.length - 1;
    notes.info(
      'vision',
      `${capitalise(boxName(last[0]!.title, last[0]!.sourceId))}, alone at the end of the chart, is the plan's vision${aims > 0 ? `; the other ${aims} goal box${aims === 1 ? ' is an aim' : 'es are aims'}` : ''}.`,
      {
        nodeIds: [last[0]!.id],
      },
    );
  } else {
    notes.info(
      'vision',
      `The chart ends in ${last.length === 1 ? 'a box that leads on to others' : `${last.length} boxes`}, so its goal boxes are aims and the plan has no single vision.`,
      {
        nodeIds: last.map((box) => box.id),
        hint: 'Add a vision in the editor if the plan has one.',
      },
    );
  }
}

function boxNode(box: PlacedBox, chart: Chart, document: string, notes: ImportNotes): PlanNode {
  const section = chart.sections[box.section]!;
  const where = `${section.title}${section.columns.length > 1 ? `, column ${box.column + 1}` : ''}`;
  const provenance: Provenance = { document, section: clip(where, LIMITS.shortText).text };
  const clipped = clip(box.title, LIMITS.title);
  const longTitle = clipped.cut > 0 ? `${box.title}\n\n` : '';
  if (clipped.cut > 0)
    notes.warn(
      'long-title',
      `The title of the box “${clip(box.title, 60).text}” is longer than ${LIMITS.title} characters; it was shortened and the whole title starts its description.`,
      { nodeIds: [box.id] },
    );
  const untitled = box.title.trim() === '' && box.text.trim() !== '';
  const title = untitled ? titleFromProse(box.text).title : clipped.text;
  if (untitled)
    notes.info('new-title', `A box in the section “${section.title}” had no title; it is titled from its text: “${clip(title, 80).text}”.`, {
      nodeIds: [box.id],
    });
  const description = longText(`${longTitle}${box.text}`, `the box “${clip(title, 60).text}”`, box.id, notes);
  const url = box.kind === 'evidence' || box.kind === 'partner' ? findUrls(box.text)[0] : undefined;
  return {
    id: box.id,
    kind: box.kind,
    title,
    ...(description && { description }),
    level: box.level,
    provenance,
    ...(box.horizon && { horizon: box.horizon }),
    ...(url && { url }),
  } as PlanNode;
}

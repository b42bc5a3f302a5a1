import type { EdgeKind, NodeKind, OutcomeHorizon, PlanEdge, PlanLevel, PlanNode, Provenance } from '@changemap/core';
import { IdAllocator, slug } from '../ids.js';
import { kindFromWord, type KindWord } from '../kind-words.js';
import { horizonsByPosition } from '../levels.js';
import { chooseLinkKind } from '../links.js';
import type { ImportNotes } from '../notes.js';
import { LIMITS, clip, findUrls, titleFromProse } from '../text.js';
import type { ImportedPlan } from '../types.js';
import { boxName, type Chart, type ChartBox, type ChartConnection } from './read-chart.js';

interface PlacedBox extends ChartBox {
  id: string;
  kind: NodeKind;
  horizon?: OutcomeHorizon;
  level: string;
}

/** A connection whose both ends are boxes of the plan; repeats to one box are merged into one. */
interface ResolvedLink {
  from: PlacedBox;
  to: PlacedBox;
  confidence?: number;
  evidence: string[];
  assumptions: string[];
}

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
  notes.info('levels', `The chart's ${levels.length} section${levels.length === 1 ? '' : 's'} became the plan's levels, in order: ${levels.map((l) => l.title).join(' → ') || 'none'}.`, {
    hint: 'Each box sits on the level of its section.',
  });
  notes.info('checker-profile', 'The checker uses its “programme” profile (a logic model: inputs → activities → outputs → outcomes → impact, with no vision or calls to action required), as for every ToC-Maker chart.', {
    hint: 'Change the profile in the problems panel if this plan is a partnership plan.',
  });
  return { title: clip(title, LIMITS.title).text, ...(levels.length > 0 && { levels }), checker: { profile: 'programme' }, nodes, edges };
}

function sectionKind(title: string, notes: ImportNotes): KindWord {
  const word = kindFromWord(title);
  if (word) return word;
  notes.warn('unknown-section', `The section “${clip(title, 80).text}” does not say what its boxes are (inputs, activities, outputs, outcomes, goal …), so they were made outcomes.`, {
    hint: 'Check the kind of each of its boxes in the editor.',
  });
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
    notes.warn('duplicate-id', `Two boxes had the id “${clip(box.sourceId, 60).text}”; ${name} now has the id “${id}”. Connections to “${clip(box.sourceId, 60).text}” go to the first box.`, { nodeIds: [id] });
  } else {
    notes.info('new-id', `The id “${clip(box.sourceId, 60).text}” of ${name} cannot be a Changemap id (letters, digits and . _ : - only, at most 128); it is now “${id}”. Its connections are kept.`, {
      nodeIds: [id],
    });
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

/** Connections whose target is a box; the others are dropped and named. Repeats to one box are merged. */
function resolveLinks(boxes: PlacedBox[], notes: ImportNotes): ResolvedLink[] {
  const bySourceId = new Map<string, PlacedBox>();
  for (const box of boxes) if (!bySourceId.has(box.sourceId)) bySourceId.set(box.sourceId, box);
  const links: ResolvedLink[] = [];
  for (const from of boxes) {
    const mine = new Map<PlacedBox, ResolvedLink>();
    for (const connection of from.connections) {
      const to = bySourceId.get(connection.targetId);
      if (!to) {
        noteDangling(from, connection, notes);
        continue;
      }
      const earlier = mine.get(to);
      if (earlier) {
        mergeRepeat(earlier, connection, notes);
        continue;
      }
      const link: ResolvedLink = { from, to, evidence: [...connection.evidence], assumptions: [...connection.assumptions], ...(connection.confidence !== undefined && { confidence: connection.confidence }) };
      mine.set(to, link);
      links.push(link);
    }
  }
  return links;
}

/** " Its evidence “…” and assumption “…” went with it.": the words of a dropped connection, so they are not lost unseen. */
function wordsOf(connection: { evidence: string[]; assumptions: string[] }): string {
  const words = [...connection.evidence.map((e) => `evidence “${clip(e, 200).text}”`), ...connection.assumptions.map((a) => `assumption “${clip(a, 200).text}”`)];
  return words.length > 0 ? ` Its ${words.join(' and ')} went with it.` : '';
}

function noteDangling(from: PlacedBox, connection: ChartConnection, notes: ImportNotes): void {
  notes.warn(
    'dangling-edge',
    `The connection from ${boxName(from.title, from.sourceId)} to “${clip(connection.targetId, 80).text}” was dropped: no box has the id “${clip(connection.targetId, 80).text}”.${wordsOf(connection)}`,
    { nodeIds: [from.id], hint: 'Draw the link in the editor if the box it meant is in the plan under another id.' },
  );
}

function mergeRepeat(earlier: ResolvedLink, connection: ChartConnection, notes: ImportNotes): void {
  earlier.evidence.push(...connection.evidence.filter((e) => !earlier.evidence.includes(e)));
  earlier.assumptions.push(...connection.assumptions.filter((a) => !earlier.assumptions.includes(a)));
  const differs = connection.confidence !== undefined && connection.confidence !== earlier.confidence;
  if (earlier.confidence === undefined && connection.confidence !== undefined) earlier.confidence = connection.confidence;
  notes.warn(
    'repeated-connection',
    `${capitalise(boxName(earlier.from.title, earlier.from.sourceId))} is connected to ${boxName(earlier.to.title, earlier.to.sourceId)} more than once; the connections became one link with the evidence and assumptions of all${differs ? `, and the first confidence (${earlier.confidence})` : ''}.`,
    { nodeIds: [earlier.from.id, earlier.to.id] },
  );
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
    notes.info('vision', `${capitalise(boxName(last[0]!.title, last[0]!.sourceId))}, alone at the end of the chart, is the plan's vision${aims > 0 ? `; the other ${aims} goal box${aims === 1 ? ' is an aim' : 'es are aims'}` : ''}.`, {
      nodeIds: [last[0]!.id],
    });
  } else {
    notes.info('vision', `The chart ends in ${last.length === 1 ? 'a box that leads on to others' : `${last.length} boxes`}, so its goal boxes are aims and the plan has no single vision.`, {
      nodeIds: last.map((box) => box.id),
      hint: 'Add a vision in the editor if the plan has one.',
    });
  }
}

function boxNode(box: PlacedBox, chart: Chart, document: string, notes: ImportNotes): PlanNode {
  const section = chart.sections[box.section]!;
  const where = `${section.title}${section.columns.length > 1 ? `, column ${box.column + 1}` : ''}`;
  const provenance: Provenance = { document, section: clip(where, LIMITS.shortText).text };
  const clipped = clip(box.title, LIMITS.title);
  const longTitle = clipped.cut > 0 ? `${box.title}\n\n` : '';
  if (clipped.cut > 0) notes.warn('long-title', `The title of the box “${clip(box.title, 60).text}” is longer than ${LIMITS.title} characters; it was shortened and the whole title starts its description.`, { nodeIds: [box.id] });
  const untitled = box.title.trim() === '' && box.text.trim() !== '';
  const title = untitled ? titleFromProse(box.text).title : clipped.text;
  if (untitled) notes.info('new-title', `A box in the section “${section.title}” had no title; it is titled from its text: “${clip(title, 80).text}”.`, { nodeIds: [box.id] });
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

/** Text for a description, cut to the format's limit (and said) when longer. */
function longText(text: string, name: string, nodeId: string, notes: ImportNotes): string | undefined {
  if (text.trim() === '') return undefined;
  const { text: kept, cut } = clip(text, LIMITS.longText);
  if (cut > 0) {
    notes.warn('long-text', `The text of ${name} (${text.length.toLocaleString('en-GB')} characters) is longer than a description may be (${LIMITS.longText.toLocaleString('en-GB')}); its last ${cut.toLocaleString('en-GB')} characters were not kept.`, {
      nodeIds: [nodeId],
    });
  }
  return kept;
}

/** One connection as a link, with its evidence and assumptions as boxes on it (or, on a link that is not causal, in its description). */
function addLink(link: ResolvedLink, document: string, ids: IdAllocator, nodes: PlanNode[], edges: PlanEdge[], notes: ImportNotes): void {
  const choice = chooseLinkKind(link.from.kind, link.to.kind, 'contributesTo');
  const names = `${boxName(link.from.title, link.from.sourceId)} to ${boxName(link.to.title, link.to.sourceId)}`;
  if (!choice) {
    notes.warn('dropped-link', `The connection from ${names} was dropped: no kind of link can join a ${link.from.kind} to a ${link.to.kind}.${wordsOf(link)}`, { nodeIds: [link.from.id, link.to.id] });
    return;
  }
  const [source, target] = choice.reversed ? [link.to, link.from] : [link.from, link.to];
  const id = ids.exact(`${choice.kind}:${source.id}:${target.id}`);
  const causal = choice.kind === 'contributesTo';
  const extras: string[] = [];
  if (!causal) {
    extras.push(...link.evidence.map((e) => `Evidence: ${e}`), ...link.assumptions.map((a) => `Assumptions: ${a}`));
    notes.info('link-kind', `The connection from ${names} became a “${choice.kind}” link${choice.reversed ? ' (turned round)' : ''}, as those kinds of box allow${link.confidence !== undefined ? `; its confidence (${link.confidence}) was not kept, as only causal links carry one` : ''}${extras.length > 0 ? '; its evidence and assumptions are in its description' : ''}.`, {
      edgeIds: [id],
    });
  }
  const description = extras.length > 0 ? clip(extras.join('\n\n'), LIMITS.longText).text : undefined;
  edges.push({ id, kind: choice.kind, source: source.id, target: target.id, ...(causal && link.confidence !== undefined && { confidence: link.confidence }), ...(description && { description }) });
  if (!causal) return;
  const section = clip(`The connection from “${link.from.title.trim()}” to “${link.to.title.trim()}”`, LIMITS.shortText).text;
  for (const text of link.evidence) addProse('evidence', 'supports', text, id, { document, section }, ids, nodes, edges, notes);
  for (const text of link.assumptions) addProse('assumption', 'underlies', text, id, { document, section }, ids, nodes, edges, notes);
}

/** An evidence or assumption box holding a connection's words, linked to that connection. */
function addProse(
  kind: 'evidence' | 'assumption',
  linkKind: EdgeKind,
  text: string,
  linkId: string,
  provenance: Provenance,
  ids: IdAllocator,
  nodes: PlanNode[],
  edges: PlanEdge[],
  notes: ImportNotes,
): void {
  const { title, shortened } = titleFromProse(text);
  // A short id from the first words: the full text is in the title and description.
  const id = ids.fresh(`${kind} ${title.split(/\s+/).slice(0, 5).join(' ')}`);
  const description = shortened ? longText(text, `the ${kind} “${clip(title, 60).text}”`, id, notes) : undefined;
  const url = kind === 'evidence' ? findUrls(text)[0] : undefined;
  nodes.push({ id, kind, title, ...(description && { description }), provenance, ...(url && { url }) } as PlanNode);
  edges.push({ id: ids.exact(`${linkKind}:${id}`), kind: linkKind, source: id, target: linkId });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}


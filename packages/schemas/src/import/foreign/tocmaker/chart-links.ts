import type { EdgeKind, NodeKind, OutcomeHorizon, PlanEdge, PlanNode, Provenance } from '@changemap/core';
import type { IdAllocator } from '../ids.js';
import { chooseLinkKind } from '../links.js';
import type { ImportNotes } from '../notes.js';
import { capitalise } from '../shared.js';
import { LIMITS, clip, findUrls, titleFromProse } from '../text.js';
import { boxName, type ChartBox, type ChartConnection } from './read-chart.js';

/** A box of the chart with its Changemap id, kind and level. */
export interface PlacedBox extends ChartBox {
  id: string;
  kind: NodeKind;
  horizon?: OutcomeHorizon;
  level: string;
}

/** A connection whose both ends are boxes of the plan; repeats to one box are merged into one. */
export interface ResolvedLink {
  from: PlacedBox;
  to: PlacedBox;
  confidence?: number;
  evidence: string[];
  assumptions: string[];
}

/** Connections whose target is a box; the others are dropped and named. Repeats to one box are merged. */
export function resolveLinks(boxes: PlacedBox[], notes: ImportNotes): ResolvedLink[] {
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
      const link: ResolvedLink = {
        from,
        to,
        evidence: [...connection.evidence],
        assumptions: [...connection.assumptions],
        ...(connection.confidence !== undefined && { confidence: connection.confidence }),
      };
      mine.set(to, link);
      links.push(link);
    }
  }
  return links;
}

/** " Its evidence “…” and assumption “…” went with it.": the words of a dropped connection, so they are not lost unseen. */
function wordsOf(connection: { evidence: string[]; assumptions: string[] }): string {
  const words = [
    ...connection.evidence.map((e) => `evidence “${clip(e, 200).text}”`),
    ...connection.assumptions.map((a) => `assumption “${clip(a, 200).text}”`),
  ];
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

/** Text for a description, cut to the format's limit (and said) when longer. */
export function longText(text: string, name: string, nodeId: string, notes: ImportNotes): string | undefined {
  if (text.trim() === '') return undefined;
  const { text: kept, cut } = clip(text, LIMITS.longText);
  if (cut > 0) {
    notes.warn(
      'long-text',
      `The text of ${name} (${text.length.toLocaleString('en-GB')} characters) is longer than a description may be (${LIMITS.longText.toLocaleString('en-GB')}); its last ${cut.toLocaleString('en-GB')} characters were not kept.`,
      {
        nodeIds: [nodeId],
      },
    );
  }
  return kept;
}

/** One connection as a link, with its evidence and assumptions as boxes on it (or, on a link that is not causal, in its description). */
export function addLink(link: ResolvedLink, document: string, ids: IdAllocator, nodes: PlanNode[], edges: PlanEdge[], notes: ImportNotes): void {
  const choice = chooseLinkKind(link.from.kind, link.to.kind, 'contributesTo');
  // Named only for a note, which most links never need.
  const names = () => `${boxName(link.from.title, link.from.sourceId)} to ${boxName(link.to.title, link.to.sourceId)}`;
  if (!choice) {
    notes.warn(
      'dropped-link',
      `The connection from ${names()} was dropped: no kind of link can join a ${link.from.kind} to a ${link.to.kind}.${wordsOf(link)}`,
      { nodeIds: [link.from.id, link.to.id] },
    );
    return;
  }
  const [source, target] = choice.reversed ? [link.to, link.from] : [link.from, link.to];
  const id = ids.exact(`${choice.kind}:${source.id}:${target.id}`);
  const causal = choice.kind === 'contributesTo';
  const extras: string[] = [];
  if (!causal) {
    extras.push(...link.evidence.map((e) => `Evidence: ${e}`), ...link.assumptions.map((a) => `Assumptions: ${a}`));
    notes.info(
      'link-kind',
      `The connection from ${names()} became a “${choice.kind}” link${choice.reversed ? ' (turned round)' : ''}, as those kinds of box allow${link.confidence !== undefined ? `; its confidence (${link.confidence}) was not kept, as only causal links carry one` : ''}${extras.length > 0 ? '; its evidence and assumptions are in its description' : ''}.`,
      {
        edgeIds: [id],
      },
    );
  }
  const description = extras.length > 0 ? clip(extras.join('\n\n'), LIMITS.longText).text : undefined;
  edges.push({
    id,
    kind: choice.kind,
    source: source.id,
    target: target.id,
    ...(causal && link.confidence !== undefined && { confidence: link.confidence }),
    ...(description && { description }),
  });
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

import { getConfidenceBand, getLevelIndex, getView, getKindSpec, getViewDirection, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { ConfidenceBand, EdgeKind, NodeKind, Plan, PlanNode } from '@changemap/core';
import { getViewMembers } from '../adapter/view-members.js';
import { getAnnotations, type Annotations, type BoxAnnotations, type ShowSettings } from './annotations.js';
import { boxWidthFor, estimateBoxHeight, estimateGroupHeight, LEVEL_GROUP_HEIGHT } from './box-height.js';
import { BOX_SPACING, GROUP_BOX_SIZE } from './picture-graph.js';
import { thinGroupLinks } from './group-links.js';
import { getLevelGroups } from './level-folds.js';

/**
 * Boxes that can fold into one group box: a priority's or an outcome's actions (`group:<parent id>`),
 * or boxes of a level too full to read on screen (`fold:<level>:…`, see level-folds.ts).
 */
export interface ActionGroup {
  /** The id of the group box. */
  id: string;
  /** What its boxes lead to: a plan box or a group box; none for the rest of an over-full level. */
  parentId: string | undefined;
  memberIds: string[];
  folded: boolean;
  /** `actions`: a priority's or an outcome's actions; `level`: part of an over-full level. */
  reason: 'actions' | 'level';
  /** What its boxes are, in words: “actions”, “outputs”, or “boxes” when of several kinds. */
  noun: string;
  /** Actions a partner delivers (a partnership plan's): the group reads “12 partner actions”. */
  byPartners?: boolean;
  /** The kind of its boxes, when they are all of one kind (for the group box's colour). */
  kind: NodeKind | undefined;
  /** Plan links of its boxes the overview leaves out (group-links.ts), drawn when it unfolds. */
  linksNotDrawn?: number;
}

/** One box of the picture: a plan node, or a folded group of actions. */
export type DrawnBox =
  { id: string; type: 'node'; node: PlanNode; level: number | undefined } | { id: string; type: 'group'; group: ActionGroup; level: number | undefined };

/** One drawn link: a plan link, or the links of a folded group's actions merged into one. */
export interface DrawnLink {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** The plan links it stands for. */
  edgeIds: string[];
  confidence: ConfidenceBand | undefined;
  /** A causal link whose cause lowers its effect (every part of a merged one does). */
  negative?: boolean;
}

export interface DrawnView {
  /** In the plan's order: by level, then by number (1.1 before 1.2). */
  boxes: DrawnBox[];
  links: DrawnLink[];
  annotations: Annotations;
  groups: ActionGroup[];
  /** Boxes inside folded groups. */
  foldedBoxes: Set<string>;
}

/** What the officer chose for one view: annotations drawn as boxes, and the groups folded or unfolded by hand. */
export interface PictureSettings {
  show: ShowSettings;
  /** Group id → folded; groups not listed take the view's default. */
  folds: ReadonlyMap<string, boolean>;
  /**
   * How much one level band can hold and still be read on screen, in canvas units across the bands
   * (from the canvas's size); a level whose boxes take more (box-height.ts) folds some of them into
   * groups. Undefined: no level folds.
   */
  levelRoom?: number | undefined;
}

/** Kinds never folded into a level's group in a plan of calls to action: its whole plan reads vision ← aims ← calls to action, each opened from there. */
const HEADLINE_KINDS: ReadonlySet<NodeKind> = new Set(['vision', 'aim', 'callToAction']);

/** Above this many actions a view opens with its groups folded, so that it fits at a readable size. */
export const FOLD_ABOVE_ACTIONS = 6;

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The plan's numbering of a box (1.1 before 1.2 before 1.10): its number, else its id (a1.1-2), which carries it in imported plans. */
export function numberingOf(node: PlanNode): string {
  return 'number' in node && typeof node.number === 'string' && node.number !== '' ? node.number : node.id;
}

export function compareNumbering(a: PlanNode, b: PlanNode): number {
  return collator.compare(numberingOf(a), numberingOf(b)) || collator.compare(a.id, b.id);
}

/**
 * What the picture of one view draws: the view's boxes less those shown as chips or folded into
 * groups, plus the group boxes, and the links between what is drawn (a folded group's links merged
 * per end). Pure, so that the canvas and the layout draw and place the same thing.
 *
 * The last answer for each plan is kept: the Show menu, the layout and the canvas ask for the same
 * view of the same plan in one task (each a pass over every box: 10 ms at 1,000 boxes). Settings
 * are compared by identity, so a folds map is never changed once asked about (plans never are).
 */
export function getDrawnView(plan: Plan, viewId: string, settings: PictureSettings): DrawnView {
  const last = lastDrawn.get(plan);
  if (last && last.viewId === viewId && last.show === settings.show && last.folds === settings.folds && last.levelRoom === settings.levelRoom)
    return last.drawn;
  const drawn = drawView(plan, viewId, settings);
  lastDrawn.set(plan, { viewId, ...settings, drawn });
  return drawn;
}

const lastDrawn = new WeakMap<Plan, PictureSettings & { viewId: string; drawn: DrawnView }>();

function drawView(plan: Plan, viewId: string, settings: PictureSettings): DrawnView {
  const members = getViewMembers(plan, viewId);
  const stripOn = viewId === WHOLE_PLAN_VIEW ? undefined : viewId;
  const annotations = getAnnotations(plan, members.nodeIds, members.edgeIds, settings.show, stripOn);
  const visible = [...members.nodeIds].filter((id) => !annotations.hiddenNodes.has(id));
  const groups = getActionGroups(plan, visible, members.edgeIds, settings.folds);
  const boxOf = new Map<string, string>();
  for (const group of groups) if (group.folded) for (const id of group.memberIds) boxOf.set(id, group.id);
  if (settings.levelRoom !== undefined) {
    const levelGroups = foldOverfullLevels(plan, viewId, visible, members.edgeIds, annotations, boxOf, settings);
    // An action group folded into a level's group is not a group of its own any more.
    const absorbed = new Set(levelGroups.flatMap((g) => g.absorbed));
    groups.splice(0, groups.length, ...groups.filter((g) => !absorbed.has(g.id)), ...levelGroups.map(({ absorbed: _, ...group }) => group));
  }
  const foldedBoxes = new Set(groups.filter((g) => g.folded).flatMap((g) => g.memberIds));

  // Chips of folded actions (their partners, say) go on the group box, so none goes missing.
  for (const [host, chips] of [...annotations.byBox]) {
    const group = boxOf.get(host);
    if (!group) continue;
    annotations.byBox.delete(host);
    const into = annotations.byBox.get(group);
    if (!into) annotations.byBox.set(group, chips);
    else
      for (const key of Object.keys(chips) as (keyof typeof chips)[])
        for (const chip of chips[key]) if (!into[key].some((c) => c.id === chip.id)) into[key].push(chip);
  }

  const boxes = sortBoxes(plan, [
    ...visible.filter((id) => !foldedBoxes.has(id)).map((id) => nodeBox(plan, id)),
    ...groups.filter((group) => group.folded).map((group) => groupBox(plan, group)),
  ]);

  const links: DrawnLink[] = [];
  const merged = new Map<string, DrawnLink>();
  const drawn = new Set(boxes.map((b) => b.id));
  for (const id of members.edgeIds) {
    if (annotations.hiddenEdges.has(id)) continue;
    const edge = plan.edges.get(id)!;
    const target = plan.edges.get(edge.target)?.target ?? edge.target;
    const from = boxOf.get(edge.source) ?? edge.source;
    const to = boxOf.get(target) ?? target;
    if (!drawn.has(from) || !drawn.has(to) || from === to) continue;
    const confidence = edge.kind === 'contributesTo' ? getConfidenceBand(edge) : undefined;
    const negative = edge.kind === 'contributesTo' && edge.sign === 'negative';
    if (from === edge.source && to === target) {
      links.push({ id, source: from, target: to, kind: edge.kind, edgeIds: [id], confidence, ...(negative && { negative }) });
      continue;
    }
    const key = `${edge.kind}|${from}|${to}`;
    const link = merged.get(key);
    if (link) {
      link.edgeIds.push(id);
      // A merged link is as sure as its least sure part, and lowers its effect only if every part does.
      link.confidence = weaker(link.confidence, confidence);
      if (!negative) delete link.negative;
    } else {
      const created: DrawnLink = {
        id: `merged:${edge.kind}:${from}:${to}`,
        source: from,
        target: to,
        kind: edge.kind,
        edgeIds: [id],
        confidence,
        ...(negative && { negative }),
      };
      merged.set(key, created);
      links.push(created);
    }
  }
  // A chart from another tool is linked many to many: its folded levels' groups draw their main flows only.
  if (!isNumbered(plan)) {
    const thinned = thinGroupLinks(links, groups);
    for (const [id, count] of thinned.notDrawn) {
      const at = groups.findIndex((g) => g.id === id);
      groups[at] = { ...groups[at]!, linksNotDrawn: count };
      const box = boxes.find((b) => b.id === id);
      if (box?.type === 'group') box.group = groups[at]!;
    }
    return { boxes, links: thinned.links, annotations, groups, foldedBoxes };
  }
  return { boxes, links, annotations, groups, foldedBoxes };
}

/** A plan numbered by priorities or calls to action (1.1 before 1.2), unlike a chart from another tool. */
export function isNumbered(plan: Plan): boolean {
  return plan.nodes.toArray().some((node) => node.kind === 'priority' || node.kind === 'callToAction');
}

function nodeBox(plan: Plan, id: string): DrawnBox {
  const node = plan.nodes.get(id)!;
  return { id, type: 'node', node, level: getLevelIndex(plan, node) };
}

function groupBox(plan: Plan, group: ActionGroup): DrawnBox {
  return { id: group.id, type: 'group', group, level: getLevelIndex(plan, plan.nodes.get(group.memberIds[0]!)!) };
}

/**
 * What a box takes along its level's band, as the canvas will draw it (box-height.ts): its height
 * when levels run left to right, where a long title or chips make a box taller; its width top to
 * bottom (a long title's box is wider).
 */
function sizeAlongBand(box: DrawnBox, annotations: Annotations, direction: 'right' | 'down'): number {
  if (direction === 'down') return box.type === 'node' ? boxWidthFor(box.node.title) : GROUP_BOX_SIZE.width;
  switch (box.type) {
    case 'node':
      return estimateBoxHeight(box.node.title, annotations.byBox.get(box.id));
    case 'group':
      return estimateGroupHeight(mergedChips(box.group.memberIds.map((id) => annotations.byBox.get(id))));
  }
}

/** The chips of several boxes on one (a folded group carries its members' chips). */
function mergedChips(all: (BoxAnnotations | undefined)[]): BoxAnnotations {
  const merged: BoxAnnotations = { indicators: [], partners: [], principles: [], research: [], assumptions: [], evidence: [] };
  for (const chips of all) if (chips) for (const key of Object.keys(merged) as (keyof BoxAnnotations)[]) merged[key].push(...chips[key]);
  return merged;
}

/**
 * Within a band, boxes follow the branch they lead to (the priority, by number), then their own number:
 * kept as ELK's model order, this reads 1.1 before 1.2 without links crossing between branches.
 */
function sortBoxes(plan: Plan, boxes: DrawnBox[]): DrawnBox[] {
  const branch = branchesOf(plan);
  const branchOf = (box: DrawnBox) => branch.get(box.type === 'node' ? box.id : (box.group.parentId ?? box.group.memberIds[0]!)) ?? '~';
  return boxes.sort(
    (a, b) => (a.level ?? -1) - (b.level ?? -1) || collator.compare(branchOf(a), branchOf(b)) || collator.compare(orderKey(plan, a), orderKey(plan, b)),
  );
}

/**
 * The groups of the levels too full to read on screen (level-folds.ts), folded unless the officer
 * unfolded them. Worked out as if nothing had been unfolded by hand, so that unfolding one group
 * leaves the others as they were. Adds the folded groups' boxes to `boxOf`.
 */
function foldOverfullLevels(
  plan: Plan,
  viewId: string,
  visible: readonly string[],
  edgeIds: ReadonlySet<string>,
  annotations: Annotations,
  boxOf: Map<string, string>,
  settings: PictureSettings,
): (ActionGroup & { absorbed: string[] })[] {
  const direction = getViewDirection(plan, viewId);
  // A plan of calls to action draws each of its headline boxes (vision, aims, calls to action), to
  // be read and opened; a chart from another tool may have a level of many impacts, which fold.
  const keepHeadlines = visible.some((id) => plan.nodes.get(id)?.kind === 'callToAction');
  const defaultGroups = getActionGroups(plan, visible, edgeIds, new Map());
  const byDefault = new Map<string, string>();
  for (const group of defaultGroups) if (group.folded) for (const id of group.memberIds) byDefault.set(id, group.id);
  const boxes = sortBoxes(plan, [
    ...visible.filter((id) => !byDefault.has(id)).map((id) => nodeBox(plan, id)),
    ...defaultGroups.filter((group) => group.folded).map((group) => groupBox(plan, group)),
  ]);
  const links: { source: string; target: string }[] = [];
  for (const id of edgeIds) {
    const edge = plan.edges.get(id);
    if (edge?.kind !== 'contributesTo') continue;
    links.push({ source: byDefault.get(edge.source) ?? edge.source, target: byDefault.get(edge.target) ?? edge.target });
  }
  // A folded action group is one box of its level, and can fold into the level's group with its actions.
  const actionsOf = new Map(defaultGroups.filter((group) => group.folded).map((group) => [group.id, group.memberIds]));
  // A priority's actions the officer unfolded by hand stay in sight: they never fold into a level's group.
  const foldable = boxes.map((box) => ({
    id: box.id,
    level: box.level,
    foldable: settings.folds.get(box.id) !== false && !(keepHeadlines && box.type === 'node' && HEADLINE_KINDS.has(box.node.kind)),
    size: sizeAlongBand(box, annotations, direction),
  }));
  return getLevelGroups(foldable, links, settings.levelRoom!, {
    groupSize: direction === 'down' ? GROUP_BOX_SIZE.width : LEVEL_GROUP_HEIGHT,
    gap: BOX_SPACING,
  }).map((group) => {
    const memberIds = group.memberIds.flatMap((id) => actionsOf.get(id) ?? [id]);
    const kinds = new Set(memberIds.map((id) => plan.nodes.get(id)!.kind));
    const [kind] = kinds.size === 1 ? [...kinds] : [undefined];
    const folded = settings.folds.get(group.id) ?? true;
    for (const id of memberIds) {
      if (folded) boxOf.set(id, group.id);
      else if (boxOf.get(id)?.startsWith('group:')) boxOf.delete(id);
    }
    const levelGroup: ActionGroup = {
      id: group.id,
      parentId: group.parentId,
      memberIds,
      folded,
      reason: 'level',
      noun: kind ? pluralKind(kind) : 'boxes',
      kind,
    };
    return { ...levelGroup, absorbed: group.memberIds.filter((id) => actionsOf.has(id)) };
  });
}

function pluralKind(kind: NodeKind): string {
  return getKindSpec(kind).pluralLabel.toLowerCase();
}

/** Branches per nodes and edges tables: a move or a fold does not walk the graph again. */
const branchCache = new WeakMap<Plan['nodes'], WeakMap<Plan['edges'], Map<string, string>>>();

/** For each box, the numbering of the first priority (or call to action) its links lead to, itself included. */
function branchesOf(plan: Plan): Map<string, string> {
  let byEdges = branchCache.get(plan.nodes);
  if (!byEdges) branchCache.set(plan.nodes, (byEdges = new WeakMap()));
  const known = byEdges.get(plan.edges);
  if (known) return known;
  const next = new Map<string, PlanNode[]>();
  for (const edge of plan.edges.toArray()) {
    const target = edge && plan.nodes.get(edge.target);
    if (edge?.kind === 'contributesTo' && target) next.set(edge.source, [...(next.get(edge.source) ?? []), target]);
  }
  const branch = new Map<string, string>();
  const find = (id: string): string | undefined => {
    const seen = new Set([id]);
    let frontier = [plan.nodes.get(id)!];
    while (frontier.length > 0) {
      const hit = frontier.filter((n) => n.kind === 'priority' || n.kind === 'callToAction').sort(compareNumbering)[0];
      if (hit) return numberingOf(hit);
      frontier = frontier.flatMap((n) => next.get(n.id) ?? []).filter((n) => !seen.has(n.id) && seen.add(n.id));
    }
    return undefined;
  };
  for (const id of next.keys()) {
    const found = find(id);
    if (found !== undefined) branch.set(id, found);
  }
  for (const node of plan.nodes.toArray()) if (node.kind === 'priority' || node.kind === 'callToAction') branch.set(node.id, numberingOf(node));
  byEdges.set(plan.edges, branch);
  return branch;
}

const BAND_RANK: Record<ConfidenceBand, number> = { strong: 2, moderate: 1, weak: 0 };

function weaker(a: ConfidenceBand | undefined, b: ConfidenceBand | undefined): ConfidenceBand | undefined {
  if (a === undefined || b === undefined) return undefined;
  return BAND_RANK[a] <= BAND_RANK[b] ? a : b;
}

function orderKey(plan: Plan, box: DrawnBox): string {
  if (box.type === 'node') return numberingOf(box.node);
  const parent = box.group.parentId === undefined ? undefined : plan.nodes.get(box.group.parentId);
  return numberingOf(parent ?? plan.nodes.get(box.group.memberIds[0]!)!);
}

/**
 * The actions of a view grouped by what they lead to: each action joins the group of the priority
 * its links lead to (the first by the plan's numbering), or of its first outcome when they reach
 * no priority. Groups of two or more actions
 * can fold; by default they are folded when the view has more than FOLD_ABOVE_ACTIONS actions, so
 * a large call to action opens as an overview that can be read.
 */
export function getActionGroups(plan: Plan, visible: readonly string[], edgeIds: ReadonlySet<string>, folds: ReadonlyMap<string, boolean>): ActionGroup[] {
  const inView = new Set(visible);
  const next = new Map<string, PlanNode[]>();
  const delivered = new Set<string>();
  for (const id of edgeIds) {
    const edge = plan.edges.get(id);
    if (edge?.kind === 'deliveredBy') delivered.add(edge.source);
    if (!edge || edge.kind !== 'contributesTo' || !inView.has(edge.source) || !inView.has(edge.target)) continue;
    const target = plan.nodes.get(edge.target);
    if (target) next.set(edge.source, [...(next.get(edge.source) ?? []), target]);
  }
  for (const list of next.values()) list.sort(compareNumbering);
  // The priority an action leads to (the first by numbering, walking its links breadth first), else its first outcome.
  const parentOf = (actionId: string): PlanNode | undefined => {
    const seen = new Set<string>([actionId]);
    let frontier = next.get(actionId) ?? [];
    const first = frontier.find((n) => n.kind === 'priority' || n.kind === 'outcome');
    while (frontier.length > 0) {
      const priority = frontier.find((n) => n.kind === 'priority');
      if (priority) return priority;
      const after: PlanNode[] = [];
      for (const node of frontier) {
        if (seen.has(node.id)) continue;
        seen.add(node.id);
        if (node.kind === 'outcome') after.push(...(next.get(node.id) ?? []));
      }
      frontier = after;
    }
    return first;
  };
  const byParent = new Map<string, string[]>();
  let actions = 0;
  for (const id of visible) {
    if (plan.nodes.get(id)?.kind !== 'action') continue;
    actions++;
    const parent = parentOf(id);
    if (parent) byParent.set(parent.id, [...(byParent.get(parent.id) ?? []), id]);
  }
  const foldByDefault = actions > FOLD_ABOVE_ACTIONS;
  const groups: ActionGroup[] = [];
  for (const [parentId, memberIds] of byParent) {
    if (memberIds.length < 2) continue;
    const id = `group:${parentId}`;
    memberIds.sort((a, b) => compareNumbering(plan.nodes.get(a)!, plan.nodes.get(b)!));
    const byPartners = memberIds.some((member) => delivered.has(member));
    groups.push({ id, parentId, memberIds, folded: folds.get(id) ?? foldByDefault, reason: 'actions', noun: 'actions', kind: 'action', byPartners });
  }
  return groups.sort((a, b) => compareNumbering(plan.nodes.get(a.parentId!)!, plan.nodes.get(b.parentId!)!));
}

/** True when the view has saved positions (it has been laid out or arranged before). */
export function hasPositions(plan: Plan, viewId: string): boolean {
  return Object.keys(getView(plan, viewId)?.positions ?? {}).length > 0;
}

/**
 * What a drawn view draws, as one comparable string: its boxes in order, groups with what they
 * hold. Two views with the same key are laid out alike; a layout made for another key is stale.
 */
export function drawnKey(drawn: DrawnView): string {
  return drawn.boxes.map((box) => (box.type === 'group' ? `${box.id}:${box.group.memberIds.join(' ')}` : box.id)).join('\n');
}

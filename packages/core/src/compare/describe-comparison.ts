import { EDGE_KIND_LABELS, isEdgeKind } from '../model/edges.js';
import { NODE_KIND_LABELS, isNodeKind } from '../model/node-kinds.js';
import type { BoxRef, FieldChange, LinkEnd, LinkRef, PlanComparison } from './comparison.js';
import { formatValue, quote } from './format-value.js';

/** Which part of the plan a line is about, for grouping. */
export type ComparisonGroup = 'boxes' | 'links' | 'plan' | 'layout';

/** One plain-language line of a comparison, with what it is about (so an editor can select it). */
export interface ComparisonLine {
  readonly group: ComparisonGroup;
  readonly change: 'added' | 'removed' | 'changed' | 'moved';
  readonly text: string;
  /** The box the line is about. */
  readonly nodeId?: string;
  /** The link the line is about. */
  readonly edgeId?: string;
}

/** The groups in the order lines are listed, with their headings. */
export const COMPARISON_GROUPS: readonly { readonly group: ComparisonGroup; readonly heading: string }[] = [
  { group: 'plan', heading: 'Plan' },
  { group: 'boxes', heading: 'Boxes' },
  { group: 'links', heading: 'Links' },
  { group: 'layout', heading: 'Layout' },
];

/**
 * A comparison in words, one line a change: "Added outcome “Fewer young people…”", "Changed title
 * of priority 1.2: “A” → “B”", "Removed link: output “Staff trained” contributes to outcome
 * “Earlier diagnosis”". In COMPARISON_GROUPS order, each group in the comparison's order. Names
 * are shortened at word boundaries, never mid-word.
 */
export function describeComparison(comparison: PlanComparison): ComparisonLine[] {
  const lines: ComparisonLine[] = [];
  for (const field of comparison.plan) {
    lines.push({ group: 'plan', change: 'changed', text: `Changed plan ${field.label.toLowerCase()}: ${fromTo(field)}` });
  }
  const { boxes, links, layout } = comparison;
  for (const box of boxes.added) lines.push({ group: 'boxes', change: 'added', text: `Added ${nameBox(box)}`, nodeId: box.id });
  for (const box of boxes.removed) lines.push({ group: 'boxes', change: 'removed', text: `Removed ${nameBox(box)}` });
  for (const { box, fields } of boxes.changed) {
    for (const field of fields) {
      // A box whose title changed is named by its kind and number alone: the line shows both titles.
      const name = field.field === 'title' ? kindAndNumber(box) : nameBox(box);
      lines.push({ group: 'boxes', change: 'changed', text: `Changed ${field.label.toLowerCase()} of ${name}: ${fromTo(field)}`, nodeId: box.id });
    }
  }
  for (const link of links.added) lines.push({ group: 'links', change: 'added', text: `Added link: ${nameLink(link)}`, edgeId: link.id });
  for (const link of links.removed) lines.push({ group: 'links', change: 'removed', text: `Removed link: ${nameLink(link)}` });
  for (const { link, fields } of links.changed) {
    for (const field of fields) {
      lines.push({
        group: 'links',
        change: 'changed',
        text: `Changed ${field.label.toLowerCase()} of link ${nameLinkBriefly(link)}: ${fromTo(field)}`,
        edgeId: link.id,
      });
    }
  }
  if (layout.moved > 0) lines.push({ group: 'layout', change: 'moved', text: `Moved ${count(layout.moved, 'box', 'boxes')} (layout only)` });
  if (layout.pinChanges > 0)
    lines.push({ group: 'layout', change: 'changed', text: `Pinned or unpinned boxes in ${count(layout.pinChanges, 'view', 'views')}` });
  return lines;
}

/** One line that sums a comparison up: "3 boxes: 2 added, 1 changed; 1 link: 1 removed; 3 boxes moved", or "No differences". */
export function summariseComparison(comparison: PlanComparison): string {
  const { boxes, links, plan, layout } = comparison;
  const part = (one: string, many: string, added: number, removed: number, changed: number): string | undefined => {
    const counts = [
      added > 0 ? `${added} added` : undefined,
      removed > 0 ? `${removed} removed` : undefined,
      changed > 0 ? `${changed} changed` : undefined,
    ].filter((text) => text !== undefined);
    if (counts.length === 0) return undefined;
    return `${count(added + removed + changed, one, many)}: ${counts.join(', ')}`;
  };
  const parts = [
    plan.length > 0 ? `${count(plan.length, 'plan field', 'plan fields')} changed` : undefined,
    part('box', 'boxes', boxes.added.length, boxes.removed.length, boxes.changed.length),
    part('link', 'links', links.added.length, links.removed.length, links.changed.length),
    layout.moved > 0 ? `${count(layout.moved, 'box', 'boxes')} moved` : undefined,
    layout.pinChanges > 0 ? `pins changed in ${count(layout.pinChanges, 'view', 'views')}` : undefined,
  ].filter((text) => text !== undefined);
  return parts.length === 0 ? 'No differences' : parts.join('; ');
}

function fromTo(field: FieldChange): string {
  return `${formatValue(field.field, field.from)} → ${formatValue(field.field, field.to)}`;
}

function kindLabel(kind: string): string {
  return isNodeKind(kind) ? NODE_KIND_LABELS[kind] : 'box';
}

function kindAndNumber(box: BoxRef): string {
  return box.number !== undefined ? `${kindLabel(box.kind)} ${box.number}` : kindLabel(box.kind);
}

/** "priority 3.2 “Fewer young people…”", "outcome “Fewer young people…”". */
function nameBox(box: BoxRef): string {
  return `${kindAndNumber(box)} ${quote(box.title.trim() === '' ? box.id : box.title)}`;
}

function nameEnd(end: LinkEnd): string {
  if (end.kind !== undefined) return `${kindLabel(end.kind)} ${quote(end.title.trim() === '' ? end.id : end.title)}`;
  return end.title.startsWith('“') ? `the link ${end.title}` : `the missing “${end.id}”`;
}

/** "output “Staff trained” contributes to outcome “Earlier diagnosis”". */
function nameLink(link: LinkRef): string {
  const verb = isEdgeKind(link.kind) ? EDGE_KIND_LABELS[link.kind] : 'links to';
  return `${nameEnd(link.source)} ${verb} ${nameEnd(link.target)}`;
}

/** "“Staff trained” → “Earlier diagnosis”". */
function nameLinkBriefly(link: LinkRef): string {
  const title = (end: LinkEnd): string =>
    end.kind === undefined && end.title.startsWith('“') ? `(${end.title})` : quote(end.title.trim() === '' ? end.id : end.title);
  return `${title(link.source)} → ${title(link.target)}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

import { getSavedPosition } from '@changemap/core';
import { exportJson } from '@changemap/schemas';
import type { EdgeKind, Plan, Position } from '@changemap/core';
import { KIND_COLOURS, KIND_LOOK } from '../components/kinds.js';
import { getViewMembers } from '../adapter/view-members.js';

const WIDTH = 220;
const HEIGHT = 96;
const PAD = 40;
const CHARS_PER_LINE = 32;
const MAX_LINES = 4;
const METADATA_NS = 'https://changemap.org/schema/v1';

const DASH: Record<EdgeKind, string | undefined> = {
  contributesTo: undefined,
  measures: '6 4',
  guides: '2 4',
  investigates: '6 4',
  underlies: '2 4',
  supports: '8 3 2 3',
  deliveredBy: '2 4',
};

/** Escapes text for XML content and attributes, so any label comes out as text. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Splits a title into at most four lines of about 32 characters, ending in … when cut. */
function wrap(title: string): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if ((line + ' ' + word).trim().length > CHARS_PER_LINE && line) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) lines.push(line);
  if (lines.length > MAX_LINES) {
    lines.length = MAX_LINES;
    lines[MAX_LINES - 1] = `${lines[MAX_LINES - 1]!.slice(0, CHARS_PER_LINE - 1)}…`;
  }
  return lines.length > 0 ? lines : ['Untitled'];
}

/**
 * The open view as a standalone SVG picture: boxes with their kind and title as real text (escaped),
 * links styled by kind, and the whole plan embedded as JSON metadata so the picture can be reopened
 * as a plan.
 */
export function viewToSvg(
  plan: Plan,
  viewId: string,
  options: { sizes?: ReadonlyMap<string, { width: number; height: number }>; embedPlan?: boolean } = {},
): { svg: string; width: number; height: number } {
  const { sizes, embedPlan = true } = options;
  const members = getViewMembers(plan, viewId);
  const box = (id: string) => {
    const p: Position = getSavedPosition(plan, viewId, id) ?? { x: 0, y: 0 };
    const size = sizes?.get(id) ?? { width: WIDTH, height: HEIGHT };
    return { x: p.x, y: p.y, width: size.width, height: size.height };
  };
  const ids = [...members.nodeIds];
  const boxes = new Map(ids.map((id) => [id, box(id)]));
  const minX = Math.min(0, ...[...boxes.values()].map((b) => b.x)) - PAD;
  const minY = Math.min(0, ...[...boxes.values()].map((b) => b.y)) - PAD;
  const maxX = Math.max(WIDTH, ...[...boxes.values()].map((b) => b.x + b.width)) + PAD;
  const maxY = Math.max(HEIGHT, ...[...boxes.values()].map((b) => b.y + b.height)) + PAD;
  const width = Math.ceil(maxX - minX);
  const height = Math.ceil(maxY - minY);

  const parts: string[] = [];
  for (const id of members.edgeIds) {
    const edge = plan.edges.get(id)!;
    const targetId = plan.edges.get(edge.target)?.target ?? edge.target;
    const s = boxes.get(edge.source);
    const t = boxes.get(targetId);
    if (!s || !t) continue;
    const x1 = s.x + s.width - minX;
    const y1 = s.y + s.height / 2 - minY;
    const x2 = t.x - minX;
    const y2 = t.y + t.height / 2 - minY;
    const mid = (x1 + x2) / 2;
    const dash = DASH[edge.kind];
    parts.push(`<path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" fill="none" stroke="${edge.kind === 'contributesTo' ? '#1f2328' : '#57606a'}" stroke-width="${edge.kind === 'contributesTo' ? 2 : 1.5}"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#arrow)"><title>${escapeXml(edge.kind)}</title></path>`);
  }
  for (const id of ids) {
    const node = plan.nodes.get(id)!;
    const b = boxes.get(id)!;
    const x = b.x - minX;
    const y = b.y - minY;
    const colour = KIND_COLOURS[node.kind];
    const number = node.kind === 'callToAction' || node.kind === 'priority' ? node.number : undefined;
    const kind = `${KIND_LOOK[node.kind].icon} ${KIND_LOOK[node.kind].label.toUpperCase()}${number !== undefined ? `  ${number}` : ''}`;
    const lines = wrap(node.title).map((line, i) => `<tspan x="${x + 10}" dy="${i === 0 ? 0 : 15}">${escapeXml(line)}</tspan>`);
    parts.push(
      `<g><rect x="${x}" y="${y}" width="${b.width}" height="${b.height}" rx="6" fill="#ffffff" stroke="${colour}" stroke-width="2"/>` +
        `<text x="${x + 10}" y="${y + 18}" font-size="10" font-weight="700" fill="${colour}">${escapeXml(kind)}</text>` +
        `<text x="${x + 10}" y="${y + 36}" font-size="12" fill="#1f2328">${lines.join('')}</text></g>`,
    );
  }
  const viewTitle = viewId === 'plan' ? plan.title : `${plan.title} — ${plan.nodes.get(viewId)?.title ?? viewId}`;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">` +
    `<title>${escapeXml(viewTitle)}</title>` +
    (embedPlan ? `<metadata><changemap:plan xmlns:changemap="${METADATA_NS}">${escapeXml(exportJson(plan))}</changemap:plan></metadata>` : '') +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>` +
    `<rect width="100%" height="100%" fill="#f7f7f8"/>${parts.join('')}</svg>\n`;
  return { svg, width, height };
}

/** The plan embedded in an exported SVG picture, or undefined if the text is not one. */
export function planTextFromSvg(text: string): string | undefined {
  const match = /<changemap:plan[^>]*>([\s\S]*?)<\/changemap:plan>/.exec(text);
  if (!match) return undefined;
  return match[1]!.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

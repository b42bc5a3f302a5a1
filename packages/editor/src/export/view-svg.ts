import { getSavedPosition, getViewDirection, NODE_KINDS, WHOLE_PLAN_VIEW } from '@changemap/core';
import { exportJson } from '@changemap/schemas';
import type { EdgeKind, NodeKind, Plan, Position } from '@changemap/core';
import { KIND_COLOURS, KIND_LOOK } from '../components/kinds.js';
import { getViewMembers } from '../adapter/view-members.js';

const WIDTH = 220;
const HEIGHT = 96;
const PAD = 40;
/** Average width of a character of 12 px Helvetica, for wrapping. */
const CHAR_WIDTH = 6.4;
/** Where a box's title starts, and its line height. */
const TITLE_TOP = 36;
const LINE = 15;
/** Space kept between boxes moved apart. */
const GAP = 14;
/** Narrowest picture, so the header and legend have room. */
const MIN_WIDTH = 720;
const INK = '#1f2328';
const MUTED = '#57606a';
const BORDER = '#d0d7de';
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

/** Splits text into lines of at most `perLine` characters at spaces; a word longer than a line is split. Nothing is dropped. */
export function wrapText(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    let word = raw;
    while (word.length > perLine) {
      if (line) lines.push(line);
      lines.push(word.slice(0, perLine));
      word = word.slice(perLine);
      line = '';
    }
    if (!word) continue;
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/**
 * Moves boxes along their level (down when levels run left to right, right when they run top to
 * bottom), keeping their order, until none overlaps another: boxes grow to show their whole
 * title, which the layout (made for the canvas's shorter boxes) did not leave room for.
 */
function separate(boxes: Box[], alongX: boolean): void {
  const placed: Box[] = [];
  for (const box of [...boxes].sort((a, b) => (alongX ? a.x - b.x || a.y - b.y : a.y - b.y || a.x - b.x))) {
    let moved = true;
    while (moved) {
      moved = false;
      for (const other of placed) {
        const overlapX = box.x < other.x + other.width + (alongX ? GAP : 0) && other.x < box.x + box.width;
        const overlapY = box.y < other.y + other.height + (alongX ? 0 : GAP) && other.y < box.y + box.height;
        if (overlapX && overlapY) {
          if (alongX) box.x = other.x + other.width + GAP;
          else box.y = other.y + other.height + GAP;
          moved = true;
        }
      }
    }
    placed.push(box);
  }
}

/** A board box's size that shows `title` whole at the picture's default width. */
export function boxSizeForTitle(title: string): { width: number; height: number } {
  const lines = wrapText(title || 'Untitled', Math.max(8, Math.floor((WIDTH - 20) / CHAR_WIDTH)));
  return { width: WIDTH, height: Math.max(HEIGHT, TITLE_TOP + lines.length * LINE + 12) };
}

export interface ViewPictureOptions {
  /** Box sizes measured on the canvas; boxes still grow to show their whole title. */
  sizes?: ReadonlyMap<string, { width: number; height: number }>;
  /** Put the whole plan inside the picture, so that it can be opened again as a plan (default true). */
  embedPlan?: boolean;
  /** The plan's title, the view's title and `date` above the diagram (default true). */
  header?: boolean;
  /** A legend of the kinds and link styles in the view below the diagram (default true). */
  legend?: boolean;
  /** The date printed in the header, e.g. "2026-11-28" (default today). */
  date?: string;
}

/** The view's title as a board paper names it: “3. Everyone should feel safe…”, or the plan's title for the whole plan. */
export function viewTitleOf(plan: Plan, viewId: string): string {
  const node = plan.nodes.get(viewId);
  if (!node) return 'Whole plan';
  const number = node.kind === 'callToAction' || node.kind === 'priority' ? node.number : undefined;
  return `${number !== undefined ? `${number}. ` : ''}${node.title}`;
}

/** Today as yyyy-mm-dd, in the officer's time zone. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The open view as a standalone SVG picture for a board paper: the plan's and view's titles and the
 * date above, boxes with their kind and whole title as real text (escaped, never cut), links styled
 * by kind, a legend below, and the whole plan embedded as JSON metadata so the picture can be
 * reopened as a plan.
 */
export function viewToSvg(plan: Plan, viewId: string, options: ViewPictureOptions = {}): { svg: string; width: number; height: number } {
  const { sizes, embedPlan = true, header = true, legend = true, date = today() } = options;
  const members = getViewMembers(plan, viewId);
  const ids = [...members.nodeIds];
  const boxes = new Map<string, Box>(
    ids.map((id) => {
      const p: Position = getSavedPosition(plan, viewId, id) ?? { x: 0, y: 0 };
      const size = sizes?.get(id) ?? { width: WIDTH, height: HEIGHT };
      const lines = wrapText(plan.nodes.get(id)!.title || 'Untitled', Math.max(8, Math.floor((size.width - 20) / CHAR_WIDTH)));
      return [id, { x: p.x, y: p.y, width: size.width, height: Math.max(size.height, TITLE_TOP + lines.length * LINE + 12), lines }];
    }),
  );
  // Top to bottom: links leave a box's bottom for the next level's top, and boxes part sideways.
  const down = getViewDirection(plan, viewId) === 'down';
  separate([...boxes.values()], down);
  const all = [...boxes.values()];
  const minX = Math.min(0, ...all.map((b) => b.x)) - PAD;
  const minY = Math.min(0, ...all.map((b) => b.y)) - PAD;
  const maxX = Math.max(WIDTH, ...all.map((b) => b.x + b.width)) + PAD;
  const maxY = Math.max(HEIGHT, ...all.map((b) => b.y + b.height)) + PAD;
  const width = Math.max(MIN_WIDTH, Math.ceil(maxX - minX));
  const diagramHeight = Math.ceil(maxY - minY);

  const top = header ? headerLines(plan, viewId, date, width) : [];
  const headerHeight = header ? top.reduce((sum, line) => sum + line.size * 1.35, PAD / 2) + 12 : 0;
  const edgeKinds = new Set([...members.edgeIds].map((id) => plan.edges.get(id)!.kind));
  const kinds = NODE_KINDS.filter((kind) => ids.some((id) => plan.nodes.get(id)!.kind === kind));
  const key = legend ? legendItems(kinds, edgeKinds, width, headerHeight + diagramHeight) : { parts: [], height: 0 };
  const height = Math.ceil(headerHeight + diagramHeight + key.height);
  const dx = -minX;
  const dy = headerHeight - minY;

  const parts: string[] = [];
  let y = PAD / 2;
  for (const line of top) {
    y += line.size * 1.1;
    parts.push(
      `<text x="${PAD}" y="${y}" font-size="${line.size}"${line.bold ? ' font-weight="700"' : ''} fill="${line.muted ? MUTED : INK}">${escapeXml(line.text)}</text>`,
    );
    y += line.size * 0.25;
  }
  for (const id of members.edgeIds) {
    const edge = plan.edges.get(id)!;
    const targetId = plan.edges.get(edge.target)?.target ?? edge.target;
    const s = boxes.get(edge.source);
    const t = boxes.get(targetId);
    if (!s || !t) continue;
    const [x1, y1] = down ? [s.x + s.width / 2 + dx, s.y + s.height + dy] : [s.x + s.width + dx, s.y + s.height / 2 + dy];
    const [x2, y2] = down ? [t.x + t.width / 2 + dx, t.y + dy] : [t.x + dx, t.y + t.height / 2 + dy];
    const curve = down ? `C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2}` : `C${(x1 + x2) / 2},${y1} ${(x1 + x2) / 2},${y2}`;
    const dash = DASH[edge.kind];
    parts.push(
      `<path d="M${x1},${y1} ${curve} ${x2},${y2}" fill="none" stroke="${edge.kind === 'contributesTo' ? INK : MUTED}" stroke-width="${edge.kind === 'contributesTo' ? 2 : 1.5}"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#arrow)"><title>${escapeXml(edge.kind)}</title></path>`,
    );
  }
  for (const id of ids) {
    const node = plan.nodes.get(id)!;
    const b = boxes.get(id)!;
    const x = b.x + dx;
    const by = b.y + dy;
    const colour = KIND_COLOURS[node.kind];
    const number = node.kind === 'callToAction' || node.kind === 'priority' ? node.number : undefined;
    const kind = `${KIND_LOOK[node.kind].icon} ${KIND_LOOK[node.kind].label.toUpperCase()}${number !== undefined ? `  ${number}` : ''}`;
    const lines = b.lines.map((line, i) => `<tspan x="${x + 10}" dy="${i === 0 ? 0 : LINE}">${escapeXml(line)}</tspan>`);
    parts.push(
      `<g><rect x="${x}" y="${by}" width="${b.width}" height="${b.height}" rx="6" fill="#ffffff" stroke="${colour}" stroke-width="2"/>` +
        `<text x="${x + 10}" y="${by + 18}" font-size="10" font-weight="700" fill="${colour}">${escapeXml(kind)}</text>` +
        `<text x="${x + 10}" y="${by + TITLE_TOP}" font-size="12" fill="${INK}">${lines.join('')}</text></g>`,
    );
  }
  parts.push(...key.parts);
  const title = viewId === WHOLE_PLAN_VIEW ? plan.title : `${plan.title} — ${viewTitleOf(plan, viewId)}`;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif">` +
    `<title>${escapeXml(title)}</title>` +
    (embedPlan ? `<metadata><changemap:plan xmlns:changemap="${METADATA_NS}">${escapeXml(exportJson(plan))}</changemap:plan></metadata>` : '') +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${MUTED}"/></marker></defs>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>\n`;
  return { svg, width, height };
}

interface HeaderLine {
  text: string;
  size: number;
  bold?: boolean;
  muted?: boolean;
}

/** The plan's title, the view's title and the date, each wrapped to the picture's width. */
function headerLines(plan: Plan, viewId: string, date: string, width: number): HeaderLine[] {
  const fit = (text: string, size: number) => wrapText(text, Math.max(20, Math.floor((width - 2 * PAD) / (size * 0.56))));
  const lines: HeaderLine[] = fit(plan.title || 'Untitled plan', 22).map((text) => ({ text, size: 22, bold: true }));
  if (viewId !== WHOLE_PLAN_VIEW) lines.push(...fit(viewTitleOf(plan, viewId), 16).map((text) => ({ text, size: 16, bold: true })));
  else lines.push({ text: 'Whole plan', size: 16, bold: true });
  lines.push({ text: `Theory of change${plan.period ? `, ${plan.period}` : ''} · exported ${date}`, size: 12, muted: true });
  return lines;
}

const EDGE_LEGEND: [EdgeKind[], string][] = [
  [['contributesTo'], 'contributes to (cause → effect)'],
  [['measures', 'investigates'], 'measures, investigates'],
  [['guides', 'underlies', 'deliveredBy'], 'guides, underlies, is delivered by'],
  [['supports'], 'is evidence for'],
];

/** The legend at `top`: the kinds and link styles the view uses, in rows that fit the width. */
function legendItems(kinds: readonly NodeKind[], edgeKinds: ReadonlySet<EdgeKind>, width: number, top: number): { parts: string[]; height: number } {
  const items: { width: number; draw: (x: number) => string }[] = [];
  for (const kind of kinds) {
    const label = KIND_LOOK[kind].label;
    items.push({
      width: 34 + label.length * CHAR_WIDTH,
      draw: (x) =>
        `<rect x="${x}" y="-10" width="16" height="14" rx="3" fill="#ffffff" stroke="${KIND_COLOURS[kind]}" stroke-width="2"/><text x="${x + 22}" y="1" font-size="12" fill="${INK}">${escapeXml(`${KIND_LOOK[kind].icon} ${label}`)}</text>`,
    });
  }
  for (const [group, label] of EDGE_LEGEND) {
    if (!group.some((kind) => edgeKinds.has(kind))) continue;
    const dash = DASH[group[0]!];
    items.push({
      width: 52 + label.length * CHAR_WIDTH,
      draw: (x) =>
        `<line x1="${x}" y1="-3" x2="${x + 36}" y2="-3" stroke="${group[0] === 'contributesTo' ? INK : MUTED}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/><text x="${x + 44}" y="1" font-size="12" fill="${INK}">${escapeXml(label)}</text>`,
    });
  }
  const rows: string[][] = [[]];
  let x = PAD;
  for (const item of items) {
    if (x + item.width > width - PAD && rows.at(-1)!.length > 0) {
      rows.push([]);
      x = PAD;
    }
    rows.at(-1)!.push(item.draw(x));
    x += item.width + 18;
  }
  const parts = [
    `<g class="legend" transform="translate(0 ${top})"><line x1="${PAD}" y1="0" x2="${width - PAD}" y2="0" stroke="${BORDER}"/><text x="${PAD}" y="22" font-size="12" font-weight="700" fill="${INK}">Legend</text></g>`,
  ];
  rows.forEach((row, i) => parts.push(`<g transform="translate(0 ${top + 44 + i * 22})">${row.join('')}</g>`));
  return { parts, height: 44 + rows.length * 22 + 10 };
}

/** The plan embedded in an exported SVG picture, or undefined if the text is not one. */
export function planTextFromSvg(text: string): string | undefined {
  const match = /<changemap:plan[^>]*>([\s\S]*?)<\/changemap:plan>/.exec(text);
  if (!match) return undefined;
  return match[1]!.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

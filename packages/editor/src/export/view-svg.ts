import { WHOLE_PLAN_VIEW } from '@changemap/core';
import { exportJson } from '@changemap/schemas';
import type { Plan, Position } from '@changemap/core';
import { KIND_COLOURS, NEGATIVE_LABEL } from '../components/kinds.js';
import { BOX_PAD, CHIP_LINE, TITLE_LINE, TITLE_TOP, wrapText, type BoardChip } from './board-box.js';
import type { BoardLayout } from './board-layout.js';
import { labelPoint } from '../picture/label-point.js';
import { legendItems } from './board-legend.js';
import { CHIP_LOOK, CONFIDENCE_DASH, DASH, escapeXml, INK, MUTED, PAD } from './board-style.js';

export { escapeXml } from './board-style.js';
export { wrapText } from './board-box.js';

/** Narrowest picture, so the header and legend have room. */
const MIN_WIDTH = 720;
const METADATA_NS = 'https://changemap.org/schema/v1';
/** The bands alternate two pale blues, as the canvas's do. */
const BAND_FILLS = ['#f4f7fb', '#e8eef6'];

export interface ViewPictureOptions {
  /** Put the whole plan inside the picture, so that it can be opened again as a plan (default true). */
  embedPlan?: boolean;
  /** The plan's title, the view's title and `date` above the diagram (default true). */
  header?: boolean;
  /** A legend of what is drawn below the diagram (default true). */
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
 * The view laid out by `layOutBoard` as a standalone SVG picture for a board paper, drawn as the
 * canvas draws it: level bands with their labels, boxes with their kind, whole title (escaped,
 * never cut) and chips, folded action groups, routed orthogonal links styled by confidence; the
 * plan's and view's titles and the date above, a legend of what is drawn below, and the whole plan
 * embedded as JSON metadata so the picture can be reopened as a plan. Plain text: no DOM.
 */
export function viewToSvg(plan: Plan, viewId: string, board: BoardLayout, options: ViewPictureOptions = {}): { svg: string; width: number; height: number } {
  const { embedPlan = true, header = true, legend = true, date = today() } = options;
  // Everything drawn: bands, boxes and routes (an empty view is a point at 0,0).
  const points: Position[] = [
    ...board.bands.flatMap((b) => [
      { x: b.x, y: b.y },
      { x: b.x + b.width, y: b.y + b.height },
    ]),
    ...board.boxes.flatMap(({ box, position }) => [position, { x: position.x + box.width, y: position.y + box.height }]),
    ...board.links.flatMap(({ route }) => route),
  ];
  if (points.length === 0) points.push({ x: 0, y: 0 });
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(MIN_WIDTH, Math.ceil(Math.max(...xs) - minX + 2 * PAD));
  const diagramHeight = Math.ceil(Math.max(...ys) - minY + PAD);

  const top = header ? headerLines(plan, viewId, date, width) : [];
  const headerHeight = header ? top.reduce((sum, line) => sum + line.size * 1.35, PAD / 2) + 12 : PAD / 2;
  const key = legend ? legendItems(board, width, headerHeight + diagramHeight) : { parts: [], height: 0 };
  const height = Math.ceil(headerHeight + diagramHeight + key.height);
  const dx = PAD - minX;
  const dy = headerHeight - minY;
  const at = (p: Position) => `${round(p.x + dx)},${round(p.y + dy)}`;

  const parts: string[] = [];
  let y = PAD / 2;
  for (const line of top) {
    y += line.size * 1.1;
    parts.push(
      `<text x="${PAD}" y="${y}" font-size="${line.size}"${line.bold ? ' font-weight="700"' : ''} fill="${line.muted ? MUTED : INK}">${escapeXml(line.text)}</text>`,
    );
    y += line.size * 0.25;
  }
  // Bands behind everything, each label in the room the layout kept at the band's top (or left, top to bottom).
  board.bands.forEach((band, i) => {
    const x = round(band.x + dx);
    const labelWidth = board.direction === 'RIGHT' ? band.width - 20 : 130;
    const label = wrapText(band.title, Math.max(8, Math.floor(labelWidth / 8.2)));
    parts.push(
      `<g class="band" data-level="${band.level}"><rect x="${x}" y="${round(band.y + dy)}" width="${round(band.width)}" height="${round(band.height)}" fill="${BAND_FILLS[i % 2]}"/>` +
        `<text class="band-label" x="${x + 10}" y="${round(band.y + dy + 22)}" font-size="14" font-weight="700" fill="${MUTED}">${label
          .map((line, n) => `<tspan x="${x + 10}" dy="${n === 0 ? 0 : 17}">${escapeXml(line)}</tspan>`)
          .join('')}</text></g>`,
    );
  });
  const labels: string[] = [];
  for (const { link, route } of board.links) {
    if (route.length < 2) continue;
    const causal = link.kind === 'contributesTo';
    const dash = causal ? (link.confidence ? CONFIDENCE_DASH[link.confidence] : undefined) : DASH[link.kind];
    const what = `${link.kind}${link.confidence ? `, ${link.confidence} confidence` : ''}${link.negative ? ', lowers its effect' : ''}`;
    parts.push(
      `<path class="link" d="M${route.map(at).join(' L')}" fill="none" stroke="${causal ? INK : MUTED}" stroke-width="${causal ? 2 : 1.5}"` +
        `${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#${causal ? 'arrow' : 'arrow-muted'})"><title>${escapeXml(what)}</title></path>`,
    );
    if (link.negative) labels.push(negativeLabel(labelPoint(route.map((p) => ({ x: p.x + dx, y: p.y + dy })))));
  }
  for (const { box, position } of board.boxes) {
    const x = round(position.x + dx);
    const by = round(position.y + dy);
    const colour = KIND_COLOURS[box.colourKind];
    const lines = box.titleLines.map((line, i) => `<tspan x="${x + BOX_PAD}" dy="${i === 0 ? 0 : TITLE_LINE}">${escapeXml(line)}</tspan>`);
    parts.push(
      `<g class="box" data-id="${escapeXml(box.id)}"><rect x="${x}" y="${by}" width="${box.width}" height="${box.height}" rx="6" fill="#ffffff" stroke="${colour}" stroke-width="2"/>` +
        `<text x="${x + BOX_PAD}" y="${by + 18}" font-size="10" font-weight="700" fill="${colour}">${escapeXml(box.kindLine)}</text>` +
        `<text x="${x + BOX_PAD}" y="${by + TITLE_TOP}" font-size="12" fill="${INK}">${lines.join('')}</text>` +
        box.chips.map((chip) => drawChip(chip, x, by)).join('') +
        `</g>`,
    );
  }
  // Over the boxes, as on the canvas: a label a box covered would say nothing.
  parts.push(...labels);
  parts.push(...key.parts);
  const title = viewId === WHOLE_PLAN_VIEW ? plan.title : `${plan.title} — ${viewTitleOf(plan, viewId)}`;
  const marker = (id: string, fill: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${fill}"/></marker>`;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif">` +
    `<title>${escapeXml(title)}</title>` +
    (embedPlan ? `<metadata><changemap:plan xmlns:changemap="${METADATA_NS}">${escapeXml(exportJson(plan))}</changemap:plan></metadata>` : '') +
    `<defs>${marker('arrow', INK)}${marker('arrow-muted', MUTED)}</defs>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>\n`;
  return { svg, width, height };
}

/** A chip inside its box: an outlined rounded rectangle with its whole text, and its meaning as a tooltip. */
function drawChip(chip: BoardChip, boxX: number, boxY: number): string {
  const look = CHIP_LOOK[chip.kind];
  const x = boxX + chip.x;
  const y = boxY + chip.y;
  const text = chip.lines.map((line, i) => `<tspan x="${x + 6}" dy="${i === 0 ? 0 : CHIP_LINE}">${escapeXml(line)}</tspan>`).join('');
  return (
    `<g class="chip chip-${chip.kind}"><title>${escapeXml(chip.title)}</title>` +
    `<rect x="${x}" y="${y}" width="${chip.width}" height="${chip.height}" rx="4" fill="${look.fill}" stroke="${look.stroke}" stroke-width="1.5"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}/>` +
    `<text x="${x + 6}" y="${y + 13}" font-size="10.5" fill="${INK}">${text}</text></g>`
  );
}

const round = (n: number) => Math.round(n * 10) / 10;

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

/** The plan embedded in an exported SVG picture, or undefined if the text is not one. */
export function planTextFromSvg(text: string): string | undefined {
  const match = /<changemap:plan[^>]*>([\s\S]*?)<\/changemap:plan>/.exec(text);
  if (!match) return undefined;
  return match[1]!.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

/** The legend of a laid-out view alone, as an SVG picture `width` wide: printed on its own when the picture is tiled, so it is never split. */
export function legendToSvg(board: BoardLayout, width: number): { svg: string; width: number; height: number } {
  const { parts, height } = legendItems(board, width, 0);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif">` +
    `<title>Legend</title><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>\n`;
  return { svg, width, height };
}

/** The words on a link whose cause lowers its effect, on a white ground so that lines under them do not cut them. */
function negativeLabel(at: Position): string {
  const width = NEGATIVE_LABEL.length * 6.6 + 10;
  return (
    `<g class="link-label"><rect x="${round(at.x - width / 2)}" y="${round(at.y - 9)}" width="${round(width)}" height="17" rx="3" fill="#ffffff" stroke="${MUTED}" stroke-width="0.75"/>` +
    `<text x="${round(at.x)}" y="${round(at.y + 4)}" font-size="11" text-anchor="middle" fill="${INK}">${escapeXml(NEGATIVE_LABEL)}</text></g>`
  );
}

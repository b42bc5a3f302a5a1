import { EDGE_KIND_LABELS, NODE_KINDS } from '@changemap/core';
import type { ConfidenceBand, EdgeKind } from '@changemap/core';
import { KIND_COLOURS, KIND_LOOK, NEGATIVE_LABEL } from '../components/kinds.js';
import { CHAR_WIDTH, type BoardChipKind } from './board-box.js';
import type { BoardLayout } from './board-layout.js';
import { BORDER, CHIP_LOOK, CONFIDENCE_DASH, DASH, escapeXml, INK, MUTED, PAD } from './board-style.js';

const CONFIDENCE_LEGEND: [ConfidenceBand, string][] = [
  ['strong', 'strong confidence (70 or more), or none given'],
  ['moderate', 'moderate confidence (40–69)'],
  ['weak', 'weak confidence (under 40)'],
];

/** Other links, drawn only when the Show menu draws annotations as boxes. */
const EDGE_LEGEND: [EdgeKind[], string][] = [
  [['measures', 'investigates'], `${EDGE_KIND_LABELS.measures}, ${EDGE_KIND_LABELS.investigates}`],
  [['guides', 'underlies', 'deliveredBy'], `${EDGE_KIND_LABELS.guides}, ${EDGE_KIND_LABELS.underlies}, ${EDGE_KIND_LABELS.deliveredBy}`],
  [['supports'], EDGE_KIND_LABELS.supports],
];

const CHIP_LEGEND: [BoardChipKind, string, string][] = [
  ['indicator', `${KIND_LOOK.indicator.icon} name`, 'an indicator that measures the box'],
  ['partner', `${KIND_LOOK.partner.icon} name`, 'a partner that delivers it'],
  ['principles', `${KIND_LOOK.principle.icon} Principles`, 'the principles that guide the call to action'],
  ['badge', '? 2  ! 1  ✓ 1', 'research questions, assumptions, evidence about the box'],
];

interface LegendItem {
  width: number;
  draw: (x: number) => string;
}

/**
 * The legend at `top`, of what this picture draws and nothing else: the kinds of box (a folded
 * group counts as actions), the chips, the level bands, and the link styles (confidence of causal
 * links; other kinds when drawn), in rows that fit the width. One block: it is never split.
 */
export function legendItems(board: BoardLayout, width: number, top: number): { parts: string[]; height: number } {
  const items: LegendItem[] = [];
  const kinds = new Set(board.boxes.map(({ box }) => box.colourKind));
  for (const kind of NODE_KINDS.filter((k) => kinds.has(k))) {
    const label = `${KIND_LOOK[kind].icon} ${KIND_LOOK[kind].label}`;
    items.push({
      width: 34 + label.length * CHAR_WIDTH,
      draw: (x) =>
        `<rect x="${x}" y="-10" width="16" height="14" rx="3" fill="#ffffff" stroke="${KIND_COLOURS[kind]}" stroke-width="2"/><text x="${x + 22}" y="1" font-size="12" fill="${INK}">${escapeXml(label)}</text>`,
    });
  }
  const actionGroup = board.boxes.find(({ box }) => box.id.startsWith('group:'));
  if (actionGroup) text(items, `“${actionGroup.box.titleLines.join(' ')}”: the actions that lead to one box, folded`);
  if (board.boxes.some(({ box }) => box.id.startsWith('fold:'))) text(items, '“8 outputs”: boxes of a level too full to show one by one, folded');
  const chipKinds = new Set(board.boxes.flatMap(({ box }) => box.chips.map((c) => c.kind)));
  for (const [kind, sample, meaning] of CHIP_LEGEND) {
    if (!chipKinds.has(kind)) continue;
    const look = CHIP_LOOK[kind];
    const chipWidth = Math.ceil(sample.length * 6.6 + 14);
    items.push({
      width: chipWidth + 8 + meaning.length * CHAR_WIDTH,
      draw: (x) =>
        `<rect x="${x}" y="-11" width="${chipWidth}" height="16" rx="4" fill="${look.fill}" stroke="${look.stroke}" stroke-width="1.5"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}/>` +
        `<text x="${x + 6}" y="1" font-size="10.5" fill="${INK}">${escapeXml(sample)}</text><text x="${x + chipWidth + 8}" y="1" font-size="12" fill="${INK}">${escapeXml(meaning)}</text>`,
    });
  }
  if (board.bands.length > 0) text(items, 'Shaded bands: the levels, in the plan’s order');
  const causal = board.links.filter(({ link }) => link.kind === 'contributesTo');
  for (const [band, label] of CONFIDENCE_LEGEND) {
    const used = causal.some(({ link }) => (link.confidence ?? 'strong') === band);
    if (used) line(items, `${EDGE_KIND_LABELS.contributesTo}: ${label}`, INK, CONFIDENCE_DASH[band]);
  }
  if (causal.some(({ link }) => link.negative)) line(items, `“${NEGATIVE_LABEL}”: the cause lowers its effect`, INK, undefined);
  const edgeKinds = new Set(board.links.map(({ link }) => link.kind));
  for (const [group, label] of EDGE_LEGEND) if (group.some((kind) => edgeKinds.has(kind))) line(items, label, MUTED, DASH[group[0]!]);

  const rows: string[][] = [[]];
  let x = PAD;
  for (const item of items) {
    if (x + item.width > width - PAD && rows.at(-1)!.length > 0) {
      rows.push([]);
      x = PAD;
    }
    rows.at(-1)!.push(item.draw(x));
    x += item.width + 22;
  }
  const body = rows.map((row, i) => `<g transform="translate(0 ${44 + i * 24})">${row.join('')}</g>`).join('');
  const parts = [
    `<g class="legend" transform="translate(0 ${top})"><line x1="${PAD}" y1="0" x2="${width - PAD}" y2="0" stroke="${BORDER}"/><text x="${PAD}" y="22" font-size="12" font-weight="700" fill="${INK}">Legend</text>${body}</g>`,
  ];
  return { parts, height: 44 + rows.length * 24 + 10 };
}

function text(items: LegendItem[], words: string): void {
  items.push({ width: words.length * CHAR_WIDTH, draw: (x) => `<text x="${x}" y="1" font-size="12" fill="${INK}">${escapeXml(words)}</text>` });
}

function line(items: LegendItem[], label: string, stroke: string, dash: string | undefined): void {
  items.push({
    width: 52 + label.length * CHAR_WIDTH,
    draw: (x) =>
      `<line x1="${x}" y1="-3" x2="${x + 36}" y2="-3" stroke="${stroke}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/><text x="${x + 44}" y="1" font-size="12" fill="${INK}">${escapeXml(label)}</text>`,
  });
}

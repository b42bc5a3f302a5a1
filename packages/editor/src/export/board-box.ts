import type { NodeKind, Plan } from '@changemap/core';
import { targetLook } from '../results/status-look.js';
import type { BoxAnnotations, Chip } from '../picture/annotations.js';
import type { DrawnBox } from '../picture/drawn-view.js';
import { groupTitle } from '../picture/group-words.js';
import { KIND_LOOK } from '../components/kinds.js';

/** A board box's width: wide enough for a readable line, narrow enough for the columns to fit a page. */
export const BOARD_BOX_WIDTH = 240;
/** Inner margin of a box. */
export const BOX_PAD = 10;
/** Where a box's title starts (below its kind line), and the title's line height. */
export const TITLE_TOP = 36;
export const TITLE_LINE = 15;
/** Average width of a character of 12 px Helvetica (titles), and of 10.5 px (chips), for wrapping. */
export const CHAR_WIDTH = 6.4;
export const CHIP_CHAR_WIDTH = 5.7;
export const CHIP_LINE = 13;
const CHIP_PAD = 6;
const CHIP_GAP = 4;

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

/** What a chip on a board box stands for: an indicator or a partner chip, a badge (a count), or the principles strip. */
export type BoardChipKind = 'indicator' | 'partner' | 'principles' | 'badge';

/** One chip placed inside its box (relative to the box's top left), with its text in wrapped lines. */
export interface BoardChip {
  kind: BoardChipKind;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** What the chip stands for in words (its tooltip). */
  title: string;
}

/** A box as the board draws it: kind line, whole title in lines, then its chips, and the height all that needs. */
export interface BoardBox {
  id: string;
  kindLine: string;
  /** The kind whose colour the box takes (a folded group: action). */
  colourKind: NodeKind;
  titleLines: string[];
  chips: BoardChip[];
  width: number;
  height: number;
}

const BADGES = [
  { group: 'research', icon: '?', one: 'research question', many: 'research questions' },
  { group: 'assumptions', icon: '!', one: 'assumption', many: 'assumptions' },
  { group: 'evidence', icon: '✓', one: 'piece of evidence', many: 'pieces of evidence' },
] as const;

/** A chip's words: an indicator with a status says it ("Homes with damp — ✓ On track"). */
function chipText(chip: Chip): string {
  if (!chip.status) return chip.title;
  const look = targetLook(chip.status);
  return `${chip.title} — ${look.mark} ${look.words}`;
}

/**
 * The chips of a box, flowed left to right in rows inside the box's inner width from `top`:
 * indicators and partners each whole (wrapped when longer than a row), then the badges; the
 * principles strip (on a call to action) runs across the whole width, every principle named.
 */
function placeChips(annotations: BoxAnnotations | undefined, width: number, top: number): { chips: BoardChip[]; bottom: number } {
  const chips: BoardChip[] = [];
  if (!annotations) return { chips, bottom: top };
  const inner = width - 2 * BOX_PAD;
  const perLine = Math.max(8, Math.floor((inner - 2 * CHIP_PAD) / CHIP_CHAR_WIDTH));
  let x = BOX_PAD;
  let y = top;
  let rowHeight = 0;
  const flow = (kind: BoardChipKind, text: string, title: string) => {
    const lines = wrapText(text, perLine);
    const chipWidth = Math.min(inner, Math.ceil(Math.max(...lines.map((l) => l.length)) * CHIP_CHAR_WIDTH + 2 * CHIP_PAD));
    const chipHeight = lines.length * CHIP_LINE + CHIP_PAD;
    if (x > BOX_PAD && x + chipWidth > BOX_PAD + inner) {
      x = BOX_PAD;
      y += rowHeight + CHIP_GAP;
      rowHeight = 0;
    }
    chips.push({ kind, x, y, width: chipWidth, height: chipHeight, lines, title });
    x += chipWidth + CHIP_GAP;
    rowHeight = Math.max(rowHeight, chipHeight);
  };
  for (const chip of annotations.indicators) flow('indicator', `${KIND_LOOK.indicator.icon} ${chipText(chip)}`, `Indicator: ${chipText(chip)}`);
  for (const chip of annotations.partners) flow('partner', `${KIND_LOOK.partner.icon} ${chip.title}`, `Delivered by: ${chip.title}`);
  for (const { group, icon, one, many } of BADGES) {
    const list = annotations[group];
    if (list.length > 0) flow('badge', `${icon} ${list.length}`, `${list.length} ${list.length === 1 ? one : many}: ${list.map((c) => c.title).join('; ')}`);
  }
  let bottom = chips.length > 0 ? y + rowHeight : top;
  if (annotations.principles.length > 0) {
    const names = annotations.principles.map((c) => c.title);
    const lines = wrapText(`${KIND_LOOK.principle.icon} Principles: ${names.join(' · ')}`, perLine);
    const stripTop = chips.length > 0 ? bottom + CHIP_GAP : top;
    chips.push({
      kind: 'principles',
      x: BOX_PAD,
      y: stripTop,
      width: inner,
      height: lines.length * CHIP_LINE + CHIP_PAD,
      lines,
      title: `Principles: ${names.join('; ')}`,
    });
    bottom = stripTop + lines.length * CHIP_LINE + CHIP_PAD;
  }
  return { chips, bottom };
}

/** The number a call to action or a priority shows after its kind. */
function numberOf(plan: Plan, box: DrawnBox): string | number | undefined {
  if (box.type !== 'node') return undefined;
  const node = box.node;
  return node.kind === 'callToAction' || node.kind === 'priority' ? node.number : undefined;
}

/**
 * A drawn box at board size: its whole title wrapped (never cut) and every chip in full, so the
 * layout can leave room for all of it. A folded group reads “13 partner actions”, as on the canvas.
 */
export function boardBox(plan: Plan, box: DrawnBox, annotations: BoxAnnotations | undefined): BoardBox {
  const width = BOARD_BOX_WIDTH;
  const kind = box.type === 'node' ? box.node.kind : (box.group.kind ?? 'action');
  const number = numberOf(plan, box);
  const kindLine =
    box.type === 'group'
      ? `▤ ${box.group.noun.toUpperCase()}`
      : `${KIND_LOOK[kind].icon} ${KIND_LOOK[kind].label.toUpperCase()}${number !== undefined && number !== '' ? `  ${number}` : ''}`;
  const title = box.type === 'group' ? groupTitle(box.group) : box.node.title || 'Untitled';
  const titleLines = wrapText(title, Math.max(8, Math.floor((width - 2 * BOX_PAD) / CHAR_WIDTH)));
  const titleBottom = TITLE_TOP + (titleLines.length - 1) * TITLE_LINE + 8;
  const { chips, bottom } = placeChips(annotations, width, titleBottom + 4);
  return { id: box.id, kindLine, colourKind: kind, titleLines, chips, width, height: Math.max(64, bottom + BOX_PAD) };
}

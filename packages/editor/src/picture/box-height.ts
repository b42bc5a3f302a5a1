import type { BoxAnnotations } from './annotations.js';
import { DEFAULT_BOX_SIZE } from './picture-graph.js';

/*
 * A canvas box is 180 units wide with its whole title in 16 px type, 20 units a line (picture.css).
 * Measured in Chromium on the flagship and on imported charts: a box of a one-line title is 59 to 63
 * units tall (an output 4 more); a row of chips or badges (35-unit buttons and a gap) adds 39; a
 * call to action's principles strip 30, its chip 20 more. 16 characters a line never counted too
 * few lines (words wrap whole; narrower fonts than Debian's fit more). Where the estimate still
 * falls short, the canvas finds out from the layout and folds a little more (useRoomForLevels).
 */
const TITLE = { charsPerLine: 16, lineHeight: 20 };
const BOX_FRAME = 43;
const CHIP_ROW = 40;
const PRINCIPLES_STRIP = 30;
const STRIP_CHIP_ROW = 20;
/** A group box: its kind line, the count of what it holds and its Show all button. */
const GROUP_FRAME = 102;

/**
 * A title this long is drawn on a wider box (picture.css's is-wide): at 180 units, 150 to 400
 * characters (a partner's action, a chart from another tool) ran to 10 to 25 lines, a column too
 * tall to read and too tall for a level to hold more than two or three. No box of the flagship's
 * calls to action as they open is this long, so their levels keep their width.
 */
const WIDE_TITLE_FROM = 150;
/** The wide box's width (picture.css's is-wide); others are DEFAULT_BOX_SIZE wide. */
const WIDE_BOX_WIDTH = 280;
/** Characters a line on a wide box: its text is as much wider as the box (10 units a character, 20 of padding), counted as low. */
const WIDE_CHARS_PER_LINE = 25;

/** Whether a box's title is drawn on a wide box. */
export function isWideTitle(title: string | undefined): boolean {
  return (title?.length ?? 0) >= WIDE_TITLE_FROM;
}

/** How wide a box of this title is on the canvas. */
export function boxWidthFor(title: string | undefined): number {
  return isWideTitle(title) ? WIDE_BOX_WIDTH : DEFAULT_BOX_SIZE.width;
}

/** How many lines `text` takes wrapped at `perLine` characters, words whole (a word longer than a line is broken). */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let length = word.length;
    if (used > 0 && used + 1 + length <= perLine) {
      used += 1 + length;
      continue;
    }
    if (used > 0) lines++;
    while (length > perLine) {
      lines++;
      length -= perLine;
    }
    used = length;
  }
  return lines;
}

/**
 * The rows under a box's title: a chip, then the badges (research, assumptions, evidence, and "+n"
 * for more chips). A call to action's principles strip holds its badges, and its chip is smaller.
 */
function annotationRows(annotations: BoxAnnotations | undefined): number {
  if (!annotations) return 0;
  const chips = annotations.indicators.length + annotations.partners.length;
  if (annotations.principles.length > 0) return PRINCIPLES_STRIP + (chips > 0 ? STRIP_CHIP_ROW : 0);
  const badges = chips > 1 || annotations.research.length + annotations.assumptions.length + annotations.evidence.length > 0;
  return (chips > 0 ? CHIP_ROW : 0) + (badges ? CHIP_ROW : 0);
}

/**
 * How tall a box will be on the canvas, its whole title wrapped and its chips below, before the
 * browser has drawn it: what a level's folding counts on (level-folds.ts), so that a level of long
 * titles folds as a level of many boxes does. An estimate on the safe side.
 */
export function estimateBoxHeight(title: string, annotations?: BoxAnnotations): number {
  const perLine = isWideTitle(title) ? WIDE_CHARS_PER_LINE : TITLE.charsPerLine;
  return BOX_FRAME + wrappedLines(title || 'Untitled', perLine) * TITLE.lineHeight + annotationRows(annotations);
}

/** How tall a group box will be on the canvas, with the chips its members pass to it. */
export function estimateGroupHeight(annotations?: BoxAnnotations): number {
  return GROUP_FRAME + annotationRows(annotations);
}

/** A level's group box before its members are chosen: counted with a row of chips and one of badges, as its members' chips go on it. */
export const LEVEL_GROUP_HEIGHT = GROUP_FRAME + 2 * CHIP_ROW;

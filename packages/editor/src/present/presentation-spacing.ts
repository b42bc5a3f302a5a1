import type { BoxAnnotations } from '../picture/annotations.js';
import { chipsOf } from '../picture/BoxChips.js';
import { PRESENTED_CHIPS, PRESENTED_PRINCIPLES } from './PresentedChips.js';

/** The space kept between two boxes one above the other. */
const ROW_GAP = 36;

/*
 * A slide's box is 220 px wide with 15 px titles (lens.css): about 24 characters a line,
 * counted low because words wrap whole. Chips (13 px) hold about 26.
 */
const TITLE = { charsPerLine: 22, lineHeight: 20 };
const CHIP = { charsPerLine: 24, lineHeight: 17, minHeight: 24, gap: 4 };
const BOX_FRAME = 20 + 22; // padding and borders, and the kind line

/**
 * How tall a box will be on a slide, its whole title wrapped and its chips and badges below, so
 * that the layout can leave it room before the browser has drawn it. An estimate on the safe side.
 */
export function estimateBoxHeight(title: string, annotations?: BoxAnnotations): number {
  const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));
  let height = BOX_FRAME + lines(title, TITLE.charsPerLine) * TITLE.lineHeight;
  if (!annotations) return height;
  const chipHeight = (text: string) => Math.max(CHIP.minHeight, lines(text, CHIP.charsPerLine) * CHIP.lineHeight + 4) + CHIP.gap;
  const chips = chipsOf(annotations);
  for (const { chip } of chips.slice(0, PRESENTED_CHIPS)) height += chipHeight(chip.title) + (chip.status ? CHIP.lineHeight : 0);
  const badges = chips.length > PRESENTED_CHIPS || annotations.research.length + annotations.assumptions.length + annotations.evidence.length > 0;
  if (badges) height += CHIP.minHeight + CHIP.gap;
  if (annotations.principles.length > 0) height += 12 + Math.max(...annotations.principles.slice(0, PRESENTED_PRINCIPLES).map((c) => chipHeight(c.title)));
  return height;
}

/** The height of a presentation's rows for its tallest box: that box and a gap (layoutPresentation's `rowHeight`). */
export function rowHeightFor(tallest: number): number {
  return tallest + ROW_GAP;
}

import type { IndicatorDirection } from '../kinds/indicator.js';

/**
 * Which way is better, in Fingertips' words: `highIsGood` ("RAG - High is good"), `lowIsGood`
 * ("RAG - Low is good") or `none` (no judgement: "BOB - Blue orange blue", "Not applicable").
 */
export type Polarity = 'highIsGood' | 'lowIsGood' | 'none';

/** The polarity an indicator's direction gives it: increase → high is good, decrease → low is good, maintain or unset → none. */
export function getPolarity(direction: IndicatorDirection | undefined): Polarity {
  switch (direction) {
    case 'increase':
      return 'highIsGood';
    case 'decrease':
      return 'lowIsGood';
    case 'maintain':
    case undefined:
      return 'none';
    default:
      return direction satisfies never;
  }
}

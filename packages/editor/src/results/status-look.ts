import { COMPARISON_WORDS, TARGET_STATUS_WORDS, TREND_WORDS, type Comparison, type TargetStatus, type Trend } from '@changemap/core';

/** How good a status is, for its colour; the words and the mark always say it too (never colour alone). */
export type Tone = 'good' | 'bad' | 'neutral';

export interface StatusLook {
  words: string;
  tone: Tone;
  /** A mark that differs by tone, so the status reads in greyscale too. */
  mark: string;
}

const MARKS: Readonly<Record<Tone, string>> = { good: '✓', bad: '✕', neutral: '–' };

function look(words: string, tone: Tone): StatusLook {
  return { words, tone, mark: MARKS[tone] };
}

export function targetLook(status: TargetStatus): StatusLook {
  switch (status) {
    case 'met':
    case 'onTrack':
      return look(TARGET_STATUS_WORDS[status], 'good');
    case 'offTrack':
      return look(TARGET_STATUS_WORDS[status], 'bad');
    case 'noData':
    case 'noTarget':
      return look(TARGET_STATUS_WORDS[status], 'neutral');
    default:
      return status satisfies never;
  }
}

export function trendLook(trend: Trend): StatusLook {
  switch (trend) {
    case 'improving':
      return { words: TREND_WORDS[trend], tone: 'good', mark: '↑' };
    case 'worsening':
      return { words: TREND_WORDS[trend], tone: 'bad', mark: '↓' };
    case 'increasing':
      return { words: TREND_WORDS[trend], tone: 'neutral', mark: '↗' };
    case 'decreasing':
      return { words: TREND_WORDS[trend], tone: 'neutral', mark: '↘' };
    case 'noChange':
      return { words: TREND_WORDS[trend], tone: 'neutral', mark: '→' };
    case 'notEnoughData':
      return look(TREND_WORDS[trend], 'neutral');
    default:
      return trend satisfies never;
  }
}

export function comparisonLook(comparison: Comparison): StatusLook {
  switch (comparison) {
    case 'better':
      return look(COMPARISON_WORDS[comparison], 'good');
    case 'worse':
      return look(COMPARISON_WORDS[comparison], 'bad');
    case 'similar':
      return { words: COMPARISON_WORDS[comparison], tone: 'neutral', mark: '=' };
    case 'higher':
      return { words: COMPARISON_WORDS[comparison], tone: 'neutral', mark: '▲' };
    case 'lower':
      return { words: COMPARISON_WORDS[comparison], tone: 'neutral', mark: '▼' };
    case 'notCompared':
      return look(COMPARISON_WORDS[comparison], 'neutral');
    default:
      return comparison satisfies never;
  }
}

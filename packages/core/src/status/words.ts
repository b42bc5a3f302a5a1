import type { Comparison } from './compare.js';
import type { TargetStatus } from './target.js';
import type { Trend } from './trend.js';

/** Each status in words, for tables, chips and reports (never colour alone). */
export const TARGET_STATUS_WORDS: Readonly<Record<TargetStatus, string>> = {
  met: 'Target met',
  onTrack: 'On track',
  offTrack: 'Off track',
  noData: 'No data',
  noTarget: 'No target',
};

export const TREND_WORDS: Readonly<Record<Trend, string>> = {
  improving: 'Improving',
  worsening: 'Getting worse',
  noChange: 'No significant change',
  increasing: 'Increasing',
  decreasing: 'Decreasing',
  notEnoughData: 'Not enough data',
};

export const COMPARISON_WORDS: Readonly<Record<Comparison, string>> = {
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  higher: 'Higher',
  lower: 'Lower',
  notCompared: 'Not compared',
};

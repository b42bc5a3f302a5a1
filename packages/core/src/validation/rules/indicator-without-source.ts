import type { NodeRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** An indicator with no data source cannot be checked by anyone else (verifiable). */
export const indicatorWithoutSource: NodeRule = {
  code: 'indicator-without-source',
  scope: 'node',
  kind: 'indicator',
  defaultSeverity: 'warning',
  description: 'Every indicator names where its data comes from.',
  hint: 'Fill in the data source (e.g. “Annual Residents Survey” or “ONS”).',
  checkNode(indicator) {
    if (indicator.kind !== 'indicator' || indicator.dataSource?.name?.trim()) return [];
    return [{ message: `${sentence(describeNode(indicator))} has no data source.`, nodeIds: [indicator.id], path: `/nodes/${indicator.id}/dataSource` }];
  },
};

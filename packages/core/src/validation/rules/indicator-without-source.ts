import type { Finding, Rule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** An indicator with no data source cannot be checked by anyone else (verifiable). */
export const indicatorWithoutSource: Rule = {
  code: 'indicator-without-source',
  defaultSeverity: 'warning',
  description: 'Every indicator names where its data comes from.',
  hint: 'Fill in the data source (e.g. “Annual Residents Survey” or “ONS”).',
  check({ nodesOfKind }) {
    const findings: Finding[] = [];
    for (const indicator of nodesOfKind('indicator')) {
      if (indicator.kind !== 'indicator') continue;
      if (!indicator.dataSource?.name?.trim()) {
        findings.push({ message: `${sentence(describeNode(indicator))} has no data source.`, nodeIds: [indicator.id], path: `/nodes/${indicator.id}/dataSource` });
      }
    }
    return findings;
  },
};

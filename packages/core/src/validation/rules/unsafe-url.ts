import { urlsOf } from '../../kinds/url-fields.js';
import { isSafeUrl } from '../../model/safe-url.js';
import type { Finding, NodeRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** Links that are not plain web or mail addresses can run code when clicked. */
export const unsafeUrl: NodeRule = {
  code: 'unsafe-url',
  scope: 'node',
  defaultSeverity: 'error',
  description: 'Every link is an http, https or mailto address.',
  hint: 'Use a full web address starting with https:// (or mailto: for an email address).',
  checkNode(node) {
    const findings: Finding[] = [];
    for (const [field, url] of urlsOf(node)) {
      if (url === undefined || isSafeUrl(url)) continue;
      findings.push({
        message: `${sentence(describeNode(node))} has a link that is not a web or email address: “${String(url).slice(0, 80)}”.`,
        nodeIds: [node.id],
        path: `/nodes/${node.id}/${field}`,
      });
    }
    return findings;
  },
};

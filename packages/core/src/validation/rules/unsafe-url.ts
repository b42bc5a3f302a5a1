import type { PlanNode } from '../../model/nodes.js';
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

/** Most boxes carry no link; sharing one empty list spares an allocation per box. */
const NONE: readonly [string, unknown][] = [];

function urlsOf(node: PlanNode): readonly [string, unknown][] {
  switch (node.kind) {
    case 'indicator':
      return [['dataSource/url', node.dataSource?.url]];
    case 'evidence':
    case 'partner':
      return [['url', node.url]];
    case 'vision':
    case 'aim':
    case 'callToAction':
    case 'priority':
    case 'outcome':
    case 'output':
    case 'action':
    case 'principle':
    case 'researchQuestion':
    case 'assumption':
      return NONE;
    default:
      return exhaustive(node);
  }
}

function exhaustive(node: never): readonly [string, unknown][] {
  // Unknown kinds from malformed data reach here at run time; they carry no links we know of.
  void node;
  return NONE;
}

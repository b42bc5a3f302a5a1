import { NODE_KIND_LABELS, isNodeKind } from '../model/node-kinds.js';
import type { PlanNode } from '../model/nodes.js';
import { shortenText } from '../model/shorten-text.js';

const MAX_TITLE = 60;

/** "the outcome “Fewer children in poverty”": how messages name a node. */
export function describeNode(node: PlanNode | undefined, fallbackId = '?'): string {
  if (!node) return `the missing node “${fallbackId}”`;
  const kind = isNodeKind(node.kind) ? NODE_KIND_LABELS[node.kind] : 'node';
  const title = typeof node.title === 'string' && node.title.trim() !== '' ? node.title.trim() : node.id;
  return `the ${kind} “${shortenText(title, MAX_TITLE)}”`;
}

/** Capitalises the first letter, for a message that starts with a node's description. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "the link from the output “Staff trained” to the outcome “Earlier diagnosis”": how messages name a causal link. */
export function describeLink(source: PlanNode | undefined, target: PlanNode | undefined, sourceId = '?', targetId = '?'): string {
  return `the link from ${describeNode(source, sourceId)} to ${describeNode(target, targetId)}`;
}

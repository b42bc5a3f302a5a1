import { describeNode, isSafeUrl, urlsOf, type PlanNode } from '@changemap/core';
import type { PlanDocument } from '../format.js';
import type { ImportIssue } from './types.js';

/**
 * Removes every link that is not a plain web or email address (javascript:, data:, encoded or
 * disguised variants) from the schema-valid document, and reports each as an `unsafe-url` error
 * naming its place. The rest of the plan opens: one bad link never costs the user the whole file.
 * The document is the import's own copy, so it is changed in place.
 */
export function removeUnsafeUrls(document: PlanDocument): ImportIssue[] {
  const issues: ImportIssue[] = [];
  document.nodes.forEach((node, index) => {
    const unsafe = urlsOf(node).filter(([, url]) => !isSafeUrl(url));
    // Last first, so removing one list item does not move the next one found.
    for (const [path] of [...unsafe].reverse()) remove(node, path.split('/'));
    for (const [path, url] of unsafe) {
      issues.push({
        code: 'unsafe-url',
        severity: 'error',
        message: `The link “${String(url).slice(0, 80)}” in field “${path.replace(/\//g, '.')}” of ${describeNode(node as PlanNode)} is not a web or email address, so it was removed.`,
        nodeIds: [node.id],
        edgeIds: [],
        path: `/nodes/${index}/${path}`,
        hint: 'Links must start with https://, http:// or mailto:. Enter the right address, then save.',
      });
    }
  });
  return issues;
}

function remove(root: object, path: readonly string[]): void {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string, unknown>)[key];
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<string, unknown>)[last];
}

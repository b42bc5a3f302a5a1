import type { PlanNode } from '@changemap/core';

/** Escapes Markdown and HTML so that a title renders as the words it holds, on one line. */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/\r?\n|[\u2028\u2029]/g, ' ');
}

/**
 * Prefixes a cell that a spreadsheet would run as a formula (=, +, -, @) with an apostrophe, so an
 * exported plan cannot carry a spreadsheet attack.
 */
export function defuse(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The nodes without repeats, in first-seen order. */
export function unique(nodes: readonly PlanNode[]): PlanNode[] {
  return [...new Map(nodes.map((n) => [n.id, n])).values()];
}

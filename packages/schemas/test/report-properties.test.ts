import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Table } from '@changemap/core';
import { exportDot } from '../src/export/dot.js';
import { exportMarkdown } from '../src/export/markdown.js';
import { exportMermaid } from '../src/export/mermaid.js';
import { exportNarrativeMarkdown } from '../src/export/narrative.js';
import { md } from '../src/export/text.js';
import { validPlanArb } from './arbitraries.js';

describe('reports of any plan', () => {
  it('name every box in the Markdown report, and no export throws', () => {
    fc.assert(
      fc.property(validPlanArb, fc.boolean(), (generated, declareLevels) => {
        // Declared levels that leave some kinds without a level, with some boxes placed on them.
        const plan = declareLevels
          ? {
              ...generated,
              levels: [
                { id: 'doing', title: 'Doing' },
                { id: 'changing', title: 'Changing' },
              ],
              nodes: Table.fromValues(generated.nodes.toArray().map((n, i) => (i % 2 === 0 ? { ...n, level: 'doing' } : n))),
            }
          : generated;
        const report = exportMarkdown(plan);
        for (const node of plan.nodes.values()) expect(report, node.id).toContain(md(node.title));
        exportNarrativeMarkdown(plan);
        exportMermaid(plan);
        exportDot(plan);
      }),
      { numRuns: 200 },
    );
  });
});

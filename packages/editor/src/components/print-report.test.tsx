import { render } from '@testing-library/react';
import ElkBundled from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { describe, expect, it } from 'vitest';
import { Table, WHOLE_PLAN_VIEW, type Plan } from '@changemap/core';
import { layOutBoard } from '../export/board-layout.js';
import { EditorStore } from '../state/editor-store.js';
import { PrintReport, printViews, type PrintSet } from './PrintReport.js';

const base = { id: 'p', title: 'Plan', views: {} };
const elk = new ElkBundled();
const run = (graph: ElkNode) => elk.layout(graph);

async function printSet(plan: Plan, viewIds: string[]): Promise<PrintSet> {
  const boards = [];
  for (const viewId of viewIds) boards.push({ viewId, board: await layOutBoard(plan, viewId, run) });
  return { plan, date: '2026-11-28', boards };
}

const decoded = (img: Element) => decodeURIComponent(img.getAttribute('src')!);

describe('PrintReport', () => {
  it('prints the open view; the whole plan prints every call to action, or itself when it has none', () => {
    expect(printViews({} as Plan, 'cta-3', ['cta-1', 'cta-3'])).toEqual(['cta-3']);
    expect(printViews({} as Plan, WHOLE_PLAN_VIEW, ['cta-1', 'cta-3'])).toEqual(['cta-1', 'cta-3']);
    expect(printViews({} as Plan, WHOLE_PLAN_VIEW, [])).toEqual([WHOLE_PLAN_VIEW]);
  });

  it('heads each page with the plan’s title and the date, the views in the order given, each picture with its legend', async () => {
    const plan: Plan = {
      ...base,
      nodes: Table.fromValues([
        { id: 'b', kind: 'callToAction', title: 'Second', number: 2 },
        { id: 'a', kind: 'callToAction', title: 'First', number: 1 },
        { id: 'o', kind: 'outcome', title: 'An outcome' },
      ]),
      edges: Table.fromValues([{ id: 'e', kind: 'contributesTo', source: 'o', target: 'a' }]),
    };
    const set = await printSet(plan, ['a', 'b']);
    const { container } = render(<PrintReport store={new EditorStore(plan)} set={set} />);
    const pages = [...container.querySelectorAll('.print-page')];
    expect(pages.map((p) => p.getAttribute('data-view'))).toEqual(['a', 'b']);
    expect(pages[0]!.querySelector('h1')!.textContent).toBe('Plan · 2026-11-28');
    expect(pages[0]!.querySelector('h2')!.textContent).toBe('1. First');
    expect(pages[0]!.className).toContain('page-A4-');
    expect(decoded(pages[0]!.querySelector('img')!)).toContain('An outcome');
    expect(decoded(pages[0]!.querySelector('img')!)).toContain('class="legend"');
  });

  it('tiles a large view across pages without its legend, then prints the legend whole on a page of its own', async () => {
    // A long chain of outcomes, each its own level: far too wide for one readable page.
    const count = 14;
    const levels = Array.from({ length: count }, (_, i) => ({ id: `l${i}`, title: `Level ${i + 1}` }));
    const plan = {
      ...base,
      nodes: Table.fromValues(
        Array.from({ length: count }, (_, i) => ({ id: `o${i}`, kind: 'outcome' as const, title: `Outcome number ${i + 1} of a long chain`, level: `l${i}` })),
      ),
      edges: Table.fromValues(
        Array.from({ length: count - 1 }, (_, i) => ({ id: `e${i}`, kind: 'contributesTo' as const, source: `o${i}`, target: `o${i + 1}` })),
      ),
      levels,
    } as unknown as Plan;
    const set = await printSet(plan, [WHOLE_PLAN_VIEW]);
    const { container } = render(<PrintReport store={new EditorStore(plan)} set={set} />);
    const pages = [...container.querySelectorAll('.print-page')];
    expect(pages.length).toBeGreaterThan(2);
    const last = pages.at(-1)!;
    expect(last.className).toContain('print-legend');
    expect(last.querySelector('h2')!.textContent).toBe('Whole plan — legend');
    expect(decoded(last.querySelector('img')!)).toContain('class="legend"');
    for (const page of pages.slice(0, -1)) {
      expect(page.querySelector('h2')!.textContent).toMatch(/^Whole plan — part \d+ of \d+/);
      expect(decoded(page.querySelector('img')!)).not.toContain('class="legend"');
    }
  });

  it('without prepared pictures (the browser’s own Print menu) says how to print the picture', () => {
    const plan: Plan = { ...base, nodes: Table.fromValues([{ id: 'v', kind: 'vision', title: 'A vision' }]), edges: Table.fromValues([]) };
    const { container } = render(<PrintReport store={new EditorStore(plan)} set={undefined} />);
    expect(container.textContent).toContain('use the Print button');
  });
});

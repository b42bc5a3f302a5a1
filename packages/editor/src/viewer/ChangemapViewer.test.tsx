import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Table, WHOLE_PLAN_VIEW, type Plan } from '@changemap/core';
import { ChangemapViewer } from './ChangemapViewer.js';

beforeAll(() => {
  // jsdom measures nothing; React Flow only needs the observer to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

/** Two calls to action, numbered out of order in the file, each view already laid out (no layout engine runs). */
function plan(): Plan {
  const place = (ids: string[]) => ({ positions: Object.fromEntries(ids.map((id, i) => [id, { x: i * 300, y: 0 }])) });
  return {
    id: 't',
    title: 'Partnership plan',
    period: '2023–2028',
    nodes: Table.fromValues([
      { id: 'v', kind: 'vision', title: 'A fairer borough' },
      { id: 'cta2', kind: 'callToAction', title: 'Safe homes', number: 2 },
      { id: 'cta1', kind: 'callToAction', title: 'Healthy lives', number: 1 },
      { id: 'o', kind: 'outcome', title: 'Fewer families go hungry', description: 'Food insecurity falls in every ward.' },
      {
        id: 'i',
        kind: 'indicator',
        title: 'Households using food banks',
        unit: '%',
        baseline: { value: 12, date: '2022' },
        dataSource: { name: 'Council survey' },
      },
      { id: 'h', kind: 'outcome', title: 'Warmer homes' },
    ]),
    edges: Table.fromValues([
      { id: 'c1', kind: 'contributesTo', source: 'cta1', target: 'v' },
      { id: 'c2', kind: 'contributesTo', source: 'cta2', target: 'v' },
      { id: 'c3', kind: 'contributesTo', source: 'o', target: 'cta1' },
      { id: 'c4', kind: 'contributesTo', source: 'h', target: 'cta2' },
      { id: 'm1', kind: 'measures', source: 'i', target: 'o' },
    ]),
    views: { cta1: place(['cta1', 'o', 'i']), cta2: place(['cta2', 'h']), [WHOLE_PLAN_VIEW]: place(['v', 'cta2', 'cta1', 'o', 'i', 'h']) },
  };
}

describe('ChangemapViewer', () => {
  it('shows the plan’s title and its calls to action in their numbered order, then the whole plan', () => {
    render(<ChangemapViewer plan={plan()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Partnership plan' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Calls to action' });
    expect(
      within(nav)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['1. Healthy lives', '2. Safe homes', 'Whole plan']);
    expect(within(nav).getByRole('button', { name: '1. Healthy lives' }).getAttribute('aria-current')).toBe('page');
  });

  it('moves between calls to action and tells the host', () => {
    const onViewChange = vi.fn();
    const { container } = render(<ChangemapViewer plan={plan()} onViewChange={onViewChange} />);
    fireEvent.click(screen.getByRole('button', { name: '2. Safe homes' }));
    expect(onViewChange).toHaveBeenCalledWith('cta2');
    expect(screen.getByRole('button', { name: '2. Safe homes' }).getAttribute('aria-current')).toBe('page');
    expect(container.querySelector('.react-flow__node[data-id="h"]')).not.toBeNull();
    expect(container.querySelector('.react-flow__node[data-id="o"]')).toBeNull();
  });

  it('draws boxes that cannot be dragged or deleted', () => {
    const { container } = render(<ChangemapViewer plan={plan()} />);
    const box = container.querySelector('.react-flow__node[data-id="o"]')!;
    expect(box).not.toBeNull();
    expect(box.classList.contains('draggable')).toBe(false);
    fireEvent.click(box);
    fireEvent.keyDown(box, { key: 'Delete' });
    expect(container.querySelector('.react-flow__node[data-id="o"]')).not.toBeNull();
  });

  it('finds boxes by words of their description, and a match opens its details with its indicator', async () => {
    const { container } = render(<ChangemapViewer plan={plan()} view="cta2" />);
    fireEvent.change(screen.getByLabelText('Search boxes'), { target: { value: 'INSECURITY ward' } });
    const results = await screen.findByRole('list', { name: 'Matching boxes' });
    expect(screen.getByText('1 box matches.').getAttribute('role')).toBe('status');
    // The match is outlined on the diagram through the viewer's own style rules.
    expect(container.querySelector('style')!.textContent).toContain('[data-id="o"]');
    await act(async () => fireEvent.click(within(results).getByRole('button', { name: /Fewer families go hungry/ })));
    // Escape in the search box clears it and closes the list.
    fireEvent.keyDown(screen.getByLabelText('Search boxes'), { key: 'Escape' });
    expect(screen.queryByRole('list', { name: 'Matching boxes' })).toBeNull();
    // The box is in call to action 1, which opens.
    expect(screen.getByRole('button', { name: '1. Healthy lives' }).getAttribute('aria-current')).toBe('page');
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('heading', { name: 'Fewer families go hungry' })).toBeTruthy();
    expect(within(details).getByText('Food insecurity falls in every ward.')).toBeTruthy();
    fireEvent.click(within(details).getByRole('button', { name: /Households using food banks/ }));
    expect(within(details).getByText('12 % (2022)')).toBeTruthy();
    expect(within(details).getByText('Council survey')).toBeTruthy();
  });

  it('sums up the checker’s findings for the whole plan and the open view', () => {
    render(<ChangemapViewer plan={plan()} view="cta2" />);
    const findings = screen.getByRole('region', { name: 'Checker’s findings' });
    // “Warmer homes” has no indicator: a warning in this view.
    expect(findings.textContent).toMatch(/This view: 0 errors, [1-9]\d* warnings?/);
    fireEvent.click(within(findings).getByText(/Findings in this view/));
    expect(within(findings).getByText(/Warmer homes/)).toBeTruthy();
  });

  it('never changes the plan it was given', () => {
    const given = plan();
    const before = JSON.stringify({ nodes: given.nodes.toArray(), edges: given.edges.toArray(), views: given.views });
    render(<ChangemapViewer plan={given} />);
    fireEvent.click(screen.getByRole('button', { name: 'Whole plan' }));
    expect(JSON.stringify({ nodes: given.nodes.toArray(), edges: given.edges.toArray(), views: given.views })).toBe(before);
  });
});

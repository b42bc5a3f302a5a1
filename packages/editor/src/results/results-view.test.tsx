import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Table, type IndicatorNode, type Plan } from '@changemap/core';
import { EditorStore } from '../state/editor-store.js';
import { EditorContext } from '../state/use-editor.js';
import { ResultsView } from './ResultsView.js';

function plan(): Plan {
  return {
    id: 't',
    title: 'T',
    nodes: Table.fromValues([
      { id: 'cta', kind: 'callToAction', title: 'Healthier borough', number: 2 },
      { id: 'o', kind: 'outcome', title: 'Fewer children obese' },
      {
        id: 'i-b',
        kind: 'indicator',
        title: 'Bravo obesity',
        direction: 'decrease',
        baseline: { value: 26, date: '2020' },
        target: { value: 20, date: '2030' },
        measurements: [{ value: 23, date: '2024' }],
      },
      {
        id: 'i-a',
        kind: 'indicator',
        title: 'Alpha activity',
        direction: 'increase',
        baseline: { value: 40, date: '2020' },
        target: { value: 50, date: '2030' },
        measurements: [{ value: 39, date: '2024' }],
      },
      { id: 'i-c', kind: 'indicator', title: 'Charlie unlinked' },
    ]),
    edges: Table.fromValues([
      { id: 'c', kind: 'contributesTo', source: 'o', target: 'cta' },
      { id: 'm1', kind: 'measures', source: 'i-b', target: 'o' },
      { id: 'm2', kind: 'measures', source: 'i-a', target: 'o' },
    ]),
    views: {},
  };
}

function renderView(store = new EditorStore(plan(), 'cta')) {
  render(
    <EditorContext.Provider value={store}>
      <ResultsView />
    </EditorContext.Provider>,
  );
  return store;
}

const rowTitles = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('button')[0]!.textContent);

describe('ResultsView', () => {
  it('shows every indicator with its status in words, and sorts by a header both ways', () => {
    renderView();
    expect(rowTitles()).toEqual(['Bravo obesity', 'Alpha activity', 'Charlie unlinked']);
    const bravo = screen.getAllByRole('row')[1]!;
    expect(bravo.textContent).toContain('Fewer children obese');
    expect(bravo.textContent).toContain('2 Healthier borough');
    expect(bravo.textContent).toContain('On track');
    expect(screen.getAllByRole('row')[2]!.textContent).toContain('Off track');

    const header = screen.getByRole('button', { name: /^Indicator/ });
    act(() => void fireEvent.click(header));
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(rowTitles()).toEqual(['Alpha activity', 'Bravo obesity', 'Charlie unlinked']);
    act(() => void fireEvent.click(header));
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(rowTitles()).toEqual(['Charlie unlinked', 'Bravo obesity', 'Alpha activity']);

    // Status sorts worst first.
    act(() => void fireEvent.click(screen.getByRole('button', { name: /^Status/ })));
    expect(rowTitles()[0]).toBe('Alpha activity');
  });

  it('filters by words, status and call to action, and says how many are shown', () => {
    renderView();
    act(() => void fireEvent.change(screen.getByLabelText('Find'), { target: { value: 'OBESITY' } }));
    expect(rowTitles()).toEqual(['Bravo obesity']);
    expect(screen.getByRole('status').textContent).toBe('1 of 3 indicators');
    act(() => void fireEvent.change(screen.getByLabelText('Find'), { target: { value: '' } }));
    act(() => void fireEvent.change(screen.getByTestId('results-status'), { target: { value: 'offTrack' } }));
    expect(rowTitles()).toEqual(['Alpha activity']);
    act(() => void fireEvent.change(screen.getByTestId('results-status'), { target: { value: '' } }));
    act(() => void fireEvent.change(screen.getByTestId('results-cta'), { target: { value: 'cta' } }));
    expect(rowTitles()).toEqual(['Bravo obesity', 'Alpha activity']);
  });

  it('edits a target in place as one undoable command, and refuses what is not a number', () => {
    const store = renderView();
    const target = screen.getByLabelText('Target of “Alpha activity”') as HTMLInputElement;
    expect(target.value).toBe('50');
    act(() => void fireEvent.change(target, { target: { value: '38' } }));
    act(() => void fireEvent.keyDown(target, { key: 'Enter' }));
    const indicator = () => store.getSnapshot().plan.nodes.get('i-a') as IndicatorNode;
    expect(indicator().target).toEqual({ value: 38, date: '2030' });
    expect(screen.getAllByRole('row')[2]!.textContent).toContain('Target met');
    act(() => store.undo());
    expect(indicator().target).toEqual({ value: 50, date: '2030' });
    expect(target.value).toBe('50');

    act(() => void fireEvent.change(target, { target: { value: 'lots' } }));
    act(() => void fireEvent.blur(target));
    expect(screen.getByRole('alert').textContent).toBe('Enter a number, e.g. 42 or 26.7.');
    expect(indicator().target).toEqual({ value: 50, date: '2030' });
    expect(store.getSnapshot().canUndo).toBe(false);
  });
});

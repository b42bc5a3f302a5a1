import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Table, type ActionNode, type IndicatorNode, type Plan } from '@changemap/core';
import { EditorStore } from '../state/editor-store.js';
import { EditorContext } from '../state/use-editor.js';
import { describeCurve, getCurveData, niceTicks } from './curve-geometry.js';
import { previewIndicatorImport } from './import-preview.js';
import { ProgressSection } from './ProgressSection.js';

const obesity: IndicatorNode = {
  id: 'i',
  kind: 'indicator',
  title: 'Year 6 obesity',
  unit: '%',
  direction: 'decrease',
  area: { code: 'E09000030', name: 'Tower Hamlets' },
  baseline: { value: 27, date: '2019/20' },
  target: { value: 20, date: '2029/30' },
  measurements: [
    { value: 26, date: '2020/21', lowerCi: 25, upperCi: 27 },
    { value: 24, date: '2021/22', lowerCi: 23, upperCi: 25 },
    { value: 22, date: '2022/23', lowerCi: 21, upperCi: 23 },
  ],
  comparatorSeries: [
    {
      code: 'E92000001',
      name: 'England',
      measurements: [
        { value: 22.7, date: '2022/23' },
        { value: 23.4, date: '2021/22' },
      ],
    },
  ],
};

const action: ActionNode = { id: 'a', kind: 'action', title: 'Daily mile in schools', status: 'planned' };

function storeWith(...nodes: (IndicatorNode | ActionNode)[]): EditorStore {
  const plan: Plan = { id: 'p', title: 'P', nodes: Table.fromValues(nodes), edges: Table.fromValues([]), views: {} };
  return new EditorStore(plan, 'whole');
}

function renderNode(store: EditorStore, id: string) {
  const Current = () => <ProgressSection node={store.getSnapshot().plan.nodes.get(id)!} />;
  const view = render(
    <EditorContext.Provider value={store}>
      <Current />
    </EditorContext.Provider>,
  );
  return () =>
    view.rerender(
      <EditorContext.Provider value={store}>
        <Current />
      </EditorContext.Provider>,
    );
}

describe('the turn-the-curve chart', () => {
  it('spans every figure drawn, intervals and target included', () => {
    const data = getCurveData(obesity)!;
    expect(data.own).toHaveLength(3);
    expect(data.yDomain[0]).toBeLessThan(20);
    expect(data.yDomain[1]).toBeGreaterThan(27);
    expect(data.xDomain[1]).toBeGreaterThan(data.target!.x!);
    expect(data.comparators[0]!.points.map((p) => p.label)).toEqual(['2021/22', '2022/23']);
    expect(getCurveData({ ...obesity, measurements: [] })).toBeUndefined();
  });

  it('says every figure in words', () => {
    expect(describeCurve(obesity, getCurveData(obesity)!)).toBe(
      'Tower Hamlets: 3 readings, from 26 % in 2020/21 to 22 % in 2022/23 (95% confidence interval 21 to 23). Baseline 27 % in 2019/20. Target 20 % by 2029/30. England: 22.7 % in 2022/23.',
    );
  });

  it('ticks at round numbers', () => {
    expect(niceTicks(18.4, 27.6, 4)).toEqual([20, 22, 24, 26]);
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(5, 5)).toEqual([5]);
  });
});

describe('ProgressSection', () => {
  it('shows an indicator’s status in words with its chart and a table of the figures', () => {
    renderNode(storeWith(obesity), 'i');
    const progress = screen.getByRole('region', { name: 'Progress' });
    expect(progress.textContent).toContain('Target: On track');
    expect(progress.textContent).toContain('Trend: Improving');
    expect(progress.textContent).toContain('vs England: Similar');
    const chart = within(progress).getByRole('img', { name: 'Turn-the-curve chart of “Year 6 obesity”' });
    expect(chart.querySelectorAll('circle.reading')).toHaveLength(3);
    expect(chart.querySelectorAll('.whisker')).toHaveLength(3);
    expect(within(progress).getAllByRole('row')).toHaveLength(4);
    expect(within(progress).getByRole('button', { name: 'Import data…' })).toBeTruthy();
  });

  it('adds a delivery update to an action as one undo step and shows it newest first', () => {
    const store = storeWith(action);
    const refresh = renderNode(store, 'a');
    const delivery = screen.getByRole('region', { name: 'Delivery' });
    expect(delivery.textContent).toContain('Status: Planned');
    act(() => void fireEvent.change(within(delivery).getByLabelText('Date'), { target: { value: '2025-01-31' } }));
    act(() => void fireEvent.change(within(delivery).getByLabelText('Status'), { target: { value: 'inProgress' } }));
    act(() => void fireEvent.change(within(delivery).getByLabelText('What happened'), { target: { value: 'Six schools signed up.' } }));
    act(() => void fireEvent.change(within(delivery).getByLabelText('Reported by'), { target: { value: 'Public health' } }));
    act(() => void fireEvent.click(within(delivery).getByRole('button', { name: 'Add update' })));
    act(refresh);
    act(() => void fireEvent.change(within(delivery).getByLabelText('Date'), { target: { value: '2025-06-30' } }));
    act(() => void fireEvent.change(within(delivery).getByLabelText('Status'), { target: { value: 'done' } }));
    act(() => void fireEvent.click(within(delivery).getByRole('button', { name: 'Add update' })));
    act(refresh);
    const saved = store.getSnapshot().plan.nodes.get('a') as ActionNode;
    expect(saved.status).toBe('done');
    expect(saved.delivery).toEqual([
      { date: '2025-01-31', status: 'inProgress', note: 'Six schools signed up.', by: 'Public health' },
      { date: '2025-06-30', status: 'done', by: 'Public health' },
    ]);
    const items = within(screen.getByRole('list', { name: /Delivery updates/ })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.slice(0, 10))).toEqual(['2025-06-30', '2025-01-31']);
    expect(screen.getByRole('region', { name: 'Delivery' }).textContent).toContain('Status: Done');
    act(() => store.undo());
    expect((store.getSnapshot().plan.nodes.get('a') as ActionNode).delivery).toHaveLength(1);
  });

  it('refuses an update without a date and changes nothing', () => {
    const store = storeWith(action);
    renderNode(store, 'a');
    const delivery = screen.getByRole('region', { name: 'Delivery' });
    act(() => void fireEvent.change(within(delivery).getByLabelText('Date'), { target: { value: '' } }));
    act(() => void fireEvent.click(within(delivery).getByRole('button', { name: 'Add update' })));
    expect(within(delivery).getByRole('alert').textContent).toBe('Enter the date of the update, e.g. 2025-03-31.');
    expect(store.getSnapshot().canUndo).toBe(false);
  });
});

describe('previewIndicatorImport', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const plan = () => storeWith({ ...obesity, measurements: [], comparatorSeries: [] }).getSnapshot().plan;

  it('names the layout, the column mapping, the areas and the refused rows, changing nothing', () => {
    const file = 'GSS Code,Area,Year,Value\nE09000030,Tower Hamlets,2023,21.5\nE09000030,Tower Hamlets,2024,abc\nE92000001,England,2023,22.1\n';
    const before = plan();
    const preview = previewIndicatorImport(before, bytes(file), 'i', 'obesity.csv', { compare: ['E92000001'] });
    expect(preview.layout).toBe('a table read through a column map');
    expect(preview.mapping).toEqual([
      { header: 'GSS Code', readAs: 'Area code' },
      { header: 'Area', readAs: 'Area name' },
      { header: 'Year', readAs: 'Period' },
      { header: 'Value', readAs: 'Value' },
    ]);
    expect(preview.areas).toEqual([
      { code: 'E09000030', name: 'Tower Hamlets' },
      { code: 'E92000001', name: 'England' },
    ]);
    expect(preview.refused).toEqual([{ row: 3, reason: expect.stringContaining('not a number') }]);
    expect(preview.series.map((s) => [s.role, s.code, s.readings])).toEqual([
      ['indicator', 'E09000030', 1],
      ['comparator', 'E92000001', 1],
    ]);
    expect(preview.command).toBeDefined();
    expect((before.nodes.get('i') as IndicatorNode).measurements).toEqual([]);
  });

  it('says why nothing can be imported in the dialog’s words, and offers no command', () => {
    const preview = previewIndicatorImport(plan(), bytes('Colour,Size\nred,3\n'), 'i', 'x.csv');
    expect(preview.command).toBeUndefined();
    expect(preview.errors[0]).toContain('not a layout Changemap recognises');
    expect(preview.errors[0]).toContain('the column map');
    expect(preview.errors[0]).not.toContain('--map');
    const mapped = previewIndicatorImport(plan(), bytes('When,Figure\n2023,4\n'), 'i', 'x.csv', { map: 'period=When,value=Figure' });
    expect(mapped.command).toBeDefined();
    expect(mapped.mapping).toEqual([
      { header: 'When', readAs: 'Period' },
      { header: 'Figure', readAs: 'Value' },
    ]);
    expect(previewIndicatorImport(plan(), bytes('When,Figure\n2023,4\n'), 'i', 'x.csv', { map: 'colour=When' }).errors[0]).toContain('name=header pairs');
  });
});

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Table, type Plan } from '@changemap/core';
import { EditorStore } from '../state/editor-store.js';
import { EditorContext } from '../state/use-editor.js';
import { Inspector } from './Inspector.js';
import { ProblemsPanel } from './ProblemsPanel.js';

function plan(): Plan {
  return {
    id: 't',
    title: 'T',
    nodes: Table.fromValues([
      { id: 'v', kind: 'vision', title: 'Vision' },
      { id: 'cta', kind: 'callToAction', title: 'CTA', number: 1 },
      { id: 'o', kind: 'outcome', title: 'Healthier children' },
      { id: 'i', kind: 'indicator', title: 'Year 6 obesity', direction: 'decrease', baseline: { value: 45 }, dataSource: { name: 'NCMP' } },
    ]),
    edges: Table.fromValues([
      { id: 'c1', kind: 'contributesTo', source: 'cta', target: 'v' },
      { id: 'c2', kind: 'contributesTo', source: 'o', target: 'cta' },
    ]),
    views: {},
  };
}

function renderWith(store: EditorStore, ui: React.ReactNode) {
  return render(<EditorContext.Provider value={store}>{ui}</EditorContext.Provider>);
}

describe('Inspector', () => {
  it('shows every field of the selected indicator and edits them as undoable steps', () => {
    const store = new EditorStore(plan(), 'cta');
    store.select('i');
    renderWith(store, <Inspector />);
    for (const label of [
      'Title',
      'Unit',
      'Better if it goes',
      'Baseline value',
      'Baseline date',
      'Target value',
      'Target date',
      'Data source',
      'Source link',
      'Compared with (comma-separated)',
      'Source document',
    ]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    fireEvent.change(screen.getByLabelText('Target value'), { target: { value: '40' } });
    expect(store.getSnapshot().plan.nodes.get('i')).toMatchObject({ target: { value: 40 } });
    fireEvent.change(screen.getByLabelText('Compared with (comma-separated)'), { target: { value: 'London, England' } });
    expect(store.getSnapshot().plan.nodes.get('i')).toMatchObject({ comparators: ['London', 'England'] });
    act(() => store.undo());
    expect(store.getSnapshot().plan.nodes.get('i')).not.toHaveProperty('comparators');
  });

  it('refuses a number that is not a number and a link that is not web or email, without changing the plan', () => {
    const store = new EditorStore(plan(), 'cta');
    store.select('i');
    renderWith(store, <Inspector />);
    const before = store.getSnapshot().plan;
    fireEvent.change(screen.getByLabelText('Baseline value'), { target: { value: 'forty' } });
    expect(screen.getByRole('alert').textContent).toBe('Enter a number, e.g. 42 or 26.7.');
    fireEvent.change(screen.getByLabelText('Source link'), { target: { value: 'javascript:alert(1)' } });
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('Enter a full web address starting with https:// (or mailto: for email).');
    fireEvent.change(screen.getByLabelText('Target date'), { target: { value: 'next year' } });
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('Enter a year or period, e.g. 2022, 2021/22 or 2023-03-31.');
    expect(store.getSnapshot().plan).toBe(before);
    fireEvent.change(screen.getByLabelText('Target date'), { target: { value: '2021/22' } });
    expect(store.getSnapshot().plan.nodes.get('i')).toMatchObject({ target: { date: '2021/22' } });
  });

  it('edits the plan’s title, period and description when nothing is selected, each as one undo step', () => {
    const store = new EditorStore(plan(), 'cta');
    renderWith(store, <Inspector />);
    expect(screen.getByText('Select a box or a link to see and edit its details.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Tower Hamlets Partnership Plan' } });
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '2023-2028' } });
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'How partners will work together.' } });
    expect(store.getSnapshot().plan).toMatchObject({
      title: 'Tower Hamlets Partnership Plan',
      period: '2023-2028',
      description: 'How partners will work together.',
    });
    act(() => store.undo());
    expect(store.getSnapshot().plan.description).toBeUndefined();
    expect((screen.getByLabelText('Description') as HTMLTextAreaElement).value).toBe('');
  });
});

describe('ProblemsPanel', () => {
  it('groups the open view’s problems by severity with their hints, and updates live', () => {
    const store = new EditorStore(plan(), 'cta');
    renderWith(store, <ProblemsPanel />);
    expect(screen.getByText('Warnings (1)')).toBeTruthy();
    expect(screen.getByText('The outcome “Healthier children” has no indicator, so progress on it cannot be shown.')).toBeTruthy();
    expect(screen.getByText('Add an indicator and link it to the outcome with a “measures” link.')).toBeTruthy();
    // The indicator measuring nothing is outside this view until the whole plan is shown.
    expect(screen.queryByText(/does not measure anything/)).toBeNull();
    fireEvent.click(screen.getByLabelText('Whole plan'));
    expect(screen.getByText('The indicator “Year 6 obesity” does not measure anything.')).toBeTruthy();
    act(() => void store.apply({ type: 'connect', edge: { id: 'm', kind: 'measures', source: 'i', target: 'o' } }));
    expect(screen.queryByText(/has no indicator/)).toBeNull();
  });

  it('selects the box a problem is about when it is clicked', () => {
    const store = new EditorStore(plan(), 'cta');
    renderWith(store, <ProblemsPanel />);
    fireEvent.click(screen.getByText('The outcome “Healthier children” has no indicator, so progress on it cannot be shown.'));
    expect(store.getSnapshot().selectedNodeId).toBe('o');
    expect(store.getSnapshot().focus?.nodeId).toBe('o');
  });
});

describe('Checker settings (in the problems panel)', () => {
  it('switches a rule off as one undoable edit saved in the plan, and its findings go and come back', () => {
    const store = new EditorStore(plan(), 'cta');
    renderWith(store, <ProblemsPanel />);
    fireEvent.click(screen.getByText(/^Checker settings/));
    const grade = screen.getByLabelText('Every outcome is measured by at least one indicator.');
    expect((grade as HTMLSelectElement).value).toBe('');
    expect(within(grade).getByRole('option', { name: 'Default (warning)', selected: true })).toBeTruthy();
    fireEvent.change(grade, { target: { value: 'off' } });
    expect(store.getSnapshot().plan.checker).toEqual({ rules: { 'outcome-without-indicator': 'off' } });
    expect(screen.queryByText(/has no indicator/)).toBeNull();
    act(() => store.undo());
    expect(store.getSnapshot().plan.checker).toBeUndefined();
    expect(screen.getByText('The outcome “Healthier children” has no indicator, so progress on it cannot be shown.')).toBeTruthy();
    expect((screen.getByLabelText('Every outcome is measured by at least one indicator.') as HTMLSelectElement).value).toBe('');
  });

  it('chooses the profile and regrades a rule: a programme asks for no vision', () => {
    const noVision = plan();
    noVision.nodes = noVision.nodes.delete('v');
    noVision.edges = noVision.edges.delete('c1');
    const store = new EditorStore(noVision, 'cta');
    renderWith(store, <ProblemsPanel />);
    fireEvent.click(screen.getByLabelText('Whole plan'));
    expect(screen.getByText('The plan has no vision.')).toBeTruthy();
    fireEvent.click(screen.getByText(/^Checker settings/));
    const profile = screen.getByLabelText('Profile') as HTMLSelectElement;
    expect(profile.value).toBe('');
    expect(screen.getByRole('option', { name: 'From the plan (now: partnership plan)' })).toBeTruthy();
    fireEvent.change(profile, { target: { value: 'programme' } });
    expect(store.getSnapshot().plan.checker).toEqual({ profile: 'programme' });
    expect(screen.queryByText('The plan has no vision.')).toBeNull();
    fireEvent.change(screen.getByLabelText('Every indicator measures something in the plan.'), { target: { value: 'error' } });
    expect(store.getSnapshot().plan.checker?.rules).toEqual({ 'indicator-unlinked': 'error' });
    expect(screen.getByText('Errors (1)')).toBeTruthy();
    expect(screen.getByText('· 1 changed for this plan')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Rules back to the defaults' }));
    expect(store.getSnapshot().plan.checker).toEqual({ profile: 'programme' });
    expect(screen.queryByText('Errors (1)')).toBeNull();
    fireEvent.change(profile, { target: { value: '' } });
    expect(store.getSnapshot().plan.checker).toBeUndefined();
    expect(screen.getByText('The plan has no vision.')).toBeTruthy();
  });

  it('sets the confidence threshold when the number is from 0 to 100, and says what is wrong otherwise', () => {
    const store = new EditorStore(plan(), 'cta');
    renderWith(store, <ProblemsPanel />);
    fireEvent.click(screen.getByText(/^Checker settings/));
    const input = screen.getByLabelText(/Report causal links with confidence below/);
    fireEvent.change(input, { target: { value: '140' } });
    fireEvent.blur(input);
    expect(screen.getByText('Enter a number from 0 to 100.')).toBeTruthy();
    expect(store.getSnapshot().plan.checker).toBeUndefined();
    fireEvent.change(input, { target: { value: '60' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(store.getSnapshot().plan.checker).toEqual({ lowConfidenceThreshold: 60 });
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Table, type Plan } from '@changemap/core';
import { EditorStore } from '../state/editor-store.js';
import { EditorContext } from '../state/use-editor.js';
import { Legend } from './Legend.js';

/** A charity's theory of change: no calls to action, priorities or partners; one cause lowers its effect. */
function charityPlan(): Plan {
  return {
    id: 't',
    title: 'Warm homes',
    nodes: Table.fromValues([
      { id: 'a', kind: 'action', title: 'Home visits' },
      { id: 'o', kind: 'outcome', title: 'Fewer cold homes' },
      { id: 'r', kind: 'outcome', title: 'Energy prices rise' },
      { id: 'v', kind: 'vision', title: 'Nobody cold at home' },
    ]),
    edges: Table.fromValues([
      { id: 'c1', kind: 'contributesTo', source: 'a', target: 'o' },
      { id: 'c2', kind: 'contributesTo', source: 'r', target: 'o', sign: 'negative' },
      { id: 'c3', kind: 'contributesTo', source: 'o', target: 'v' },
    ]),
    views: {},
  };
}

function renderLegend(plan: Plan) {
  const store = new EditorStore(plan, 'plan');
  render(
    <EditorContext.Provider value={store}>
      <Legend />
    </EditorContext.Provider>,
  );
  return store;
}

describe('Legend', () => {
  it('explains only what the plan has: its kinds of box, its negative links, its groups without partners', () => {
    renderLegend(charityPlan());
    const kinds = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(kinds.some((text) => /Action$/.test(text))).toBe(true);
    expect(kinds.some((text) => /Call to action|Priority|Partner$/.test(text))).toBe(false);
    expect(screen.getByText(/the cause lowers its effect/)).toBeTruthy();
    expect(screen.getByText('12 actions')).toBeTruthy();
    expect(screen.queryByText(/partner/)).toBeNull();
  });

  it('speaks of partners and calls the groups partner actions when partners deliver the plan’s actions', () => {
    const plan = charityPlan();
    renderLegend({
      ...plan,
      nodes: Table.fromValues([...plan.nodes.toArray(), { id: 'p', kind: 'partner', title: 'Age UK' }]),
      edges: Table.fromValues([...plan.edges.toArray().filter((e) => e.id !== 'c2'), { id: 'd', kind: 'deliveredBy', source: 'a', target: 'p' }]),
    });
    expect(screen.getByText('12 partner actions')).toBeTruthy();
    expect(screen.queryByText(/the cause lowers its effect/)).toBeNull();
  });
});

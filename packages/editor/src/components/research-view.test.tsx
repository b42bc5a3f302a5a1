import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Table, type Plan } from '@changemap/core';
import { EditorStore } from '../state/editor-store.js';
import { EditorContext } from '../state/use-editor.js';
import { ResearchView } from './ResearchView.js';

function plan(): Plan {
  return {
    id: 't',
    title: 'T',
    nodes: Table.fromValues([
      { id: 'v', kind: 'vision', title: 'Vision' },
      { id: 'cta', kind: 'callToAction', title: 'CTA', number: 1 },
      { id: 'o1', kind: 'outcome', title: 'Children eat well' },
      { id: 'o2', kind: 'outcome', title: 'Families are better off' },
      { id: 'rq', kind: 'researchQuestion', title: 'Do free meals help?', theme: 'Food' },
      { id: 'as', kind: 'assumption', title: 'Families take up the offer', critical: true, uncertainty: 'high' },
    ]),
    edges: Table.fromValues([
      { id: 'c1', kind: 'contributesTo', source: 'cta', target: 'v' },
      { id: 'c2', kind: 'contributesTo', source: 'o1', target: 'cta' },
      { id: 'c3', kind: 'contributesTo', source: 'o2', target: 'cta' },
      { id: 'u', kind: 'underlies', source: 'as', target: 'o1' },
    ]),
    views: {},
  };
}

describe('ResearchView', () => {
  it('toggles an investigates link from the matrix and the gap list follows', () => {
    const store = new EditorStore(plan(), 'cta');
    render(
      <EditorContext.Provider value={store}>
        <ResearchView />
      </EditorContext.Provider>,
    );
    const gaps = () => Number(screen.getByTestId('gap-count').textContent);
    expect(gaps()).toBe(5); // two outcomes, their links to the call to action, the untested assumption
    const cell = screen.getByRole('switch', { name: 'Do free meals help? investigates Children eat well' });
    expect(cell.getAttribute('aria-checked')).toBe('false');
    act(() => void fireEvent.click(cell));
    expect(store.getSnapshot().plan.edges.get('investigates:rq:o1')).toMatchObject({ kind: 'investigates', source: 'rq', target: 'o1' });
    expect(cell.getAttribute('aria-checked')).toBe('true');
    expect(gaps()).toBe(3); // the outcome and its link are now covered by a question
    act(() => void fireEvent.click(cell));
    expect(gaps()).toBe(5);
    // Listed both as a gap and first among the assumptions to test.
    expect(screen.getByRole('button', { name: 'Critical assumption: Families take up the offer' })).toBeTruthy();
    expect(document.querySelector('.assumption-list li')?.textContent).toMatch(/^Families take up the offer — score 6, not tested$/);
  });
});

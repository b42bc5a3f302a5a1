import { Table, type Plan } from '@changemap/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EditorStore } from '../state/editor-store.js';
import { EditorContext } from '../state/use-editor.js';
import { SideTabs } from './SideTabs.js';

const plan: Plan = { id: 'p', title: 'Plan', nodes: Table.fromValues([{ id: 'o', kind: 'outcome', title: 'Outcome' }]), edges: Table.empty(), views: {} };

describe('SideTabs', () => {
  it('shows Problems first and moves between tabs with the arrow keys, Home and End, keeping every panel mounted', () => {
    render(
      <EditorContext.Provider value={new EditorStore(plan)}>
        <SideTabs />
      </EditorContext.Provider>,
    );
    const tab = (name: string) => screen.getByRole('tab', { name });
    expect(tab('Problems').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toContain('Problems');
    fireEvent.keyDown(tab('Problems'), { key: 'ArrowRight' });
    expect(tab('Comments').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Comments'));
    expect(screen.getByRole('tabpanel').textContent).toContain('Share the plan to comment');
    fireEvent.keyDown(tab('Comments'), { key: 'End' });
    expect(tab('Versions').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Versions'), { key: 'ArrowRight' });
    expect(tab('Problems').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Problems'), { key: 'ArrowLeft' });
    expect(tab('Versions').getAttribute('aria-selected')).toBe('true');
    // The hidden panels stay in the page (a draft or a comparison survives a look elsewhere).
    expect(document.querySelectorAll('[role="tabpanel"]')).toHaveLength(3);
  });
});

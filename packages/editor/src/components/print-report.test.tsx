import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Table, type Plan } from '@changemap/core';
import { EditorStore } from '../state/editor-store.js';
import { PrintReport } from './PrintReport.js';

const base = { id: 'p', title: 'Plan', views: {} };

describe('PrintReport', () => {
  it('prints each call to action in the plan’s numbered order, headed with the plan’s title and the date', () => {
    const plan: Plan = {
      ...base,
      nodes: Table.fromValues([
        { id: 'b', kind: 'callToAction', title: 'Second', number: 2 },
        { id: 'a', kind: 'callToAction', title: 'First', number: 1 },
        { id: 'o', kind: 'outcome', title: 'An outcome' },
      ]),
      edges: Table.fromValues([{ id: 'e', kind: 'contributesTo', source: 'o', target: 'a' }]),
    };
    const { container } = render(<PrintReport store={new EditorStore(plan)} />);
    const pages = [...container.querySelectorAll('.print-page')];
    expect(pages.map((p) => p.getAttribute('data-view'))).toEqual(['a', 'b']);
    expect(pages[0]!.querySelector('h1')!.textContent).toMatch(/^Plan · \d{4}-\d{2}-\d{2}$/);
    expect(pages[0]!.querySelector('h2')!.textContent).toBe('1. First');
    expect(pages[0]!.className).toContain('page-A4-');
  });

  it('prints the whole plan when it has no calls to action', () => {
    const plan: Plan = { ...base, nodes: Table.fromValues([{ id: 'v', kind: 'vision', title: 'A vision' }]), edges: Table.fromValues([]) };
    const { container } = render(<PrintReport store={new EditorStore(plan)} />);
    const pages = [...container.querySelectorAll('.print-page')];
    expect(pages).toHaveLength(1);
    expect(pages[0]!.querySelector('h2')!.textContent).toBe('Whole plan');
    expect(decodeURIComponent(pages[0]!.querySelector('img')!.getAttribute('src')!)).toContain('A vision');
  });
});

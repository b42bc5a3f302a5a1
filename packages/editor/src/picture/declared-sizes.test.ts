import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { FlowNode } from '../adapter/to-flow.js';
import { withDeclaredSizes, type DeclaredSizesCache } from './declared-sizes.js';
import type { MeasuredBox } from './picture-store.js';
import type { PictureNode } from './to-picture.js';

const box = (id: string): PictureNode => ({ id, type: 'outcome', position: { x: 0, y: 0 }, data: {} }) as unknown as FlowNode;
const measured = (width: number, height: number): MeasuredBox => ({
  width,
  height,
  handles: [
    { id: null, type: 'target', position: Position.Left, x: -4, y: height / 2 - 6, width: 12, height: 12 },
    { id: null, type: 'source', position: Position.Right, x: width - 8, y: height / 2 - 6, width: 12, height: 12 },
  ],
});

describe('boxes told their measured size', () => {
  it('gives React Flow the size and handle places the browser measured', () => {
    const [told] = withDeclaredSizes([box('a')], new Map([['a', measured(220, 90)]]), new WeakMap());
    expect(told!.measured).toEqual({ width: 220, height: 90 });
    expect(told!.handles).toHaveLength(2);
    expect(told!.handles![1]).toMatchObject({ type: 'source', x: 212, y: 39 });
  });

  it('leaves a box never measured, or measured without its handles, for React Flow to measure', () => {
    const a = box('a');
    const b = box('b');
    const [first, second] = withDeclaredSizes([a, b], new Map([['b', { width: 10, height: 10 }]]), new WeakMap());
    expect(first).toBe(a);
    expect(second).toBe(b);
  });

  it('makes the same object while the size is the same, a new one when it changes', () => {
    const cache: DeclaredSizesCache = new WeakMap();
    const a = box('a');
    const sizes = new Map([['a', measured(220, 90)]]);
    const [once] = withDeclaredSizes([a], sizes, cache);
    expect(withDeclaredSizes([a], sizes, cache)[0]).toBe(once);
    sizes.set('a', measured(220, 120));
    const [again] = withDeclaredSizes([a], sizes, cache);
    expect(again).not.toBe(once);
    expect(again!.measured).toEqual({ width: 220, height: 120 });
  });
});

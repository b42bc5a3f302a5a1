import { describe, expect, it } from 'vitest';
import type { DrawnBox, DrawnView } from './drawn-view.js';
import type { PictureLayout } from './picture-graph.js';
import { shownView } from './shown-view.js';

const view = (...ids: string[]): DrawnView => ({
  boxes: ids.map((id) => ({ id, type: 'group', level: 0 }) as unknown as DrawnBox),
  links: [],
  annotations: new Map() as unknown as DrawnView['annotations'],
  groups: [],
  foldedBoxes: new Set(),
});
const layoutOf = (...ids: string[]): PictureLayout =>
  ({ positions: new Map(ids.map((id) => [id, { x: 0, y: 0 }])), routes: new Map(), sizes: new Map() }) as unknown as PictureLayout;

describe('the view the canvas shows', () => {
  const folded = { viewId: 'v', drawn: view('a', 'group') };
  const unfolded = { viewId: 'v', drawn: view('a', 'b', 'c') };

  it('keeps the picture as last laid out while a layout of boxes it has not placed runs', () => {
    expect(shownView(folded, unfolded, layoutOf('a', 'group'), true)).toBe(folded);
  });

  it('shows the asked view once its layout has arrived', () => {
    expect(shownView(folded, unfolded, layoutOf('a', 'b', 'c'), true)).toBe(unfolded);
    expect(shownView(folded, unfolded, layoutOf('a', 'group'), false)).toBe(unfolded);
  });

  it('draws one new box at once (added by the officer, at its own spot), without waiting for the layout', () => {
    const added = { viewId: 'v', drawn: view('a', 'group', 'new') };
    expect(shownView(folded, added, layoutOf('a', 'group'), true)).toBe(added);
    // Also while the view's first layout still runs (the editor just opened).
    expect(shownView(folded, added, undefined, true)).toBe(added);
  });

  it('shows fewer boxes at once: folding needs no new places', () => {
    expect(shownView(unfolded, { viewId: 'v', drawn: view('a', 'b') }, layoutOf('a', 'b', 'c'), true).drawn.boxes).toHaveLength(2);
  });

  it('never keeps another view’s picture, nor waits for a first layout with nothing drawn before', () => {
    const other = { viewId: 'w', drawn: view('x') };
    expect(shownView(folded, other, undefined, true)).toBe(other);
    expect(shownView(undefined, unfolded, undefined, true)).toBe(unfolded);
  });
});

import { describe, expect, it } from 'vitest';
import type { ActionGroup, DrawnLink } from './drawn-view.js';
import { thinGroupLinks } from './group-links.js';

const group = (id: string, parentId: string | undefined, folded = true, reason: ActionGroup['reason'] = 'level'): ActionGroup => ({
  id,
  parentId,
  memberIds: [`${id}-a`, `${id}-b`],
  folded,
  reason,
  noun: 'outputs',
  kind: 'output',
});
const link = (source: string, target: string, plans = 1): DrawnLink => ({
  id: `${source}>${target}`,
  source,
  target,
  kind: 'contributesTo',
  edgeIds: Array.from({ length: plans }, (_, i) => `${source}>${target}#${i}`),
  confidence: undefined,
});
const ids = (links: DrawnLink[]) => links.map((l) => l.id);

describe('thinGroupLinks', () => {
  it('keeps a group’s link to its parent and shared flows, and counts the single links it leaves out on the group', () => {
    const links = [link('g', 'p'), link('g', 'x'), link('g', 'y', 2), link('x', 'p'), link('y', 'p')];
    const { links: drawn, notDrawn } = thinGroupLinks(links, [group('g', 'p')]);
    expect(ids(drawn)).toEqual(['g>p', 'g>y', 'x>p', 'y>p']);
    expect(notDrawn).toEqual(new Map([['g', 1]]));
  });

  it('leaves links between plain boxes and of unfolded groups alone', () => {
    const links = [link('a', 'b'), link('u', 'x'), link('u', 'p')];
    const { links: drawn, notDrawn } = thinGroupLinks(links, [group('u', 'p', false)]);
    expect(ids(drawn)).toEqual(ids(links));
    expect(notDrawn.size).toBe(0);
  });

  it('thins a folded group of actions (by the outcome they lead to) as a level’s', () => {
    const links = [link('acts', 'o1'), link('acts', 'o2'), link('o2', 'o1')];
    const { links: drawn } = thinGroupLinks(links, [group('acts', 'o1', true, 'actions')]);
    expect(ids(drawn)).toEqual(['acts>o1', 'o2>o1']);
  });

  it('counts a link between two folded groups on both', () => {
    const links = [link('g', 'p'), link('h', 'q'), link('g', 'h'), link('p', 'q')];
    const { notDrawn } = thinGroupLinks(links, [group('g', 'p'), group('h', 'q')]);
    expect(notDrawn).toEqual(
      new Map([
        ['g', 1],
        ['h', 1],
      ]),
    );
  });

  it('never leaves a box unlinked: a box reached only through a group’s single links keeps the first', () => {
    // The rest of a level (no parent) leads to `lonely` only.
    const links = [link('rest', 'lonely'), link('rest', 'p'), link('other', 'p')];
    const { links: drawn, notDrawn } = thinGroupLinks(links, [group('rest', undefined)]);
    expect(ids(drawn)).toEqual(['rest>lonely', 'other>p']);
    expect(notDrawn).toEqual(new Map([['rest', 1]]));
  });
});

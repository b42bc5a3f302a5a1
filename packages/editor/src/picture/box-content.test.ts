import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyCommand, commands, type Plan } from '@changemap/core';
import { importModel } from '@changemap/schemas';
import { describe, expect, it } from 'vitest';
import { SHOW_NONE } from './annotations.js';
import { boxContents } from './box-content.js';
import { getDrawnView } from './drawn-view.js';

function flagship(): Plan {
  const text = readFileSync(resolve(import.meta.dirname, '../../../../examples/tower-hamlets-partnership-plan-2023-2028/plan.changemap.json'), 'utf8');
  const result = importModel(text);
  if (!result.ok) throw new Error('the flagship does not import');
  return result.model;
}

describe('what a box’s size depends on', () => {
  const plan = flagship();
  const view = 'cta-3';
  const contents = (p: Plan, folds = new Map<string, boolean>()) => boxContents(getDrawnView(p, view, { show: SHOW_NONE, folds }));

  it('is the same for the same picture, for every drawn box', () => {
    const once = contents(plan);
    expect(once.size).toBe(getDrawnView(plan, view, { show: SHOW_NONE, folds: new Map() }).boxes.length);
    expect(contents(plan)).toEqual(once);
  });

  it('changes for a box whose title changes, and for no other box', () => {
    const before = contents(plan);
    const after = contents(applyCommand(plan, commands.updateNode('o3-green', { title: 'Greener' })));
    const changed = [...after].filter(([id, content]) => before.get(id) !== content).map(([id]) => id);
    expect(changed).toEqual(['o3-green']);
  });

  it('changes for the box that carries the fold button once its actions unfold, and the group is gone', () => {
    const before = contents(plan);
    const group = getDrawnView(plan, view, { show: SHOW_NONE, folds: new Map() }).groups.find((g) => g.folded && g.reason === 'actions')!;
    const after = contents(plan, new Map([[group.id, false]]));
    expect(after.get(group.parentId!)).not.toBe(before.get(group.parentId!));
    expect(after.has(group.id)).toBe(false);
    for (const id of group.memberIds) expect(after.has(id)).toBe(true);
  });
});

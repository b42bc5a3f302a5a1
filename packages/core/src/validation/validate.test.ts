import { describe, expect, it } from 'vitest';
import { commands } from '../edits/commands.js';
import { createHistory } from '../edits/history.js';
import { cleanPlan } from '../test/fixtures.js';
import { countPatchedRuns, countStructuralPatches, validate, validateFromScratch } from './validate.js';

describe('validate remembers its last run per plan', () => {
  it('keeps each of two plans validated in turn incremental, and right', () => {
    const first = createHistory(cleanPlan());
    const second = createHistory(cleanPlan());
    validate(first.plan);
    validate(second.plan);
    const patchedBefore = countPatchedRuns();
    for (let i = 0; i < 5; i++) {
      first.apply(commands.updateNode('o1', { title: `First ${i}` }));
      second.apply(commands.updateNode('i1', { baseline: i % 2 ? undefined : { value: i } }));
      expect(validate(first.plan)).toEqual(validateFromScratch(first.plan));
      expect(validate(second.plan)).toEqual(validateFromScratch(second.plan));
    }
    // With one memo shared by every caller, each run would have found the other plan's run and started afresh.
    expect(countPatchedRuns() - patchedBefore).toBe(10);
  });

  it('re-checks links added and removed without a fresh run, through undo and redo', () => {
    const history = createHistory(cleanPlan());
    validate(history.plan);
    const structuralBefore = countStructuralPatches();
    history.apply(commands.disconnect('m1'));
    expect(validate(history.plan).map((issue) => issue.code)).toEqual(['orphan-node', 'outcome-without-indicator', 'indicator-unlinked']);
    history.apply(commands.connect({ id: 'loop', kind: 'contributesTo', source: 'cta', target: 'o1' }));
    expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
    expect(validate(history.plan).map((issue) => issue.code)).toContain('causal-cycle');
    history.undo();
    history.undo();
    expect(validate(history.plan)).toEqual([]);
    history.redo();
    expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
    // Four structural changes were validated (the two undos at once); none needed a fresh run.
    expect(countStructuralPatches() - structuralBefore).toBe(4);
  });
});

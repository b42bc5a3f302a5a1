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

describe('link rules re-check only the links an edit touched', () => {
  it('follows links that point at a link when that link goes, comes back or is pointed elsewhere', () => {
    const history = createHistory(cleanPlan());
    validate(history.plan);
    history.apply(commands.addNode({ id: 'ev', kind: 'evidence', title: 'A trial of free meals', citation: 'Smith 2020' }));
    history.apply(commands.connect({ id: 'ev-c5', kind: 'supports', source: 'ev', target: 'c5', stance: 'supports' }));
    expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
    const codes = () => validate(history.plan).map((issue) => issue.code);
    expect(codes()).not.toContain('dangling-edge');
    // The causal link goes alone (as a co-editor's change may arrive; a local disconnect takes the
    // evidence link along): the evidence now points at nothing, though only c5 was edited.
    const c5 = history.plan.edges.get('c5')!;
    const none = new Map();
    history.applyDiff({
      nodes: { added: none, updated: none, removed: none },
      edges: { added: none, updated: none, removed: new Map([['c5', c5]]) },
      views: none,
      info: none,
    });
    expect(codes()).toContain('dangling-edge');
    expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
    history.applyDiff({
      nodes: { added: none, updated: none, removed: none },
      edges: { added: new Map([['c5', c5]]), updated: none, removed: none },
      views: none,
      info: none,
    });
    expect(codes()).not.toContain('dangling-edge');
    expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
    // A box edit re-checks the links at it: their messages name it.
    history.apply(commands.updateNode('o1', { horizon: 'long' }));
    history.apply(commands.updateNode('a1', { title: 'Free school meals for all' }));
    expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
    // A box removed leaves its links dangling.
    history.apply(commands.removeNode('o1'));
    expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
  });

  it("finds a low-confidence step when only the link's confidence changes, and lets it go again", () => {
    const history = createHistory(cleanPlan());
    validate(history.plan);
    history.apply(commands.updateEdge('c5', { confidence: 10 }));
    expect(validate(history.plan).map((issue) => issue.code)).toContain('low-confidence-link');
    history.apply(commands.updateEdge('c5', { confidence: 90 }));
    expect(validate(history.plan).map((issue) => issue.code)).not.toContain('low-confidence-link');
    expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
  });
});

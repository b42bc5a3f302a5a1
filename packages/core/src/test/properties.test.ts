import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHistory } from '../edits/history.js';
import { isChangemapError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { getTheoryOfChange } from '../queries/theory-of-change.js';
import { getAncestors, getPathways } from '../queries/walks.js';
import { countPatchedRuns, countStructuralPatches, validate, validateFromScratch } from '../validation/validate.js';
import { commandArb, planArb } from './arbitraries.js';

describe('history properties', () => {
  it('undoing every step restores each earlier plan exactly, and redo replays them', () => {
    fc.assert(
      fc.property(planArb, fc.array(commandArb, { maxLength: 30 }), (start, commands) => {
        const history = createHistory(start);
        const states: Plan[] = [history.plan];
        for (const command of commands) {
          const before = history.plan;
          try {
            history.apply(command);
          } catch (error) {
            // Misuse must throw a typed error and leave the plan as it was.
            expect(isChangemapError(error)).toBe(true);
            expect(history.plan).toBe(before);
          }
          if (history.plan !== before) states.push(history.plan);
        }
        for (let i = states.length - 2; i >= 0; i--) {
          expect(history.undo()).toBe(true);
          expect(history.plan).toEqual(states[i]);
        }
        expect(history.undo()).toBe(false);
        for (let i = 1; i < states.length; i++) {
          expect(history.redo()).toBe(true);
          expect(history.plan).toEqual(states[i]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('validation properties', () => {
  it('never throws and always returns well-formed issues, on any plan', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const issues = validate(plan);
        for (const issue of issues) {
          expect(issue.message.length).toBeGreaterThan(0);
          expect(['error', 'warning', 'info']).toContain(issue.severity);
          expect(Array.isArray(issue.nodeIds) && Array.isArray(issue.edgeIds)).toBe(true);
          expect(issue.code).not.toBe('internal-error');
        }
      }),
      { numRuns: 500 },
    );
  });

  it(
    're-checking only what each edit changed gives exactly what a full run gives, through edits of fields, links and boxes, undos and redos',
    { timeout: 60_000 },
    () => {
      const patchedBefore = countPatchedRuns();
      const structuralBefore = countStructuralPatches();
      fc.assert(
        fc.property(planArb, fc.array(fc.oneof(commandArb, fc.constantFrom('undo' as const, 'redo' as const)), { maxLength: 40 }), (start, steps) => {
          const history = createHistory(start);
          validate(history.plan);
          for (const step of steps) {
            if (step === 'undo') history.undo();
            else if (step === 'redo') history.redo();
            else {
              try {
                history.apply(step);
              } catch {
                continue; // misuse is covered above
              }
            }
            expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
          }
        }),
        { numRuns: 300 },
      );
      // The comparison above means something only if the patching path really ran, for links and boxes added or removed too.
      expect(countPatchedRuns() - patchedBefore).toBeGreaterThan(100);
      expect(countStructuralPatches() - structuralBefore).toBeGreaterThan(60);
    },
  );

  it('queries never throw on any plan', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        for (const id of [...plan.nodes.keys()]) {
          getAncestors(plan, id);
          getPathways(plan, id);
          getTheoryOfChange(plan, id);
        }
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { commands } from '../edits/commands.js';
import { createHistory } from '../edits/history.js';
import { ChangemapError } from '../model/errors.js';
import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { cleanPlan, link, planFrom } from '../test/fixtures.js';
import { validate, validateFromScratch } from './validate.js';

const codes = (plan: Plan) => validate(plan).map((issue) => issue.code);

/** A small logic model: activity → output → short → long outcome → goal, with no indicators or vision. */
function programme(extraNodes: PlanNode[] = [], extraEdges: PlanEdge[] = []): Plan {
  return planFrom(
    [
      { id: 'act', kind: 'action', title: 'Train pharmacists' },
      { id: 'out', kind: 'output', title: '120 pharmacists trained' },
      { id: 'short', kind: 'outcome', title: 'More smokers get advice', horizon: 'short' },
      { id: 'long', kind: 'outcome', title: 'Fewer smokers', horizon: 'long' },
      { id: 'goal', kind: 'aim', title: 'Longer healthy lives' },
      ...extraNodes,
    ],
    [
      link('contributesTo', 'act', 'out', 'l1'),
      link('contributesTo', 'out', 'short', 'l2'),
      link('contributesTo', 'short', 'long', 'l3'),
      link('contributesTo', 'long', 'goal', 'l4'),
      ...extraEdges,
    ],
  );
}

describe('profiles', () => {
  it('infers “programme” for a plan without calls to action, says so once, and asks for no vision', () => {
    const issues = validate(programme());
    expect(issues.filter((issue) => issue.code === 'profile-inferred')).toHaveLength(1);
    expect(issues.find((issue) => issue.code === 'profile-inferred')).toMatchObject({ severity: 'info', message: expect.stringMatching(/“programme”/) });
    expect(codes(programme())).not.toContain('missing-vision');
  });

  it('asks a partnership plan for its vision, and says nothing about the profile once the plan names it', () => {
    const plan = { ...programme(), checker: { profile: 'partnershipPlan' as const } };
    expect(codes(plan)).toContain('missing-vision');
    expect(codes(plan)).not.toContain('profile-inferred');
  });

  it('does not ask a programme’s calls to action for contributions', () => {
    const plan = {
      ...programme([{ id: 'cta', kind: 'callToAction', title: 'Act now' }], [link('contributesTo', 'cta', 'goal', 'l5')]),
      checker: { profile: 'programme' as const },
    };
    expect(codes(plan)).not.toContain('empty-call-to-action');
    expect(codes({ ...plan, checker: { profile: 'partnershipPlan' } })).toContain('empty-call-to-action');
  });
});

describe('indicators', () => {
  it('says once that a plan has no indicators, naming every outcome, instead of once per outcome', () => {
    const issues = validate(programme());
    expect(issues.filter((issue) => issue.code === 'outcome-without-indicator')).toEqual([]);
    expect(issues.filter((issue) => issue.code === 'plan-without-indicators')).toEqual([
      expect.objectContaining({ message: 'The plan has no indicators, so progress on any of its 2 outcomes cannot be shown.', nodeIds: ['short', 'long'] }),
    ]);
  });

  it('goes back to one finding per unmeasured outcome once the first indicator is added, and back again on undo', () => {
    const history = createHistory(programme());
    validate(history.plan);
    history.apply(
      commands.batch(commands.addNode({ id: 'ind', kind: 'indicator', title: 'Quit rate' }), commands.connect(link('measures', 'ind', 'long', 'm1'))),
    );
    expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
    expect(codes(history.plan)).not.toContain('plan-without-indicators');
    expect(
      validate(history.plan)
        .filter((issue) => issue.code === 'outcome-without-indicator')
        .map((issue) => issue.nodeIds),
    ).toEqual([['short']]);
    history.undo();
    expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
    expect(codes(history.plan)).toContain('plan-without-indicators');
  });
});

describe('evidence without citation', () => {
  const evidence = (n: number, cited: number): [PlanNode[], PlanEdge[]] => [
    Array.from({ length: n }, (_, i): PlanNode => ({
      id: `ev${i}`,
      kind: 'evidence',
      title: `Note ${i}`,
      ...(i < cited && { citation: `Author ${i} (2020)` }),
    })),
    Array.from({ length: n }, (_, i) => link('supports', `ev${i}`, 'l2', `s${i}`)),
  ];

  it('is one finding naming every box when most of the evidence has no citation', () => {
    const issues = validate(programme(...evidence(6, 1))).filter((issue) => issue.code === 'evidence-without-citation');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe('5 of the plan’s 6 pieces of evidence have no citation, so they cannot be traced to a source or weighed.');
    expect(issues[0]!.nodeIds).toEqual(['ev1', 'ev2', 'ev3', 'ev4', 'ev5']);
  });

  it('is one finding per box when only a few lack one', () => {
    const issues = validate(programme(...evidence(6, 4))).filter((issue) => issue.code === 'evidence-without-citation');
    expect(issues.map((issue) => issue.nodeIds)).toEqual([['ev4'], ['ev5']]);
  });
});

describe('the link rules', () => {
  it('finds a leap of faith from an output or a short-term outcome to an aim, naming the levels it skips', () => {
    const plan = programme(
      [],
      [link('contributesTo', 'out', 'goal', 'jump'), link('contributesTo', 'short', 'goal', 'hop'), link('contributesTo', 'long', 'goal', 'fine')],
    );
    const leaps = validate(plan).filter((issue) => issue.code === 'leap-of-faith');
    expect(leaps.map((issue) => issue.edgeIds)).toEqual([['jump'], ['hop']]);
    expect(leaps[0]!.message).toBe(
      'The output “120 pharmacists trained” leads straight to the aim “Longer healthy lives”, skipping 5 levels, from Short-term outcomes to Calls to action.',
    );
    expect(leaps[1]!.message).toMatch(/skipping 4 levels, from Medium-term outcomes to Calls to action\.$/);
  });

  it('reads the plan’s own levels for leaps and for links that run backwards; a link within a level is fine', () => {
    const levels = [
      { id: 'doing', title: 'Activities' },
      { id: 'making', title: 'Outputs' },
      { id: 'changing', title: 'Outcomes' },
      { id: 'impact', title: 'Impact' },
    ];
    const base = programme(
      [{ id: 'mid', kind: 'outcome', title: 'Quit attempts', level: 'changing' }],
      [link('contributesTo', 'short', 'mid', 'same'), link('contributesTo', 'goal', 'out', 'back')],
    );
    const nodes = base.nodes.toArray().map((node): PlanNode => ({
      ...node,
      level: { act: 'doing', out: 'making', short: 'changing', long: 'changing', goal: 'impact' }[node.id] ?? 'changing',
    }));
    const plan = { ...planFrom(nodes, base.edges.toArray() as PlanEdge[]), levels };
    const backwards = validate(plan).filter((issue) => issue.code === 'level-order');
    expect(backwards.map((issue) => [issue.edgeIds, issue.message])).toEqual([
      [['back'], 'The aim “Longer healthy lives” (Impact) leads back to the output “120 pharmacists trained” (Outputs), an earlier level.'],
    ]);
  });

  it('reports links below the plan’s confidence threshold: 40 by default, or the plan’s own', () => {
    const plan = programme(
      [],
      [
        { ...link('contributesTo', 'act', 'short', 'weak'), confidence: 30 },
        { ...link('contributesTo', 'act', 'long', 'ok'), confidence: 55 },
      ],
    );
    expect(
      validate(plan)
        .filter((issue) => issue.code === 'low-confidence-link')
        .map((issue) => issue.edgeIds),
    ).toEqual([['weak']]);
    const stricter = { ...plan, checker: { lowConfidenceThreshold: 60 } };
    expect(
      validate(stricter)
        .filter((issue) => issue.code === 'low-confidence-link')
        .map((issue) => issue.edgeIds),
    ).toEqual([['weak'], ['ok']]);
  });

  it('reports a challenged link until a rationale or an assumption answers it', () => {
    const challenged = programme(
      [{ id: 'ev', kind: 'evidence', title: 'Pilot found little change', citation: 'HDRC 2024' }],
      [{ ...link('supports', 'ev', 'l3', 's'), stance: 'mixed' }],
    );
    expect(validate(challenged).find((issue) => issue.code === 'challenged-link')?.message).toBe(
      'The evidence “Pilot found little change” casts doubt on the link from the outcome “More smokers get advice” to the outcome “Fewer smokers”, and nothing answers it: the link has no rationale and no assumption.',
    );
    const history = createHistory(challenged);
    validate(history.plan);
    history.apply(commands.updateEdge('l3', { rationale: 'Advice doubles quit attempts (Cochrane review).' }));
    expect(codes(history.plan)).not.toContain('challenged-link');
    history.undo();
    history.apply(
      commands.batch(commands.addNode({ id: 'as', kind: 'assumption', title: 'Smokers act on advice' }), commands.connect(link('underlies', 'as', 'l3', 'u'))),
    );
    expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
    expect(codes(history.plan)).not.toContain('challenged-link');
  });
});

describe('per-plan settings', () => {
  it('switch a rule off or regrade it, saved in the plan, undoably, and the caller’s options still win', () => {
    const history = createHistory(cleanPlan());
    history.apply(commands.disconnect('m1'));
    expect(codes(history.plan)).toContain('outcome-without-indicator');
    history.apply(commands.setCheckerSettings({ profile: 'partnershipPlan', rules: { 'outcome-without-indicator': 'off', 'indicator-unlinked': 'error' } }));
    expect(history.plan.checker?.rules).toEqual({ 'outcome-without-indicator': 'off', 'indicator-unlinked': 'error' });
    expect(validate(history.plan)).toEqual(validateFromScratch(history.plan));
    expect(codes(history.plan)).not.toContain('outcome-without-indicator');
    expect(validate(history.plan).find((issue) => issue.code === 'indicator-unlinked')?.severity).toBe('error');
    expect(validate(history.plan, { rules: { 'indicator-unlinked': 'info' } }).find((issue) => issue.code === 'indicator-unlinked')?.severity).toBe('info');
    history.undo();
    expect(history.plan.checker).toEqual({ profile: 'partnershipPlan' });
    expect(codes(history.plan)).toContain('outcome-without-indicator');
  });

  it('refuses a rule the checker does not have, and leaves the plan as it was', () => {
    const history = createHistory(cleanPlan());
    const before = history.plan;
    const attempt = () => history.apply(commands.setCheckerSettings({ rules: { 'no-such-rule': 'off' } }));
    expect(attempt).toThrow(ChangemapError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'invalid-checker-settings', message: expect.stringMatching(/no rule “no-such-rule”/) }));
    expect(history.plan).toBe(before);
  });

  it('goes back to the defaults when the settings are cleared', () => {
    const history = createHistory(cleanPlan());
    history.apply(commands.setCheckerSettings({}));
    expect(history.plan.checker).toBeUndefined();
    expect(codes(history.plan)).toEqual(['profile-inferred']);
  });
});

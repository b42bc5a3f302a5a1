import { describe, expect, it } from 'vitest';
import type { Plan } from '../../model/plan.js';
import type { PlanNode } from '../../model/nodes.js';
import { cleanPlan, link, planFrom } from '../../test/fixtures.js';
import { validate } from '../validate.js';

/** Returns a copy of the clean plan with `change` applied to it. */
function broken(change: (plan: Plan) => void): Plan {
  const plan = cleanPlan();
  change(plan);
  return plan;
}

function codesOf(plan: Plan): string[] {
  return validate(plan).map((i) => i.code);
}

interface Case {
  code: string;
  failing: () => Plan;
  /** Node ids the issue must point at. */
  nodeIds?: string[];
  edgeIds?: string[];
  message: RegExp;
}

const cases: Case[] = [
  {
    code: 'duplicate-id',
    failing: () => broken((p) => void (p.edges = p.edges.set('o1', { id: 'o1', kind: 'measures', source: 'i1', target: 'p1' }))),
    nodeIds: ['o1'],
    message: /used by both the outcome “More children eat well” and a link/,
  },
  {
    code: 'dangling-edge',
    failing: () => broken((p) => void (p.edges = p.edges.set('x', link('contributesTo', 'a1', 'ghost', 'x')))),
    edgeIds: ['x'],
    message: /points to “ghost”, which is not in the plan/,
  },
  {
    code: 'edge-kind-not-allowed',
    failing: () => broken((p) => void (p.edges = p.edges.set('x', link('measures', 'a1', 'o1', 'x')))),
    nodeIds: ['a1', 'o1'],
    message: /action “Free school meals” cannot be linked as “measures” the outcome/,
  },
  {
    code: 'causal-cycle',
    failing: () => broken((p) => void (p.edges = p.edges.set('back', link('contributesTo', 'p1', 'o1', 'back')))),
    nodeIds: ['o1', 'p1'],
    message: /lead to each other in a circle/,
  },
  {
    code: 'causal-cycle',
    failing: () => broken((p) => void (p.edges = p.edges.set('self', link('contributesTo', 'o1', 'o1', 'self')))),
    nodeIds: ['o1'],
    message: /^The outcome “.*” is linked as a cause of itself\.$/,
  },
  {
    code: 'missing-vision',
    failing: () => broken((p) => void (p.nodes = p.nodes.delete('vision'))),
    message: /no vision/,
  },
  {
    code: 'multiple-visions',
    failing: () => broken((p) => void (p.nodes = p.nodes.set('v2', { id: 'v2', kind: 'vision', title: 'Another' }))),
    nodeIds: ['vision', 'v2'],
    message: /2 visions/,
  },
  {
    code: 'missing-title',
    failing: () => broken((p) => void (p.nodes = p.nodes.set('o1', { ...p.nodes.get('o1')!, title: '  ' }))),
    nodeIds: ['o1'],
    message: /outcome \(id “o1”\) has no title/,
  },
  {
    code: 'orphan-node',
    failing: () => broken((p) => void (p.nodes = p.nodes.set('lonely', { id: 'lonely', kind: 'assumption', title: 'Staff stay' }))),
    nodeIds: ['lonely'],
    message: /assumption “Staff stay” is not linked to anything/,
  },
  {
    code: 'action-without-outcome',
    failing: () => broken((p) => void (p.edges = p.edges.delete('c5'))),
    nodeIds: ['a1'],
    message: /does not contribute to any outcome or priority/,
  },
  {
    code: 'no-path-to-vision',
    failing: () => broken((p) => void (p.edges = p.edges.delete('c2'))),
    nodeIds: ['cta'],
    message: /call to action “A healthier borough” does not lead to the vision. 3 boxes behind it/,
  },
  {
    code: 'leap-of-faith',
    failing: () => broken((p) => void (p.edges = p.edges.set('jump', link('contributesTo', 'a1', 'aim', 'jump')))),
    nodeIds: ['a1', 'aim'],
    edgeIds: ['jump'],
    message: /leads straight to the aim “Reduce inequality”/,
  },
  {
    code: 'empty-call-to-action',
    failing: () => broken((p) => void (p.edges = p.edges.delete('c3'))),
    nodeIds: ['cta'],
    message: /has nothing contributing to it/,
  },
  {
    code: 'outcome-without-indicator',
    failing: () => broken((p) => void (p.edges = p.edges.delete('m1'))),
    nodeIds: ['o1'],
    message: /has no indicator/,
  },
  {
    code: 'indicator-unlinked',
    failing: () => broken((p) => void (p.edges = p.edges.delete('m1'))),
    nodeIds: ['i1'],
    message: /does not measure anything/,
  },
  {
    code: 'indicator-without-source',
    failing: () => broken((p) => void (p.nodes = p.nodes.set('i1', { ...p.nodes.get('i1')!, dataSource: { name: ' ' } } as never))),
    nodeIds: ['i1'],
    message: /has no data source/,
  },
  {
    code: 'indicator-without-target',
    failing: () => broken((p) => void (p.nodes = p.nodes.set('i1', { ...p.nodes.get('i1')!, target: undefined, direction: undefined } as never))),
    nodeIds: ['i1'],
    message: /no target and no direction/,
  },
  {
    code: 'indicator-without-baseline',
    failing: () => broken((p) => void (p.nodes = p.nodes.set('i1', { ...p.nodes.get('i1')!, baseline: undefined } as never))),
    nodeIds: ['i1'],
    message: /has no baseline/,
  },
  {
    code: 'target-direction-mismatch',
    failing: () => broken((p) => void (p.nodes = p.nodes.set('i1', { ...p.nodes.get('i1')!, target: { value: 50 } } as never))),
    nodeIds: ['i1'],
    message: /should increase, but its target \(50\) is below its baseline \(60\)/,
  },
  {
    code: 'research-question-unlinked',
    failing: () => broken((p) => void (p.edges = p.edges.delete('q1'))),
    nodeIds: ['rq'],
    message: /not linked to anything it investigates/,
  },
  {
    code: 'principle-unused',
    failing: () => broken((p) => void (p.edges = p.edges.delete('g1'))),
    nodeIds: ['pr'],
    message: /does not guide any part of the plan/,
  },
  {
    code: 'unsafe-url',
    failing: () => broken((p) => void (p.nodes = p.nodes.set('i1', { ...p.nodes.get('i1')!, dataSource: { name: 'X', url: 'javascript:alert(1)' } } as never))),
    nodeIds: ['i1'],
    message: /not a web or email address: “javascript:alert\(1\)”/,
  },
  {
    code: 'critical-assumption-untested',
    failing: () =>
      broken((p) => {
        p.nodes = p.nodes.set('as', { id: 'as', kind: 'assumption', title: 'Families take up the offer', critical: true, uncertainty: 'high' });
        p.edges = p.edges.set('u', link('underlies', 'as', 'c5', 'u'));
      }),
    nodeIds: ['as'],
    message: /assumption “Families take up the offer” is critical and uncertain, but no evidence or research question tests it/,
  },
  {
    code: 'answered-question-without-finding',
    failing: () => broken((p) => void (p.nodes = p.nodes.set('rq', { ...p.nodes.get('rq')!, status: 'answered' } as never))),
    nodeIds: ['rq'],
    message: /is marked answered but has no finding/,
  },
  {
    code: 'evidence-without-citation',
    failing: () =>
      broken((p) => {
        p.nodes = p.nodes.set('ev', { id: 'ev', kind: 'evidence', title: 'A trial' });
        p.edges = p.edges.set('s', link('supports', 'ev', 'o1', 's'));
      }),
    nodeIds: ['ev'],
    message: /evidence “A trial” has no citation/,
  },
  {
    code: 'level-order',
    failing: () => broken((p) => void (p.edges = p.edges.set('back', link('contributesTo', 'aim', 'o1', 'back')))),
    nodeIds: ['aim', 'o1'],
    edgeIds: ['back'],
    message: /aim “Reduce inequality” \(Aims\) leads back to the outcome “More children eat well” \(Medium-term outcomes\), an earlier level/,
  },
  {
    code: 'low-confidence-link',
    failing: () => broken((p) => void (p.edges = p.edges.set('c5', { ...p.edges.get('c5')!, confidence: 25 }))),
    nodeIds: ['a1', 'o1'],
    edgeIds: ['c5'],
    message: /link from the action “Free school meals” to the outcome “More children eat well” has a confidence of 25 out of 100, below 40/,
  },
  {
    code: 'challenged-link',
    failing: () =>
      broken((p) => {
        p.nodes = p.nodes.set('ev', { id: 'ev', kind: 'evidence', title: 'Meals trial found no change', citation: 'Smith 2020' });
        p.edges = p.edges.set('s', { ...link('supports', 'ev', 'c5', 's'), stance: 'challenges' });
      }),
    nodeIds: ['a1', 'o1', 'ev'],
    edgeIds: ['c5', 's'],
    message:
      /evidence “Meals trial found no change” challenges the link from the action “Free school meals” to the outcome “More children eat well”, and nothing answers it/,
  },
  {
    code: 'plan-without-indicators',
    failing: () =>
      broken((p) => {
        p.nodes = p.nodes.delete('i1');
        p.edges = p.edges.delete('m1');
      }),
    nodeIds: ['o1'],
    message: /The plan has no indicators, so progress on its outcome cannot be shown/,
  },
  {
    code: 'profile-inferred',
    failing: () => broken((p) => void delete p.checker),
    message: /names no checker profile; the checker uses “partnership plan”, because it has calls to action/,
  },
];

describe('the clean plan', () => {
  it('has no issues at all', () => {
    expect(validate(cleanPlan())).toEqual([]);
  });
});

describe.each(cases)('rule $code', ({ code, failing, nodeIds, edgeIds, message }) => {
  it('is silent on the clean plan', () => {
    expect(codesOf(cleanPlan())).not.toContain(code);
  });

  it('reports the broken plan, naming what is wrong and how to fix it', () => {
    const issue = validate(failing()).find((i) => i.code === code);
    expect(issue).toBeDefined();
    expect(issue!.message).toMatch(message);
    expect(issue!.hint?.length).toBeGreaterThan(10);
    if (nodeIds) expect([...issue!.nodeIds].sort()).toEqual([...nodeIds].sort());
    if (edgeIds) expect(issue!.edgeIds).toEqual(edgeIds);
  });
});

describe('rule specifics', () => {
  it('does not call a lone vision in a new plan an orphan', () => {
    // A plan with no calls to action is read as a programme, and the checker says so.
    expect(codesOf(planFrom([{ id: 'v', kind: 'vision', title: 'V' }]))).toEqual(['profile-inferred']);
  });

  it('lets assumptions and evidence point at a causal link', () => {
    const plan = broken((p) => {
      p.nodes = p.nodes.set('as', { id: 'as', kind: 'assumption', title: 'Families take up the offer' });
      p.edges = p.edges.set('u', link('underlies', 'as', 'c5', 'u'));
    });
    expect(codesOf(plan)).toEqual([]);
  });

  it('refuses a guide pointing at a causal link', () => {
    const plan = broken((p) => void (p.edges = p.edges.set('bad', link('guides', 'pr', 'c5', 'bad'))));
    expect(validate(plan).find((i) => i.code === 'edge-kind-not-allowed')?.edgeIds).toEqual(['bad', 'c5']);
  });

  it('reports a node linked to itself as a cycle', () => {
    const plan = broken((p) => void (p.edges = p.edges.set('self', link('contributesTo', 'o1', 'o1', 'self'))));
    expect(validate(plan).find((i) => i.code === 'causal-cycle')?.edgeIds).toEqual(['self']);
  });

  it('lists errors before warnings before info', () => {
    const plan = broken((p) => {
      p.edges = p.edges.delete('m1');
      p.edges = p.edges.set('x', link('contributesTo', 'a1', 'ghost', 'x'));
      p.nodes = p.nodes.set('i1', { ...p.nodes.get('i1')!, baseline: undefined } as never);
    });
    const order = validate(plan).map((i) => i.severity);
    expect(order).toEqual([...order].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(order[0]).toBe('error');
  });
});

describe('rule settings', () => {
  const plan = () => broken((p) => void (p.edges = p.edges.delete('m1')));

  it('switches a rule off', () => {
    expect(validate(plan(), { rules: { 'outcome-without-indicator': 'off' } }).map((i) => i.code)).not.toContain('outcome-without-indicator');
  });

  it('re-grades a rule', () => {
    const issue = validate(plan(), { rules: { 'outcome-without-indicator': 'error' } }).find((i) => i.code === 'outcome-without-indicator');
    expect(issue?.severity).toBe('error');
  });
});

describe('validate on malformed data', () => {
  it('reports instead of throwing when a node is not an object', () => {
    const plan = cleanPlan();
    plan.nodes = plan.nodes.set('bad', null as unknown as PlanNode);
    const issues = validate(plan);
    expect(issues.some((i) => i.code === 'internal-error')).toBe(true);
  });

  it('reports each crashing rule once, first among the errors, and still runs the other rules', () => {
    const plan = broken((p) => void (p.edges = p.edges.delete('m1')));
    for (const id of ['i1', 'i2']) {
      const trap = { id, kind: 'indicator', title: `Trap ${id}` } as PlanNode;
      Object.defineProperty(trap, 'dataSource', {
        enumerable: true,
        get: () => {
          throw new Error('unreadable');
        },
      });
      plan.nodes = plan.nodes.set(id, trap);
    }
    const issues = validate(plan);
    const internal = issues.filter((i) => i.code === 'internal-error');
    // Two rules read the data source (unsafe-url and indicator-without-source): one report each, not one per box.
    expect(internal.map((i) => /the rule “([^”]+)”/.exec(i.message)?.[1]).sort()).toEqual(['indicator-without-source', 'unsafe-url']);
    expect(internal.every((i) => i.message.includes('unreadable'))).toBe(true);
    expect(issues[0]!.severity).toBe('error');
    expect(issues.some((i) => i.code === 'outcome-without-indicator')).toBe(true);
  });
});

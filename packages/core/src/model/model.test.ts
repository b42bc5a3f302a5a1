import { describe, expect, it } from 'vitest';
import { EDGE_ENDPOINTS, explainForbiddenEdge, inferEdgeKind, isEdgeAllowed } from './edge-rules.js';
import { EDGE_KINDS } from './edges.js';
import { NODE_KINDS } from './node-kinds.js';
import { isSafeUrl } from './safe-url.js';
import { createId, isValidId } from './ids.js';

describe('the edge endpoint table', () => {
  it('never allows two kinds of link between the same pair, so a drawn link has one meaning', () => {
    for (const from of NODE_KINDS) {
      for (const to of NODE_KINDS) {
        const kinds = EDGE_KINDS.filter((k) => isEdgeAllowed(k, from, to));
        expect(kinds.length, `${from} → ${to}`).toBeLessThanOrEqual(1);
        expect(inferEdgeKind(from, to)).toBe(kinds[0]);
      }
    }
  });

  it('infers the kinds an officer expects', () => {
    expect(inferEdgeKind('action', 'outcome')).toBe('contributesTo');
    expect(inferEdgeKind('indicator', 'outcome')).toBe('measures');
    expect(inferEdgeKind('action', 'partner')).toBe('deliveredBy');
    expect(inferEdgeKind('principle', 'callToAction')).toBe('guides');
    expect(inferEdgeKind('vision', 'action')).toBeUndefined();
  });

  it('is the table of DESIGN.md with outputs between actions and outcomes', () => {
    const changeable = ['vision', 'aim', 'callToAction', 'priority', 'outcome', 'output', 'action'];
    expect(EDGE_ENDPOINTS).toEqual({
      contributesTo: {
        from: ['aim', 'callToAction', 'priority', 'outcome', 'output', 'action'],
        to: ['vision', 'aim', 'callToAction', 'priority', 'outcome', 'output', 'action'],
        toCausalLink: false,
      },
      measures: { from: ['indicator'], to: changeable, toCausalLink: false },
      guides: { from: ['principle'], to: ['aim', 'callToAction', 'priority', 'action'], toCausalLink: false },
      investigates: {
        from: ['researchQuestion'],
        to: ['aim', 'callToAction', 'priority', 'outcome', 'output', 'action', 'indicator', 'assumption'],
        toCausalLink: false,
      },
      underlies: { from: ['assumption'], to: changeable, toCausalLink: true },
      supports: { from: ['evidence'], to: [...changeable, 'indicator', 'assumption'], toCausalLink: true },
      deliveredBy: { from: ['callToAction', 'priority', 'action'], to: ['partner'], toCausalLink: false },
    });
    expect(inferEdgeKind('action', 'output')).toBe('contributesTo');
    expect(inferEdgeKind('output', 'outcome')).toBe('contributesTo');
    expect(inferEdgeKind('output', 'output')).toBe('contributesTo');
    expect(inferEdgeKind('indicator', 'output')).toBe('measures');
    // Inputs lead to activities (both actions); a link drawn back from an output is allowed but runs against the levels.
    expect(inferEdgeKind('action', 'action')).toBe('contributesTo');
    expect(inferEdgeKind('output', 'action')).toBe('contributesTo');
  });

  it('lets only assumptions and evidence point at causal links', () => {
    expect(EDGE_KINDS.filter((k) => EDGE_ENDPOINTS[k].toCausalLink)).toEqual(['underlies', 'supports']);
  });

  it('explains a refusal in words', () => {
    expect(explainForbiddenEdge('indicator', 'partner')).toBe(
      'An indicator cannot link to a partner. It can link to: vision, aim, call to action, priority, outcome, output, action.',
    );
    expect(explainForbiddenEdge('vision', 'aim')).toBe('Nothing can start from a vision. Drag from an aim to a vision instead.');
    expect(explainForbiddenEdge('outcome', 'indicator')).toMatch(/It can link to: .*\. Drag from an indicator to an outcome instead\.$/);
    expect(explainForbiddenEdge('vision', 'partner')).toBe('Nothing can start from a vision.');
  });
});

describe('isSafeUrl', () => {
  it.each(['https://example.org', 'http://a.b/c?d=e#f', 'mailto:someone@example.org', 'HTTPS://EXAMPLE.ORG'])('allows %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript%3Aalert(1)',
    '%6Aavascript:alert(1)',
    '%256Aavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '//evil.example',
    'example.org',
    'https:',
    'https:///path',
    'mailto:',
    '',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it('allows a web link whose percent-encoding is malformed, judging it as written', () => {
    expect(isSafeUrl('https://ok.example/%E0%A4%A')).toBe(true);
  });

  it('refuses non-strings', () => {
    expect(isSafeUrl(42)).toBe(false);
    expect(isSafeUrl(null)).toBe(false);
  });
});

describe('createId', () => {
  it('cleans the base into a valid id and avoids taken ones', () => {
    const taken = new Set(['outcome', 'outcome-2']);
    expect(createId('outcome', (id) => taken.has(id))).toBe('outcome-3');
    expect(createId('Fewer children in poverty!', () => false)).toBe('Fewer-children-in-poverty-');
    expect(isValidId(createId('__proto__', () => false))).toBe(true);
    expect(isValidId(createId('constructor', () => false))).toBe(true);
    expect(createId('', () => false)).toBe('id');
  });
});

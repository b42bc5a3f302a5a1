import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getLevelIndex, isValidId, type Plan, type PlanEdge, type PlanNode } from '@changemap/core';
import { describe, expect, it } from 'vitest';
import { importForeign } from '../src/import/foreign/import-foreign.js';
import type { ForeignImportResult } from '../src/import/foreign/types.js';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, 'fixtures/foreign', name));

async function imported(name: string): Promise<Extract<ForeignImportResult, { ok: true }>> {
  const result = await importForeign(fixture(name), { fileName: name });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

const node = (plan: Plan, id: string): PlanNode => plan.nodes.get(id)!;
const edge = (plan: Plan, id: string): PlanEdge => plan.edges.get(id)!;
/** The boxes linked to a causal link by `kind` (evidence supports it, assumptions underlie it). */
const onLink = (plan: Plan, linkId: string, kind: 'supports' | 'underlies') =>
  plan.edges
    .toArray()
    .filter((e) => e.kind === kind && e.target === linkId)
    .map((e) => node(plan, e.source));
const messages = (result: { notes: { code: string; message: string }[] }, code: string) => result.notes.filter((n) => n.code === code).map((n) => n.message);

describe('a realistic ToC-Maker chart', () => {
  it('becomes a plan whose levels are the sections, in order, and whose boxes sit on them by kind', async () => {
    const { model, format } = await imported('tocmaker-food.json');
    expect(format).toBe('tocmaker');
    expect(model.title).toBe('Community food programme');
    expect(model.levels?.map((l) => l.title)).toEqual(['Inputs', 'Activities', 'Outputs', 'Outcomes', 'Impact']);
    expect(model.checker).toEqual({ profile: 'programme' });
    const kinds = Object.fromEntries(['funding', 'classes', 'families-attend', 'skills', 'diet', 'healthy-weight'].map((id) => [id, node(model, id).kind]));
    expect(kinds).toEqual({
      funding: 'action',
      classes: 'action',
      'families-attend': 'output',
      skills: 'outcome',
      diet: 'outcome',
      'healthy-weight': 'vision',
    });
    expect(
      [node(model, 'funding'), node(model, 'classes'), node(model, 'families-attend'), node(model, 'skills'), node(model, 'healthy-weight')].map((n) =>
        getLevelIndex(model, n),
      ),
    ).toEqual([0, 1, 2, 3, 4]);
    // Two outcome columns: the first is short term, the second long term.
    expect([node(model, 'skills'), node(model, 'diet')].map((n) => (n as { horizon?: string }).horizon)).toEqual(['short', 'long']);
    expect(node(model, 'classes').provenance).toEqual({ document: 'tocmaker-food.json', section: 'Activities' });
  });

  it('keeps box text, with its web link, as the description', async () => {
    const { model } = await imported('tocmaker-food.json');
    expect(node(model, 'classes').description).toBe('Two-hour sessions, crèche provided. Course outline: https://example.org/food/course-outline.pdf');
  });

  it('turns each connection into a causal link with its confidence, and its evidence and assumptions into boxes on that link', async () => {
    const { model } = await imported('tocmaker-food.json');
    const link = edge(model, 'contributesTo:families-attend:skills');
    expect(link).toMatchObject({ kind: 'contributesTo', source: 'families-attend', target: 'skills', confidence: 70 });
    expect(onLink(model, link.id, 'supports').map((n) => [n.kind, n.title])).toEqual([['evidence', 'Pilot survey, 2023: 64% cooked a new recipe at home']]);
    expect(onLink(model, link.id, 'underlies').map((n) => [n.kind, n.title])).toEqual([['assumption', 'Families can afford the ingredients']]);
    // Empty evidence and assumption strings make nothing.
    expect(onLink(model, 'contributesTo:classes:families-attend', 'underlies')).toEqual([]);
    expect(onLink(model, 'contributesTo:diet:healthy-weight', 'supports')).toEqual([]);
    // connectionIds without connections make links with no confidence.
    expect(edge(model, 'contributesTo:funding:classes')).not.toHaveProperty('confidence');
    const causal = model.edges.toArray().filter((e) => e.kind === 'contributesTo');
    expect(causal).toHaveLength(10);
  });

  it('reports each kind of display setting as dropped, once', async () => {
    const result = await imported('tocmaker-food.json');
    expect(messages(result, 'dropped-value')).toEqual([
      "Not kept: the chart's display settings (color, textSize, curvature, fontFamily). Changemap draws boxes by kind and lays the plan out by its levels.",
      'Not kept (2 values): box colours (color). Changemap draws boxes by kind and lays the plan out by its levels.',
      'Not kept (2 values): box positions (yPosition). Changemap draws boxes by kind and lays the plan out by its levels.',
      'Not kept: box widths (width). Changemap draws boxes by kind and lays the plan out by its levels.',
    ]);
    expect(result.notes[0]!.message).toBe('Read “tocmaker-food.json” as a ToC-Maker chart (detected from its content).');
    expect(messages(result, 'checker-profile')[0]).toContain('“programme” profile');
  });
});

describe('outcome layers and goals', () => {
  it('reads "Outcomes Layer 3 … 1" left to right as short, medium and long term, and a single last box as the vision', async () => {
    const result = await imported('tocmaker-layers.json');
    const { model } = result;
    expect(['o3a', 'o2a', 'o1a'].map((id) => (node(model, id) as { horizon?: string }).horizon)).toEqual(['short', 'medium', 'long']);
    expect(['g1', 'g2', 'm1'].map((id) => node(model, id).kind)).toEqual(['aim', 'aim', 'vision']);
    expect(messages(result, 'vision')).toEqual([
      "The box “A smokefree generation in the borough”, alone at the end of the chart, is the plan's vision; the other 2 goal boxes are aims.",
    ]);
    const evidence = onLink(model, 'contributesTo:a2:o3a', 'supports')[0] as { url?: string };
    expect(evidence.url).toBe('https://www.nice.org.uk/guidance/ng209');
  });
});

describe('a hostile chart', () => {
  it('imports what it can and says what it repaired, dropped or guessed', async () => {
    const result = await imported('tocmaker-hostile.json');
    const { model } = result;
    const codes = new Set(result.notes.map((n) => n.code));
    for (const code of [
      'skipped-box',
      'skipped-section',
      'skipped-column',
      'untitled-section',
      'unknown-section',
      'connections-disagree',
      'dangling-edge',
      'duplicate-id',
      'repeated-connection',
      'confidence-repaired',
      'long-text',
      'new-title',
    ]) {
      expect(codes, code).toContain(code);
    }
    expect(model.title).toBe('Youth employment — تجربة 🌱 pilot');
    for (const n of model.nodes.toArray()) expect(isValidId(n.id)).toBe(true);
    for (const e of model.edges.toArray()) {
      expect(model.nodes.has(e.source)).toBe(true);
      expect(model.nodes.has(e.target) || model.edges.has(e.target)).toBe(true);
    }
  });

  it('names the missing box of a dropped connection, and the words that went with it', async () => {
    const result = await imported('tocmaker-hostile.json');
    expect(messages(result, 'dangling-edge')).toEqual([
      'The connection from the box “Interview travel fund” to “ghost-1” was dropped: no box has the id “ghost-1”.',
      'The connection from the box “Young people get to interviews” to “ghost-3” was dropped: no box has the id “ghost-3”. Its evidence “Jobcentre data” and assumption “Vacancies exist” went with it.',
    ]);
  });

  it('follows connections, not connectionIds, when both are there and disagree', async () => {
    const result = await imported('tocmaker-hostile.json');
    expect(messages(result, 'connections-disagree')[0]).toContain(
      'its connectionIds also name “ghost-2”, which its connections do not; its connections go to “ghost-3”',
    );
    expect(result.model.edges.toArray().some((e) => e.target.includes('ghost'))).toBe(false);
  });

  it('keeps ordinary words as ids where the id rules allow them, and links right-to-left as drawn', async () => {
    const { model } = await imported('tocmaker-hostile.json');
    const mentoring = model.nodes.toArray().find((n) => n.title === 'Mentoring by local employers')!;
    const interviews = model.nodes.toArray().find((n) => n.title === 'Young people get to interviews')!;
    const jobs = model.nodes.toArray().find((n) => n.title.startsWith('Jóvenes'))!;
    expect(mentoring.id === 'prototype').toBe(isValidId('prototype'));
    expect(interviews.id === 'constructor').toBe(isValidId('constructor'));
    // prototype → constructor, constructor → __proto__, and __proto__ → prototype (right to left) are all kept.
    const pairs = model.edges
      .toArray()
      .filter((e) => e.kind === 'contributesTo')
      .map((e) => [e.source, e.target]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [mentoring.id, interviews.id],
        [interviews.id, jobs.id],
        [jobs.id, mentoring.id],
      ]),
    );
    // A confidence of 140 is kept as 100; "high" is left out.
    expect(model.edges.toArray().find((e) => e.source === interviews.id && e.target === jobs.id)?.confidence).toBe(100);
    expect(model.edges.toArray().find((e) => e.source === jobs.id && e.target === mentoring.id)).not.toHaveProperty('confidence');
  });

  it('keeps a huge text up to the format limit and unicode exactly', async () => {
    const { model } = await imported('tocmaker-hostile.json');
    const travel = model.nodes.toArray().find((n) => n.title === 'Interview travel fund')!;
    expect(travel.description).toHaveLength(20_000);
    expect(travel.description!.endsWith('…')).toBe(true);
    expect(model.nodes.toArray().some((n) => n.title === 'Jóvenes consiguen trabajo — 青年就业 — ✨')).toBe(true);
  });

  it('merges a repeated connection to one box into one link with the words of both', async () => {
    const { model } = await imported('tocmaker-hostile.json');
    const interviews = model.nodes.toArray().find((n) => n.title === 'Young people get to interviews')!;
    const links = model.edges.toArray().filter((e) => e.kind === 'contributesTo' && e.source === interviews.id);
    expect(links).toHaveLength(1);
    expect(onLink(model, links[0]!.id, 'supports').map((n) => n.title)).toEqual(['Second opinion']);
  });
});

describe('what is not a ToC-Maker chart', () => {
  it('refuses JSON without sections, naming what it expected', async () => {
    const result = await importForeign('{"boxes": []}', { fileName: 'x.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toContain('neither a Changemap plan (no "format": "changemap") nor a ToC-Maker chart (no "sections")');
    const asked = await importForeign('[1, 2]', { fileName: 'x.json', from: 'tocmaker' });
    expect(!asked.ok && asked.errors[0]!.message).toBe('“x.json” is JSON but not a ToC-Maker chart: it has no list of "sections".');
  });

  it('says where broken JSON breaks', async () => {
    const result = await importForeign('{"sections": [', { fileName: 'x.json' });
    expect(!result.ok && result.errors[0]!.message).toMatch(/not valid JSON: .*\(line 1, column \d+\)/);
  });

  it('opens a Changemap plan through the Changemap pipeline', async () => {
    const result = await importForeign(readFileSync(resolve(import.meta.dirname, 'fixtures/cycle.changemap.json')), { fileName: 'cycle.changemap.json' });
    expect(result.ok && result.format).toBe('changemap');
  });
});

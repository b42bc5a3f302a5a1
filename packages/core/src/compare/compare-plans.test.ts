import { describe, expect, it } from 'vitest';
import { applyCommand } from '../edits/apply.js';
import { commands } from '../edits/commands.js';
import { cleanPlan } from '../test/fixtures.js';
import { comparePlans } from './compare-plans.js';
import { isSameComparison } from './comparison.js';
import { describeComparison, summariseComparison } from './describe-comparison.js';

const texts = (before = cleanPlan(), after = cleanPlan()) => describeComparison(comparePlans(before, after)).map((line) => line.text);

describe('comparePlans', () => {
  it('finds nothing between a plan and an equal copy', () => {
    const comparison = comparePlans(cleanPlan(), cleanPlan());
    expect(isSameComparison(comparison)).toBe(true);
    expect(summariseComparison(comparison)).toBe('No differences');
  });

  it('lists an added box, a renamed priority by its number and a changed baseline in words', () => {
    const before = cleanPlan();
    const after = applyCommand(
      before,
      commands.batch(
        commands.addNode({ id: 'o9', kind: 'outcome', title: 'Fewer young people not in education, employment or training across the borough' }),
        commands.updateNode('p1', { title: 'Healthier weight' }),
        commands.updateNode('i1', { baseline: { value: 14, date: '2023' } }),
      ),
    );
    const comparison = comparePlans(before, after);
    expect(comparison.boxes.added.map((box) => box.id)).toEqual(['o9']);
    expect(comparison.boxes.changed.map((change) => [change.box.id, change.fields.map((field) => field.field)])).toEqual([
      ['p1', ['title']],
      ['i1', ['baseline']],
    ]);
    const lines = texts(before, after);
    expect(lines).toContain('Added outcome “Fewer young people not in education, employment or training…”');
    expect(lines).toContain('Changed title of priority 1.1: “Healthy weight” → “Healthier weight”');
    expect(lines.find((line) => line.startsWith('Changed baseline'))).toMatch(/^Changed baseline value of indicator “.+”: \d+ \(\d{4}\) → 14 \(2023\)$/);
    expect(summariseComparison(comparison)).toBe('3 boxes: 1 added, 2 changed');
  });

  it('names links by their ends and lists a removed box with the links it took', () => {
    const before = cleanPlan();
    const edge = before.edges.toArray().find((candidate) => candidate.kind === 'contributesTo')!;
    const after = applyCommand(before, commands.batch(commands.updateEdge(edge.id, { confidence: 80 }), commands.removeNode('a1')));
    const comparison = comparePlans(before, after);
    expect(comparison.boxes.removed.map((box) => box.id)).toEqual(['a1']);
    expect(comparison.links.removed.every((link) => link.source.id === 'a1' || link.target.id === 'a1')).toBe(true);
    const lines = texts(before, after);
    expect(lines).toContain('Removed action “Free school meals”');
    expect(lines.some((line) => /^Removed link: action “Free school meals” (contributes to|is delivered by) /.test(line))).toBe(true);
  });

  it('counts moves apart from content changes', () => {
    const before = cleanPlan();
    const placed = applyCommand(before, commands.moveNode('plan', 'o1', { x: 0, y: 0 }));
    const moved = applyCommand(placed, commands.moveNode('plan', 'o1', { x: 50, y: 0 }));
    const comparison = comparePlans(placed, moved);
    expect(comparison.boxes.changed).toEqual([]);
    expect(comparison.layout.moved).toBe(1);
    expect(texts(placed, moved)).toEqual(['Moved 1 box (layout only)']);
  });

  it('lists plan fields by their labels', () => {
    const before = cleanPlan();
    const after = applyCommand(before, commands.setPlanInfo({ period: '2024-2029', title: 'New title' }));
    expect(comparePlans(before, after).plan.map((field) => field.field)).toEqual(['title', 'period']);
    expect(texts(before, after)).toContain('Changed plan period: empty → “2024-2029”');
  });

  it('summarises a series of readings rather than printing it', () => {
    const before = cleanPlan();
    const after = applyCommand(
      before,
      commands.updateNode('i1', {
        measurements: [
          { value: 10, date: '2022' },
          { value: 12.5, date: '2023' },
        ],
      }),
    );
    expect(texts(before, after).find((line) => line.includes('measurements') || line.includes('readings'))).toMatch(/→ 2 readings, latest 2023: 12\.5$/);
  });
});

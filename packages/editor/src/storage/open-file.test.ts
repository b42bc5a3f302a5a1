import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFiles, type ChosenFile } from './open-file.js';

const schemasFixtures = resolve(import.meta.dirname, '../../../schemas/test/fixtures');
const chosen = (path: string, name = path.split('/').at(-1)!): ChosenFile => {
  const bytes = readFileSync(path);
  return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
};
const text = (name: string, content: string): ChosenFile => ({ name, bytes: new TextEncoder().encode(content).buffer as ArrayBuffer });

describe('opening files in the editor', () => {
  it('opens a ToC-Maker chart as a plan and lists what the import changed or decided', async () => {
    const outcome = await openFiles([chosen(`${schemasFixtures}/foreign/tocmaker-food.json`)]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.plan.title).toBe('Community food programme');
    expect(outcome.notice.text).toBe(
      'Opened “Community food programme” from “tocmaker-food.json”: 15 boxes and 16 links. What the import changed, dropped or decided:',
    );
    expect(outcome.notice.details).toContain('Read “tocmaker-food.json” as a ToC-Maker chart (detected from its content).');
  });

  it('opens two CSV files chosen together, in either order, as elements and connections', async () => {
    const elements = chosen(`${schemasFixtures}/foreign/kumu-elements-semicolon.csv`);
    const connections = chosen(`${schemasFixtures}/foreign/kumu-connections-semicolon.csv`);
    const outcome = await openFiles([connections, elements]);
    expect(outcome.ok && outcome.plan.edges.has('measures:survey:belong')).toBe(true);
    expect(outcome.ok && outcome.notice.tone).toBe('warning');
  });

  it('opens a Changemap plan as before', async () => {
    const outcome = await openFiles([chosen(`${schemasFixtures}/valid.changemap.json`)]);
    expect(outcome.ok && outcome.notice.text).toBe('Opened “A small valid plan”.');
  });

  it('opens nothing, and says why, for a broken or unknown file or a mixed choice', async () => {
    const broken = await openFiles([text('chart.json', '{"sections": [')]);
    expect(broken.ok).toBe(false);
    expect(broken.notice.text).toBe('“chart.json” could not be opened. Your open plan has not changed.');
    expect(broken.notice.details?.[0]).toMatch(/not valid JSON/);
    // Where the file breaks is said once, not repeated after the message that already says it.
    expect(broken.notice.details?.[0]?.match(/\(line \d+, column \d+\)/g)).toHaveLength(1);
    const unknown = await openFiles([text('notes.txt', 'hello')]);
    expect(unknown.ok).toBe(false);
    const mixed = await openFiles([text('a.json', '{}'), text('b.csv', 'Label\nA')]);
    expect(mixed.notice.text).toBe('Choose one file, or two CSV files (elements and connections) together. Your open plan has not changed.');
  });
});

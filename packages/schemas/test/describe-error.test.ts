import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeImportError } from '../src/import/describe-error.js';
import { importModel } from '../src/import/import-model.js';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');
const timesIn = (text: string, part: string) => text.split(part).length - 1;

function refusedErrors(text: string) {
  const result = importModel(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('describing a refused file', () => {
  it('names the place of a JSON syntax error once (its message already holds it)', () => {
    const [error] = refusedErrors('{ "format": "changemap", "nodes": [ }');
    expect(describeImportError(error!)).toBe('This file is not valid JSON: an unexpected “}” was found (line 1, column 37).');
  });

  it('adds the place to a schema problem, whose message does not say it', () => {
    const [error] = refusedErrors(fixture('schema-errors.changemap.json'));
    expect(describeImportError(error!)).toBe('Node 1 (“a”) is missing the required field “title”. (line 7, column 5)');
  });

  it('leaves a message without a place as it is', () => {
    const [error] = refusedErrors(fixture('foreign.json'));
    expect(describeImportError(error!)).toBe('This is not a Changemap file. Changemap files are JSON with "format": "changemap".');
  });

  it('any text that is not JSON: the described error says where exactly once', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        fc.pre(!parses);
        const [error] = refusedErrors(text);
        expect(error!.code).toBe('invalid-json');
        const described = describeImportError(error!);
        expect(timesIn(described, '(line ')).toBe(1);
        expect(described).toContain(`(line ${error!.line}, column ${error!.column})`);
      }),
    );
  });
});

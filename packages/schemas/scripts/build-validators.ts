/**
 * Compiles the plan schema into standalone validation code, so neither the CLI nor the browser
 * compiles a schema at start-up (0.15–0.8 s) and the browser bundle holds no ajv compiler.
 * Run by `pnpm --filter @changemap/schemas generate`; a test fails when the output is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateValidatorSource } from './validator-source.js';

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(resolve(here, '../schema/plan.v1.schema.json'), 'utf8'));
const out = resolve(here, '../src/generated/validate-plan-v1.js');
writeFileSync(out, generateValidatorSource(schema));
console.log(`Wrote ${out}`);

/**
 * Writes the current format's JSON Schema from the core's specs (schema/plan.v<N>.schema.json),
 * and compiles it into standalone validation code, so neither the CLI nor the browser compiles a
 * schema at start-up (0.15–0.8 s) and the browser bundle holds no ajv compiler.
 * Run by `pnpm --filter @changemap/schemas generate`; a test fails when either output is stale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURRENT_VERSION } from '../src/format.js';
import { buildPlanSchema, planSchemaText } from './plan-schema.js';
import { generateValidatorSource } from './validator-source.js';

const here = dirname(fileURLToPath(import.meta.url));
const schemaFile = resolve(here, `../schema/plan.v${CURRENT_VERSION}.schema.json`);
writeFileSync(schemaFile, planSchemaText());
console.log(`Wrote ${schemaFile}`);
const validatorFile = resolve(here, '../src/generated/validate-plan.js');
writeFileSync(validatorFile, generateValidatorSource(buildPlanSchema()));
console.log(`Wrote ${validatorFile}`);

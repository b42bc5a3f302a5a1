// Writes each example's plan.changemap.json from its build.ts (run after editing a build.ts).
import { writeFileSync } from 'node:fs';
import { exportJson } from '@changemap/schemas';
import { EXAMPLES, examplePath } from './examples.js';

for (const example of EXAMPLES) {
  writeFileSync(examplePath(example), exportJson(example.build()));
  console.log(`Wrote ${examplePath(example)}`);
}

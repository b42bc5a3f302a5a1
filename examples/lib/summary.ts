// Prints, per call to action, how many priorities, actions, outcomes and indicators each example
// holds, so a reader can compare the model with the PDF. `pnpm --filter @changemap/examples summary`
import { readFileSync } from 'node:fs';
import { importModel } from '@changemap/schemas';
import { EXAMPLES, examplePath } from './examples.js';
import { summarise } from './summarise.js';

for (const example of EXAMPLES) {
  const result = importModel(readFileSync(examplePath(example)));
  if (!result.ok) throw new Error(`${example.folder} does not import: ${result.errors[0]?.message}`);
  console.log(`\n${result.model.title}`);
  console.log(summarise(result.model));
}

import { expect, test } from './fixtures.js';
import { describe, measure, shortfalls } from './readability.js';

/**
 * Can a person read each call to action as it opens, at 1440×900? See readability.ts for the
 * measure. The figures are printed and attached to the test so that they can be quoted.
 */

test('each call to action of the flagship opens readable at 1440×900', async ({ editor, page }) => {
  test.setTimeout(120_000);
  await editor.open();
  const failures: string[] = [];
  for (let n = 1; n <= 5; n++) {
    await editor.openCallToAction(n);
    const figures = await measure(page);
    const line = describe(`call to action ${n}`, figures);
    console.log(line);
    test.info().annotations.push({ type: 'readability', description: line });
    await editor.screenshot(`readability-cta-${n}`);
    failures.push(...shortfalls(String(n), figures));
  }
  expect(failures, 'calls to action below the readability goal').toEqual([]);
});

import { defineProject } from 'vitest/config';

export default defineProject({
  // Property tests and the 200,000-node walks take seconds; a busy CI machine must not fail them on time.
  test: { setupFiles: ['../../scripts/fast-check-setup.ts'], name: 'core', include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});

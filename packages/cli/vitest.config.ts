import { defineProject } from 'vitest/config';

const conditions = ['@changemap/source'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // Each CLI test starts the command as a real process, several times: generous on a loaded machine.
  test: { setupFiles: ['../../scripts/fast-check-setup.ts'], name: 'cli', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000 },
});

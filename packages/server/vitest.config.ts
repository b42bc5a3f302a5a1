import { defineProject } from 'vitest/config';

const conditions = ['@changemap/source'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    setupFiles: ['../../scripts/fast-check-setup.ts'],
    name: 'server',
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    // Real servers and child processes: one file at a time keeps this 2-core machine responsive.
    fileParallelism: false,
  },
});

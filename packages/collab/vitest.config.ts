import { defineProject } from 'vitest/config';

const conditions = ['@changemap/source'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: { setupFiles: ['../../scripts/fast-check-setup.ts'], name: 'collab', include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});

import { defineProject } from 'vitest/config';

// The workspace packages from their sources, as the other packages' tests read them.
const conditions = ['@changemap/source'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: { setupFiles: ['../../scripts/fast-check-setup.ts'], name: 'collab', include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});

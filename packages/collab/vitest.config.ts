import { defineProject } from 'vitest/config';

export default defineProject({
  test: { setupFiles: ['../../scripts/fast-check-setup.ts'], name: 'collab', include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});

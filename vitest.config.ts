import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@changemap/source'] },
  ssr: { resolve: { conditions: ['@changemap/source'] } },
  test: {
    projects: ['packages/core', 'packages/collab', 'packages/server', 'packages/schemas', 'packages/cli', 'examples', 'packages/editor'],
  },
});

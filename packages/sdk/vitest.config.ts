import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Resolve workspace packages to their TypeScript source (no build step needed for tests).
  resolve: { conditions: ['@compound/source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@compound/source', 'node', 'import', 'default'] } },
  test: {
    name: 'sdk',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

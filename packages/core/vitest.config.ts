import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Resolve workspace packages to their TypeScript source (no build step needed for tests).
  resolve: { conditions: ['@compound/source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@compound/source', 'node', 'import', 'default'] } },
  test: {
    name: 'core',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

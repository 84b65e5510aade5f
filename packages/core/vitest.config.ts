import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Resolve workspace packages to their TypeScript source (no build step needed for tests).
  // (Vite's own defaults plus ours; adding 'import' here would make pg load pg-pool's ESM build via require.)
  resolve: { conditions: ['@compound/source', 'module', 'node', 'development|production'] },
  ssr: { resolve: { conditions: ['@compound/source', 'module', 'node', 'development|production'] } },
  test: {
    name: 'core',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Send days and hours, and times without a zone, follow the user's zone (the CLI's default is
    // the machine's): tests run on one clock wherever they run; tests of other zones name theirs.
    env: { TZ: 'UTC' },
  },
});

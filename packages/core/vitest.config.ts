import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@compound/source'] },
  test: {
    name: 'core',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

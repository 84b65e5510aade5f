import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@compound/source'] },
  test: {
    name: 'sdk',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

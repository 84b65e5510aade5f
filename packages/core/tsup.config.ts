import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'store/pglite/index': 'src/store/pglite/index.ts',
    'store/postgres/index': 'src/store/postgres/index.ts',
    'testing/index': 'src/testing/index.ts',
  },
  format: ['esm'],
  dts: { compilerOptions: { customConditions: [] } },
  sourcemap: true,
  clean: true,
  tsconfig: 'tsconfig.build.json',
});

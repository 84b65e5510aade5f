#!/usr/bin/env node
// Runs the built CLI when present; in the workspace (no build), a bundle of the TypeScript sources
// (bundle-sources.js), or the sources themselves through tsx when that bundle cannot be built.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const built = join(root, 'dist', 'cli', 'bin.js');
if (existsSync(built) && !existsSync(join(root, 'src', 'cli', 'bin.ts'))) {
  await import(pathToFileURL(built).href);
} else {
  const bundle = await import('./bundle-sources.js').then(({ bundledCli }) => bundledCli(root)).catch(() => undefined);
  if (bundle !== undefined) await import(pathToFileURL(bundle).href);
  else await runSources();
}

async function runSources() {
  const { register } = await import('node:module');
  register('./source-conditions.js', import.meta.url);
  const tsx = await import('tsx/esm/api');
  tsx.register({ tsconfig: join(root, 'tsconfig.json') });
  await import(pathToFileURL(join(root, 'src', 'cli', 'bin.ts')).href);
}

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledCli } from '../bin/bundle-sources.js';

const sdkRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const coreRoot = join(sdkRoot, '..', 'core');

describe('the workspace CLI bundle', () => {
  it('is built once from the sources and reused while they do not change', async () => {
    const first = await bundledCli(sdkRoot);
    expect(relative(join(coreRoot, 'node_modules', '.cache', 'compound-cli'), first)).toMatch(/^cli-[0-9a-f]{20}\.mjs$/);
    const built = (await stat(first)).mtimeMs;
    expect(await bundledCli(sdkRoot)).toBe(first);
    expect((await stat(first)).mtimeMs).toBe(built);
  }, 120_000);

  it('runs an import: it finds the migrations and the PGlite worker from its own folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'compound-bundle-'));
    try {
      const file = join(folder, 'two.csv');
      await writeFile(file, 'name,email,company\nAda Lovelace,ada@example.com,Analytical Engines Ltd\nBob Smith,bob@acme.io,Acme Inc\n');
      const env = { ...process.env };
      delete env['DATABASE_URL'];
      const result = spawnSync(process.execPath, [await bundledCli(sdkRoot), 'import', file, '--workspace', join(folder, 'ws'), '--json'], {
        env,
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ rows: 2, imported: 2, unique: 2, rejected: [] });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});

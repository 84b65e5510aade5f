import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
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

describe('the workspace CLI bundle, on a workspace of its own', () => {
  /** A minimal workspace: core and sdk sources, manifests and a lockfile, in a temp folder. */
  async function workspace(): Promise<{ root: string; sdk: string; write: (path: string, text: string) => Promise<void> }> {
    const root = await mkdtemp(join(tmpdir(), 'compound-bundle-ws-'));
    const write = async (path: string, text: string) => {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    };
    await write('pnpm-lock.yaml', 'lockfileVersion: 9.0\n');
    await write('packages/core/package.json', '{"name":"core"}\n');
    await write('packages/sdk/package.json', '{"name":"sdk"}\n');
    await write('packages/sdk/tsconfig.json', '{"compilerOptions":{"strict":true}}\n');
    await write('packages/core/src/index.ts', "export const greeting: string = 'hello';\n");
    await write('packages/sdk/src/cli/bin.ts', "import { greeting } from '../../../core/src/index.js';\nconsole.log(greeting);\n");
    return { root, sdk: join(root, 'packages', 'sdk'), write };
  }
  const run = (bundle: string) => spawnSync(process.execPath, [bundle], { encoding: 'utf8' }).stdout.trim();

  it('rebuilds after a source changes, drops the old bundle, and throws on a source that does not compile', async () => {
    const { root, sdk, write } = await workspace();
    try {
      const first = await bundledCli(sdk);
      expect(run(first)).toBe('hello');
      // a test file is not part of the key
      await write('packages/core/src/index.test.ts', 'export {};\n');
      expect(await bundledCli(sdk)).toBe(first);

      await write('packages/core/src/index.ts', "export const greeting: string = 'hello again';\n");
      const second = await bundledCli(sdk);
      expect(second).not.toBe(first);
      expect(run(second)).toBe('hello again');
      expect(await readdir(dirname(second))).toEqual([basename(second)]);

      await write('packages/core/src/index.ts', 'export const greeting: string = ;\n');
      await expect(bundledCli(sdk)).rejects.toThrow();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const scratch = await mkdtemp(join(tmpdir(), 'compound-build-'));

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

// The packages as npm ships them: tsup's JavaScript and declaration builds (a declaration that
// names a type stripped as @internal fails only here), then the built CLI run by plain node,
// without the source condition, so it loads the built @compound/core.
describe('the published packages', () => {
  it('build, and the built CLI deduplicates a file', { timeout: 240_000 }, async () => {
    await run('pnpm', ['--filter', '@compound/core', '--filter', '@compound/sdk', 'build'], { cwd: root, maxBuffer: 16 * 2 ** 20 });

    const file = join(scratch, 'contacts.csv');
    await writeFile(
      file,
      ['Name,Email,Company', 'Ada Lovelace,ada@analytical.io,Analytical Engines', 'Ada  Lovelace,ADA@analytical.io,Analytical Engines Ltd', 'Charles Babbage,charles@difference.org,Difference'].join(
        '\n',
      ),
    );
    const bin = join(root, 'packages', 'sdk', 'dist', 'cli', 'bin.js');
    const { stdout } = await run(process.execPath, [bin, 'dedup', file, '--json'], { cwd: scratch, env: { PATH: process.env['PATH'] ?? '' } });
    expect((JSON.parse(stdout) as { clusters: number[][] }).clusters).toEqual([[1, 2], [3]]);
  });
});

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'packages', 'sdk', 'bin', 'compound.js');

/** Runs the real `compound` binary (embedded: no DATABASE_URL); `interrupt.signal` is sent once `interrupt.when()` holds. */
function run(args: string[], interrupt?: { signal: NodeJS.Signals; when: () => boolean }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const poll = interrupt && setInterval(() => {
    if (!interrupt.when()) return;
    clearInterval(poll);
    child.kill(interrupt.signal);
  }, 50);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stdout, stderr });
    }),
  );
}

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-qa-interrupt-'));
  const lines = ['First Name,Last Name,Email,Company,Title'];
  for (let index = 0; index < 20_000; index++) lines.push(`Ann${index},Lee${index},ann${index}@company${index}.example,Company ${index},VP Sales`);
  await writeFile(join(directory, 'big.csv'), lines.join('\n'));
  await writeFile(join(directory, 'small.csv'), 'Name,Email\nAda Lovelace,ada@analytical.example\nGrace Hopper,grace@navy.example\n');
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('Ctrl-C or SIGTERM during an import', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('on %s, says nothing was saved, exits 130, and leaves the workspace as it was and unlocked', async (signal) => {
    const workspace = join(directory, `ws-${signal}`);
    expect((await run(['import', join(directory, 'small.csv'), '--workspace', workspace])).code).toBe(0);
    // Without a terminal no progress is shown: the signal goes a moment after the workspace is
    // opened (its lock file appears), while the 20,000 rows are read, matched and saved.
    let lockedAt: number | undefined;
    const stopped = await run(['import', join(directory, 'big.csv'), '--workspace', workspace], {
      signal,
      when: () => {
        if (lockedAt === undefined && existsSync(join(workspace, 'db.lock'))) lockedAt = Date.now();
        return lockedAt !== undefined && Date.now() - lockedAt > 500;
      },
    });
    expect(stopped.code).toBe(130);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr).toContain(
      `compound: import stopped (${signal === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM'}): nothing of it was saved, the store is as it was; run it again to import`,
    );
    expect(existsSync(join(workspace, 'db.lock'))).toBe(false);
    const listed = await run(['contacts', '--workspace', workspace, '--json']);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as Array<{ name: string }>).map((contact) => contact.name).sort()).toEqual(['Ada Lovelace', 'Grace Hopper']);
  });
});

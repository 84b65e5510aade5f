import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPgliteStore } from './index.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'compound-lock-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A process that sleeps until killed: a live holder of a lock this test writes for it. */
async function sleeper() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await once(child, 'spawn');
  return child;
}

describe('the lock of an embedded database folder', () => {
  it('refuses a second store on an open folder in this process, until the first is closed', async () => {
    const dataDir = join(root, 'db');
    const first = await openPgliteStore({ dataDir, worker: false });
    await expect(openPgliteStore({ dataDir, worker: false })).rejects.toMatchObject({
      code: 'store-locked',
      message: expect.stringMatching(/^the embedded database .*db is already open in this process: close the other store/),
    });
    await first.ensureTenant('acme');
    await first.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    const second = await openPgliteStore({ dataDir, worker: false });
    await second.ensureTenant('acme');
    await second.close();
  });

  it('refuses a folder another live process holds, naming it and the way out; takes over once it is gone', async () => {
    const dataDir = join(root, 'db');
    const child = await sleeper();
    const lock = JSON.stringify({ pid: child.pid, host: hostname(), since: '2026-01-05T09:00:00.000Z' });
    await writeFile(`${dataDir}.lock`, lock);
    try {
      const refused = await openPgliteStore({ dataDir, worker: false }).catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: 'store-locked' });
      expect((refused as Error).message).toBe(
        `the embedded database ${dataDir} is in use by another Compound process (pid ${child.pid}, since 2026-01-05T09:00:00.000Z), ` +
          'and PGlite serves one process at a time: wait for that command to finish and run this one again, or use PostgreSQL ' +
          `(--database-url or DATABASE_URL) to work from several processes at once. If no such process is running, delete ${dataDir}.lock.`,
      );
      // The holder's lock is left alone.
      expect(await readFile(`${dataDir}.lock`, 'utf8')).toBe(lock);
    } finally {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    // Killed without closing: its lock is stale and taken over.
    const store = await openPgliteStore({ dataDir, worker: false });
    expect(JSON.parse(await readFile(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    await store.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('says what is wrong with a folder it cannot create', async () => {
    await writeFile(join(root, 'file'), 'not a folder');
    await expect(openPgliteStore({ dataDir: join(root, 'file', 'db'), worker: false })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: `cannot create or write the embedded database folder ${join(root, 'file', 'db')}: a part of the path is a file, not a folder. Choose a workspace folder you can write to`,
    });
  });

  it("names the holder's command line, written without any password", async () => {
    const dataDir = join(root, 'db');
    const argv = process.argv;
    process.argv = [argv[0] ?? 'node', '/usr/lib/node_modules/compound/bin.js', 'import', 'big.csv', '--token', 'postgres://ann:s3cret@db:5432/x'];
    let first: Awaited<ReturnType<typeof openPgliteStore>> | undefined;
    try {
      first = await openPgliteStore({ dataDir, worker: false });
    } finally {
      process.argv = argv;
    }
    try {
      const written = JSON.parse(await readFile(`${dataDir}.lock`, 'utf8')) as { command: string };
      expect(written.command).toBe('bin.js import big.csv --token postgres://ann:***@db:5432/x');
      const child = await sleeper();
      try {
        await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: child.pid, host: hostname(), since: '2026-01-05T09:00:00.000Z', command: 'compound import big.csv' }));
        await expect(openPgliteStore({ dataDir, worker: false })).rejects.toMatchObject({
          code: 'store-locked',
          message: expect.stringContaining(`(pid ${child.pid}, \`compound import big.csv\`, since 2026-01-05T09:00:00.000Z)`),
        });
      } finally {
        child.kill('SIGKILL');
        await once(child, 'exit');
      }
    } finally {
      await first?.close();
    }
  });

  it('starts afresh with `fresh`, keeping nothing of the database before', async () => {
    const dataDir = join(root, 'db');
    const first = await openPgliteStore({ dataDir, worker: false });
    await first.ensureTenant('acme');
    await first.forTenant('acme').playbooks.save({ source: 'x', parsed: null });
    await first.close();
    const again = await openPgliteStore({ dataDir, worker: false, fresh: true });
    expect(await again.forTenant('acme').playbooks.latest()).toBeUndefined();
    // A folder in use is not emptied from under its holder.
    await expect(openPgliteStore({ dataDir, worker: false, fresh: true })).rejects.toMatchObject({ code: 'store-locked' });
    await again.ensureTenant('acme');
    await again.close();
  });
});

// Root may write any folder: the case needs another user.
describe.skipIf(process.getuid?.() === 0)('a database folder this user may not write', () => {
  it('says so instead of "PGlite failed to initialize properly"', async () => {
    const dataDir = join(root, 'db');
    await (await openPgliteStore({ dataDir, worker: false })).close();
    await chmod(dataDir, 0o500);
    try {
      await expect(openPgliteStore({ dataDir, worker: false })).rejects.toMatchObject({
        code: 'invalid-argument',
        message: `cannot create or write the embedded database folder ${dataDir}: permission denied. Choose a workspace folder you can write to`,
      });
    } finally {
      await chmod(dataDir, 0o700);
    }
  });
});

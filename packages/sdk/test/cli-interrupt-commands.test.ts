import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'packages', 'sdk', 'bin', 'compound.js');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from the signal to the end of the process. */
  afterSignalMs?: number;
}

/** Runs the real `compound` binary (embedded: no DATABASE_URL); `interrupt.signal` is sent once `interrupt.when()` holds. */
function run(args: string[], interrupt?: { signal: NodeJS.Signals; when: () => boolean }): Promise<Run> {
  const env = { ...process.env };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env });
  let stdout = '';
  let stderr = '';
  let signalledAt: number | undefined;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const poll = interrupt && setInterval(() => {
    if (!interrupt.when()) return;
    clearInterval(poll);
    signalledAt = Date.now();
    child.kill(interrupt.signal);
  }, 50);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, stdout, stderr, ...(signalledAt === undefined ? {} : { afterSignalMs: Date.now() - signalledAt }) });
    }),
  );
}

/** Holds `delayMs` after the workspace's lock file appears, i.e. once the command has opened it. */
function afterLocked(workspace: string, delayMs: number): () => boolean {
  let lockedAt: number | undefined;
  return () => {
    if (lockedAt === undefined && existsSync(join(workspace, 'db.lock'))) lockedAt = Date.now();
    return lockedAt !== undefined && Date.now() - lockedAt >= delayMs;
  };
}

const shown = (signal: NodeJS.Signals) => (signal === 'SIGINT' ? 'Ctrl-C' : signal);

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-interrupt-commands-'));
  await writeFile(join(directory, 'small.csv'), 'Name,Email\nAda Lovelace,ada@analytical.example\nGrace Hopper,grace@navy.example\n');
  // Sends of the two contacts and 50,000 others: a few seconds to read, match and save.
  const lines = ['Email,Campaign,Template,Sent At,Replied', 'ada@analytical.example,q1,roi,2026-01-05,yes', 'grace@navy.example,q1,roi,2026-01-05,no'];
  for (let index = 0; index < 50_000; index++) lines.push(`p${index}@company${index % 5000}.example,q${index % 7},angle${index % 4},2026-02-${String(1 + (index % 28)).padStart(2, '0')},${index % 13 === 0 ? 'yes' : 'no'}`);
  await writeFile(join(directory, 'events.csv'), lines.join('\n'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** A workspace holding the two contacts of small.csv. */
async function workspaceWithContacts(name: string): Promise<string> {
  const workspace = join(directory, name);
  expect((await run(['import', join(directory, 'small.csv'), '--workspace', workspace])).code).toBe(0);
  return workspace;
}

async function expectContactsIntact(workspace: string): Promise<void> {
  const listed = await run(['contacts', '--workspace', workspace, '--json']);
  expect(listed.code).toBe(0);
  expect((JSON.parse(listed.stdout) as Array<{ name: string }>).map((contact) => contact.name).sort()).toEqual(['Ada Lovelace', 'Grace Hopper']);
}

describe('Ctrl-C or SIGTERM during a command that writes: events import', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('on %s, says nothing of it was saved, exits 130, leaves no event and no lock', async (signal) => {
    const workspace = await workspaceWithContacts(`events-${signal}`);
    const stopped = await run(['events', 'import', join(directory, 'events.csv'), '--workspace', workspace], { signal, when: afterLocked(workspace, 500) });
    expect(stopped.stderr).toBe(
      `compound: events import stopped (${shown(signal)}): nothing of it was saved (its events are written in one transaction at the end), the store is as it was; run it again\n`,
    );
    expect(stopped.code).toBe(130);
    expect(stopped.stdout).toBe('');
    expect(existsSync(join(workspace, 'db.lock'))).toBe(false);
    const insights = await run(['insights', '--workspace', workspace, '--json']);
    expect(insights.code).toBe(0);
    expect(JSON.parse(insights.stdout)).toMatchObject({ sends: 0 });
    await expectContactsIntact(workspace);
  });
});

describe('Ctrl-C during a command that reads: contacts', () => {
  it('says it changed nothing, exits 130 and leaves no lock', async () => {
    const workspace = await workspaceWithContacts('contacts');
    const stopped = await run(['contacts', '--workspace', workspace, '--json'], { signal: 'SIGINT', when: afterLocked(workspace, 100) });
    expect(stopped.stderr).toBe('compound: contacts stopped (Ctrl-C): it only reads the workspace, nothing was changed\n');
    expect(stopped.code).toBe(130);
    expect(stopped.stdout).toBe('');
    expect(existsSync(join(workspace, 'db.lock'))).toBe(false);
    await expectContactsIntact(workspace);
  });
});

describe('Ctrl-C during a command that opens no workspace: simulate', () => {
  it('ends at once, as Node does by default, even in the middle of its computation', async () => {
    const started = Date.now();
    const stopped = await run(['simulate', '--sends', '100000', '--json'], { signal: 'SIGINT', when: () => Date.now() - started > 3000 });
    expect(stopped).toMatchObject({ code: null, signal: 'SIGINT', stdout: '' });
    expect(stopped.afterSignalMs).toBeLessThan(5000);
  });
});

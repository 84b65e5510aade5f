import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '@compound/core/store/postgres';
import { createCompound } from '../src/embedded/create-compound.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'packages', 'sdk', 'bin', 'compound.js');
const contacts = join(root, 'examples', 'contacts.csv');
const playbook = join(root, 'examples', 'playbook.md');

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the real `compound` binary; `finished` settles when it exits. */
function start(args: string[], env: NodeJS.ProcessEnv): { finished: Promise<Finished> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { finished: new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr }))) };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 60_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const embeddedEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env['DATABASE_URL'];
  return env;
};

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-qa-concurrency-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('one embedded workspace, two processes', () => {
  it('refuses the second process with one line saying what to do, and the first import lands whole', async () => {
    const workspace = join(directory, 'shared');
    const importing = start(['import', contacts, '--workspace', workspace, '--json'], embeddedEnv());
    await until(() => existsSync(join(workspace, 'db.lock')), 'the first process to open the workspace');
    const second = await start(['contacts', '--workspace', workspace], embeddedEnv()).finished;
    expect(second.code).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(
      /^compound: error: the embedded database .*shared\/db is in use by another Compound process \(pid \d+, `compound\.js import .*contacts\.csv --workspace .*shared --json`, since .+\), and PGlite serves one process at a time: wait for that command to finish and run this one again, or use PostgreSQL \(--database-url or DATABASE_URL\) .*\[store-locked\]\n$/,
    );

    const first = await importing.finished;
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const { unique } = JSON.parse(first.stdout) as { unique: number };
    const listed = await start(['contacts', '--workspace', workspace, '--json'], embeddedEnv()).finished;
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(unique);
  });

  it('runs two imports of one process into one tenant one after the other', async () => {
    const compound = await createCompound({ workspace: join(directory, 'in-process'), embedded: true, tenant: 'acme' });
    try {
      let waited = 0;
      const [first, second] = await Promise.all([
        compound.importFile(contacts, { playbook, onWait: () => (waited += 1) }),
        compound.importFile(contacts, { playbook, onWait: () => (waited += 1) }),
      ]);
      expect(waited).toBe(1);
      expect(second.contactsTotal).toBe(first.unique);
      expect(second.newContacts).toBe(0);
      expect(second.playbookVersion).toBe(first.playbookVersion);
      expect(await compound.contacts()).toHaveLength(first.unique);
    } finally {
      await compound.close();
    }
  });
});

const url = process.env['DATABASE_URL'];
describe.skipIf(url === undefined)('one PostgreSQL tenant, two import processes at once', () => {
  const schema = `compound_qa_${process.pid}_${Date.now().toString(36)}`;

  afterAll(async () => {
    // `pg` is core's dependency, not the SDK's: loaded from core's folder to drop the test's schema.
    const pg = createRequire(join(root, 'packages', 'core', 'package.json'))('pg') as {
      Client: new (options: { connectionString: string }) => { connect(): Promise<void>; query(sql: string): Promise<unknown>; end(): Promise<void> };
    };
    const client = new pg.Client({ connectionString: url ?? '' });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('neither stores the list twice nor loses one: the second merges into the first', async () => {
    // The schema, made and migrated before the processes start.
    await (await openPostgresStore({ connectionString: url ?? '', schema })).close();
    const databaseUrl = new URL(url ?? '');
    databaseUrl.searchParams.set('options', `-c search_path=${schema}`);
    const tenant = `qa-${Date.now().toString(36)}`;
    const args = ['import', contacts, '--playbook', playbook, '--database-url', databaseUrl.href, '--tenant', tenant, '--json'];
    const runs = await Promise.all([start(args, process.env).finished, start(args, process.env).finished]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const reports = runs.map((run) => JSON.parse(run.stdout) as { unique: number; newContacts: number; contactsTotal: number; playbookVersion: number });
    const [firstDone, secondDone] = [...reports].sort((a, b) => b.newContacts - a.newContacts);
    expect(firstDone?.newContacts).toBe(firstDone?.unique);
    expect(secondDone?.newContacts).toBe(0);
    expect(secondDone?.contactsTotal).toBe(firstDone?.unique);
    expect(reports.map((report) => report.playbookVersion)).toEqual([1, 1]);

    const store = await openPostgresStore({ connectionString: url ?? '', schema });
    try {
      expect(await store.forTenant(tenant).contacts.count()).toBe(firstDone?.unique);
    } finally {
      await store.close();
    }
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import { cli } from './run-cli-helper.js';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-qa-options-'));
  await writeFile(join(directory, 'contacts.csv'), 'Name,Email\nAda Lovelace,ada@a.example\n');
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** The CLI in-process with `env` (the helper's is empty). */
async function cliWithEnv(args: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: directory,
    env,
    interactive: false,
  });
  return { code, stdout, stderr };
}

describe('the options for every command, as a team passes them', () => {
  it('refuses a --tenant that is empty, padded with spaces or holds a control character, before opening anything', async () => {
    for (const tenant of ['', ' ', 'acme ', ' acme', 'ac\nme', 'ac\tme']) {
      const result = await cli(['import', 'contacts.csv', '--tenant', tenant, '--workspace', 'ws-tenant'], directory);
      expect(result.code, JSON.stringify(tenant)).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `compound: error: --tenant expects a tenant id without control characters or spaces at either end, got ${JSON.stringify(tenant)} [invalid-argument] (compound --help lists the commands and options)\n`,
      );
    }
    // Ids with other characters are fine.
    for (const tenant of ['acme corp', "o'brien; --", 'ünï/cödé']) {
      expect((await cli(['import', 'contacts.csv', '--tenant', tenant, '--workspace', 'ws-tenant'], directory)).code, tenant).toBe(0);
    }
    // Ids are case-sensitive, and a new one that differs from a stored one only in case is a typo
    // that would start an empty tenant beside the data: refused, naming the stored id.
    const typo = await cli(['contacts', '--tenant', 'Acme Corp', '--workspace', 'ws-tenant', '--json'], directory);
    expect(typo.code).toBe(1);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe(
      'compound: error: there is no tenant "Acme Corp", but there is "acme corp": tenant ids are case-sensitive, so use that id ' +
        '(a new tenant needs a name no tenant has in any case) [tenant-missing]\n',
    );
    const listed = await cli(['contacts', '--tenant', 'acme corp', '--workspace', 'ws-tenant', '--json'], directory);
    expect(JSON.parse(listed.stdout).length).toBeGreaterThan(0);
  });

  it('refuses an empty --workspace or --database-url (an unset shell variable), not the current folder or the default store', async () => {
    for (const option of ['--workspace', '--database-url']) {
      const result = await cli(['contacts', option, ''], directory);
      expect(result.code, option).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^compound: error: ${option} needs a value, got an empty one`));
    }
  });

  it('takes an explicit --workspace as the embedded store even when DATABASE_URL is set, and refuses both flags at once', async () => {
    // An unreachable server: reaching for it would fail.
    const env = { DATABASE_URL: 'postgres://user:secret@127.0.0.1:1/compound' };
    const imported = await cliWithEnv(['import', 'contacts.csv', '--workspace', 'ws-explicit', '--json'], env);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect((await cliWithEnv(['contacts', '--workspace', 'ws-explicit', '--json'], env)).stdout).toMatch(/Ada Lovelace/);
    expect((await cliWithEnv(['contacts'], env)).stderr).toMatch(/cannot connect to PostgreSQL at 127\.0\.0\.1:1/);

    const both = await cli(['contacts', '--workspace', 'ws-explicit', '--database-url', 'postgres://a@b/c'], directory);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      'compound: error: --workspace (the embedded database) and --database-url (PostgreSQL) name two different stores: give one of them [invalid-argument]\n',
    );
    const demo = await cli(['demo', '--database-url', 'postgres://a@b/c'], directory);
    expect(demo.code).toBe(2);
    expect(demo.stderr).toMatch(/^compound: error: demo runs on the embedded database: --database-url does not apply to it/);
  });

  it('says plainly why a workspace cannot be used: a file, or a path through a file', async () => {
    await writeFile(join(directory, 'a-file'), 'x');
    const file = await cli(['contacts', '--workspace', 'a-file'], directory);
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/^compound: error: workspace .*a-file is a file, not a folder/);
    for (const command of [['contacts'], ['demo']]) {
      const through = await cli([...command, '--workspace', join('a-file', 'ws')], directory);
      expect(through.code, command[0]).toBe(1);
      expect(through.stderr, command[0]).toBe(
        `compound: error: cannot create or write the embedded database folder ${join(directory, 'a-file', 'ws', 'db')}: a part of the path is a file, not a folder. Choose a workspace folder you can write to [invalid-argument]\n`,
      );
    }
  });

  it("demo's next steps can be pasted into a shell, whatever the workspace's path", async () => {
    const folder = join(directory, "team's demo");
    await mkdir(folder);
    const result = await cli(['demo', '--workspace', join(folder, 'ws')], directory);
    expect(result.code).toBe(0);
    // Below the current folder: relative, quoted for the shell (a quote inside written '\'').
    expect(result.stdout).toContain(`  pnpm compound contacts --workspace 'team'\\''s demo/ws' --top 25\n`);
    // Elsewhere: absolute, not ../../.. from the current folder.
    const elsewhere = await cli(['demo', '--workspace', join(directory, 'plain-ws')], join(directory, "team's demo"));
    expect(elsewhere.stdout).toContain(`  pnpm compound contacts --workspace ${join(directory, 'plain-ws')} --top 25\n`);
  }, 120_000);
});

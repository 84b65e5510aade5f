import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';

describe('openStore', () => {
  it('opens embedded PGlite under <workspace>/db when no database URL is set', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'compound-workspace-'));
    try {
      const store = await openStore({ workspace, env: {} });
      expect(store.driver).toBe('pglite');
      await store.close();
      expect((await stat(join(workspace, 'db'))).isDirectory()).toBe(true);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  it('picks PostgreSQL when DATABASE_URL is set', async () => {
    // An unreachable server: the choice of driver shows in the error, no database is needed.
    const failure = await openStore({ env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, schema: 'x' }).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 'store-query-failed', context: { provider: 'postgres' } });
  });
});

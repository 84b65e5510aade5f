import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from './index.js';
import { postgresConnectError, postgresConnectFailure } from './postgres-connect-error.js';

describe('postgresConnectError', () => {
  it('names host:port of an unreachable server, never the password, from anywhere in the cause chain', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:6543'), { code: 'ECONNREFUSED' });
    const wrapped = new Error('Store migration failed', { cause: new Error('Query failed', { cause: refused }) });
    const error = postgresConnectError(wrapped, 'postgres://app:hunter2@10.0.0.7:6543/crm');
    expect(error?.code).toBe('store-query-failed');
    expect(error?.message).toBe('cannot connect to PostgreSQL at 10.0.0.7:6543: connection refused (check the connection string or DATABASE_URL)');
    expect(error?.message).not.toContain('hunter2');
    expect(postgresConnectError(Object.assign(new Error('x'), { code: 'ENOTFOUND' }), 'postgres:///crm?host=/run/postgresql')?.message).toMatch(
      /at \/run\/postgresql: no such host/,
    );
  });

  it('leaves other failures alone (a failed query, an auth error)', () => {
    expect(postgresConnectError(Object.assign(new Error('password authentication failed'), { code: '28P01' }), 'postgres://a@b/c')).toBeUndefined();
    expect(postgresConnectError(new Error('no code'), 'postgres://a@b/c')).toBeUndefined();
  });

  it('is what openPostgresStore throws when nothing listens', async () => {
    const error = await openPostgresStore({ connectionString: 'postgres://app:hunter2@127.0.0.1:1/crm' }).catch((caught: unknown) => caught);
    expect(error instanceof Error && error.message).toBe('cannot connect to PostgreSQL at 127.0.0.1:1: connection refused (check the connection string or DATABASE_URL)');
  });
});

describe('postgresConnectFailure', () => {
  it("gives the server's refusal with the fix, never the password", () => {
    const refused = Object.assign(new Error('password authentication failed for user "app"'), { code: '28P01' });
    const error = postgresConnectFailure(new Error('Query failed', { cause: refused }), 'postgres://app:hunter2@db.internal:6543/crm');
    expect(error).toMatchObject({ code: 'store-query-failed', context: { provider: 'postgres' } });
    expect(error.message).toBe(
      'cannot connect to PostgreSQL at db.internal:6543: password authentication failed for user "app" (check the user and password in the connection string)',
    );
    expect(postgresConnectFailure(new Error('Connection terminated unexpectedly'), 'postgres://a:hunter2@b/c').message).toBe(
      'cannot connect to PostgreSQL at b:5432: Connection terminated unexpectedly (check the connection string or DATABASE_URL)',
    );
  });

  const url = process.env['DATABASE_URL'];
  it.skipIf(url === undefined)('is what openPostgresStore throws for a database or a user the server does not have', async () => {
    const missingDatabase = new URL(url ?? '');
    missingDatabase.pathname = '/compound_no_such_database';
    const noDatabase = await openPostgresStore({ connectionString: missingDatabase.href }).catch((caught: unknown) => caught);
    expect(noDatabase).toMatchObject({
      code: 'store-query-failed',
      message: expect.stringMatching(
        /^cannot connect to PostgreSQL at [^ ]+: database "compound_no_such_database" does not exist \(create it with `createdb compound_no_such_database`, or fix/,
      ),
    });
    const missingUser = new URL(url ?? '');
    missingUser.username = 'compound_no_such_user';
    missingUser.password = 'hunter2';
    const noUser = await openPostgresStore({ connectionString: missingUser.href, schema: 'compound_unused' }).catch((caught: unknown) => caught);
    expect(noUser).toMatchObject({ code: 'store-query-failed', message: expect.stringMatching(/^cannot connect to PostgreSQL at .*compound_no_such_user.*check the user/) });
    expect((noUser as Error).message).not.toContain('hunter2');
  });
});

/** A server that accepts connections and never answers, as a host behind a firewall that drops packets looks to a client. */
async function silentServer(): Promise<{ url: (query?: string) => string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => void sockets.add(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: (query = '') => `postgres://app:hunter2@127.0.0.1:${port}/crm${query}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('the connect timeout of openPostgresStore', () => {
  it('gives up on a server that never answers after connectTimeoutMs, naming it and the fix', async () => {
    const server = await silentServer();
    try {
      const started = performance.now();
      const error = await openPostgresStore({ connectionString: server.url(), connectTimeoutMs: 300 }).catch((caught: unknown) => caught);
      expect(performance.now() - started).toBeLessThan(3000);
      expect(error).toMatchObject({ code: 'store-query-failed', context: { provider: 'postgres' } });
      expect((error as Error).message).toBe(
        `cannot connect to PostgreSQL at ${new URL(server.url()).host}: no answer within 0.3 s (check the host and port in the connection string or DATABASE_URL, ` +
          'and that no firewall drops the connection; on a slow network allow longer with connect_timeout=30 in the URL)',
      );
      // The option wins over the URL's connect_timeout.
      const optionFirst = await openPostgresStore({ connectionString: server.url('?connect_timeout=60'), connectTimeoutMs: 300, schema: 'compound_x' }).catch(
        (caught: unknown) => caught,
      );
      expect((optionFirst as Error).message).toContain('no answer within 0.3 s');
    } finally {
      await server.close();
    }
  });

  it("honours connect_timeout in the URL (seconds, at least 2, as libpq reads it)", async () => {
    const server = await silentServer();
    try {
      const error = await openPostgresStore({ connectionString: server.url('?connect_timeout=1') }).catch((caught: unknown) => caught);
      expect((error as Error).message).toMatch(/: no answer within 2 s \(/);
    } finally {
      await server.close();
    }
  });
});

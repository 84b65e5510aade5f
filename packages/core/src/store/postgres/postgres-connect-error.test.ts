import { describe, expect, it } from 'vitest';
import { openPostgresStore } from './index.js';
import { postgresConnectError } from './postgres-connect-error.js';

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

import { CompoundError } from '../../errors/compound-error.js';

/** Network codes that mean the server was never reached, and how the error says it. */
const unreachable: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  ETIMEDOUT: 'no answer',
  EHOSTUNREACH: 'no answer',
};

/**
 * A `store-query-failed` error naming the server (`host:port`, never the password) when `error`,
 * anywhere in its `cause` chain, says PostgreSQL could not be reached; `undefined` otherwise.
 */
export function postgresConnectError(error: unknown, connectionString: string): CompoundError | undefined {
  const code = rootCode(error);
  const why = code === undefined ? undefined : unreachable[code];
  if (why === undefined) return undefined;
  return new CompoundError({
    code: 'store-query-failed',
    message: `cannot connect to PostgreSQL at ${serverOf(connectionString)}: ${why} (check the connection string or DATABASE_URL)`,
    context: { provider: 'postgres' },
    cause: error,
  });
}

/** `host:port` of a connection string; a Unix socket (`postgres:///db?host=/run/postgresql`) has no host in the URL. */
function serverOf(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return url.hostname === '' ? (url.searchParams.get('host') ?? 'the local socket') : `${url.hostname}:${url.port || '5432'}`;
  } catch {
    return 'the configured server';
  }
}

/** The `code` of the innermost error in a `cause` chain that has one (`ECONNREFUSED`, ...). */
function rootCode(error: unknown): string | undefined {
  let code: string | undefined;
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    const candidate = (current as { code?: unknown }).code;
    if (typeof candidate === 'string') code = candidate;
    current = (current as { cause?: unknown }).cause;
  }
  return code;
}

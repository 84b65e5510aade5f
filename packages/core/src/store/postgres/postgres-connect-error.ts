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

/** What to do about a server's refusal, by SQLSTATE (the server's own message says what happened). */
const refusalFixes: Readonly<Record<string, (database: string) => string>> = {
  '3D000': (database) => `create it with \`createdb ${database}\`, or fix the database name in the connection string`,
  '28P01': () => 'check the user and password in the connection string',
  '28000': () => "check the user in the connection string; the server's pg_hba.conf must admit it from this host",
  '57P03': () => 'the server is starting or shutting down: try again in a moment',
  '53300': () => 'the server has no free connection: try again, or raise its max_connections',
};

/** What `pg` says when its connect timeout (`connectionTimeoutMillis`) ends a connection attempt. */
const timeoutMessages = new Set(['timeout expired', 'Connection terminated due to connection timeout']);

/**
 * The error for a failure to open a first connection: `postgresConnectError` when the server was
 * never reached, one naming the connect timeout when no answer came within `timeoutMs`, otherwise
 * a `store-query-failed` error naming the server and what it answered (a missing database, a wrong
 * password, an unknown user, a dropped connection) with the fix. The message never shows the password.
 */
export function postgresConnectFailure(error: unknown, connectionString: string, timeoutMs?: number): CompoundError {
  const unreached = postgresConnectError(error, connectionString);
  if (unreached !== undefined) return unreached;
  if (timedOut(error)) {
    const limit = timeoutMs === undefined ? '' : ` within ${formatSeconds(timeoutMs)}`;
    return new CompoundError({
      code: 'store-query-failed',
      message:
        `cannot connect to PostgreSQL at ${serverOf(connectionString)}: no answer${limit} ` +
        '(check the host and port in the connection string or DATABASE_URL, and that no firewall drops the connection; ' +
        'on a slow network allow longer with connect_timeout=30 in the URL)',
      context: { provider: 'postgres' },
      cause: error,
    });
  }
  const code = rootCode(error);
  const fix = (code === undefined ? undefined : refusalFixes[code])?.(databaseOf(connectionString)) ?? 'check the connection string or DATABASE_URL';
  return new CompoundError({
    code: 'store-query-failed',
    message: `cannot connect to PostgreSQL at ${serverOf(connectionString)}: ${rootMessage(error)} (${fix})`,
    context: { provider: 'postgres' },
    cause: error,
  });
}

/** Whether `pg`'s connect timeout ended the attempt, anywhere in the `cause` chain. */
function timedOut(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 10; depth++, current = current.cause) {
    if (timeoutMessages.has(current.message)) return true;
  }
  return false;
}

/** `10 s`, `2.5 s`. */
function formatSeconds(milliseconds: number): string {
  return `${Number((milliseconds / 1000).toFixed(1))} s`;
}

/** The message of the innermost error in a `cause` chain (the driver's or the server's own words). */
function rootMessage(error: unknown): string {
  let current = error;
  for (let depth = 0; current instanceof Error && current.cause instanceof Error && depth < 10; depth++) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

/** The database a connection string names (`NAME` when it cannot be read). */
function databaseOf(connectionString: string): string {
  try {
    return decodeURIComponent(new URL(connectionString).pathname.slice(1)) || 'NAME';
  } catch {
    return 'NAME';
  }
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

import { randomBytes } from 'node:crypto';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { CompoundError } from '../../errors/compound-error.js';

/** Who holds a database folder: what the lock file `<folder>.lock` says. */
interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

/**
 * Takes the lock of an embedded database folder for this process: the file `<directory>.lock`,
 * created exclusively, naming this process. PGlite is a single-process database: two processes
 * writing one folder corrupt it (seen: "MultiXactId 1 has not been created yet" after two imports
 * into one workspace at once), and so do two stores of one process. A lock left by a process that
 * is gone (killed, crashed) is taken over.
 * @returns releases the lock (idempotent).
 * @throws CompoundError `store-query-failed` when another store holds the folder, naming it and the fix.
 */
export async function lockDataDir(directory: string): Promise<() => Promise<void>> {
  const lockPath = `${directory}.lock`;
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() } satisfies LockHolder);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      await writeFile(lockPath, mine, { flag: 'wx', mode: 0o644 });
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        // Only our own lock: never one a later process took over.
        if ((await readFile(lockPath, 'utf8').catch(() => undefined)) === mine) await unlink(lockPath).catch(() => undefined);
      };
    } catch (error: unknown) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
    const text = await readFile(lockPath, 'utf8').catch(() => undefined);
    if (text === undefined) continue; // released meanwhile
    const holder = parseHolder(text);
    // An empty or partial file is a lock being written right now: held.
    if (holder === undefined || isAlive(holder)) throw inUseError(directory, lockPath, holder);
    await removeStaleLock(lockPath, text);
  }
  throw inUseError(directory, lockPath, undefined);
}

/**
 * Removes the lock file if it still holds `staleText`. Moved aside first, so that of two processes
 * taking over the same stale lock, the second never removes the lock the first has just written:
 * it finds that lock in what it moved aside, and puts it back.
 */
async function removeStaleLock(lockPath: string, staleText: string): Promise<void> {
  const aside = `${lockPath}.${randomBytes(6).toString('hex')}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return; // someone else moved or removed it: try again
  }
  const moved = await readFile(aside, 'utf8').catch(() => undefined);
  if (moved !== staleText) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.since === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: parsed.since };
    }
  } catch {
    // not JSON yet
  }
  return undefined;
}

/** A holder on another machine (a shared folder) cannot be checked: taken as alive. */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error: unknown) {
    // EPERM: the process exists, under another user.
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

function inUseError(directory: string, lockPath: string, holder: LockHolder | undefined): CompoundError {
  const fix = 'use PostgreSQL (--database-url or DATABASE_URL) to work from several processes at once';
  const message =
    holder?.pid === process.pid && holder.host === hostname()
      ? `the embedded database ${directory} is already open in this process: close the other store (compound.close()) before opening it again, or ${fix}`
      : `the embedded database ${directory} is in use by another Compound process` +
        (holder ? ` (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${holder.since})` : '') +
        `, and PGlite serves one process at a time: wait for that command to finish and run this one again, or ${fix}. ` +
        `If no such process is running, delete ${lockPath}.`;
  return new CompoundError({ code: 'store-query-failed', message, context: { file: directory, provider: 'pglite' } });
}

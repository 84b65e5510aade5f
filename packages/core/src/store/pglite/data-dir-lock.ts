import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { CompoundError } from '../../errors/compound-error.js';

/** Who holds a database folder: what the lock file `<folder>.lock` says. */
interface LockHolder {
  pid: number;
  host: string;
  since: string;
  /** The holder's command line (program name and arguments), when it wrote one. */
  command?: string;
}

/**
 * Takes the lock of an embedded database folder for this process: the file `<directory>.lock`,
 * created exclusively, naming this process. PGlite is a single-process database: two processes
 * writing one folder corrupt it (seen: "MultiXactId 1 has not been created yet" after two imports
 * into one workspace at once), and so do two stores of one process. A lock left by a process that
 * is gone (killed, crashed) is taken over.
 * @returns releases the lock (idempotent).
 * @throws CompoundError `store-locked` when another store holds the folder, naming it, the holder and the fix.
 */
export async function lockDataDir(directory: string): Promise<() => Promise<void>> {
  const lockPath = `${directory}.lock`;
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), command: commandLine() } satisfies LockHolder);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      await writeFile(lockPath, mine, { flag: 'wx', mode: 0o644 });
      let released = false;
      // A process that exits without closing the store (`process.exit` on Ctrl-C) leaves no lock
      // behind for the next command to find and check: 'exit' listeners run synchronously.
      const releaseOnExit = () => {
        try {
          if (readFileSync(lockPath, 'utf8') === mine) unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once('exit', releaseOnExit);
      return async () => {
        if (released) return;
        released = true;
        process.removeListener('exit', releaseOnExit);
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
      const holder: LockHolder = { pid: parsed.pid, host: parsed.host, since: parsed.since };
      if (typeof parsed.command === 'string' && parsed.command !== '') holder.command = parsed.command;
      return holder;
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
        (holder
          ? ` (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}${holder.command ? `, \`${holder.command}\`` : ''}, since ${holder.since})`
          : '') +
        `, and PGlite serves one process at a time: wait for that command to finish and run this one again, or ${fix}. ` +
        `If no such process is running, delete ${lockPath}.`;
  return new CompoundError({ code: 'store-locked', message, context: { file: directory, provider: 'pglite' } });
}

/**
 * This process's command line as the lock file names it: the program's file name and its
 * arguments (at most 200 characters), with any password in a URL left out.
 */
function commandLine(): string {
  const [, program, ...rest] = process.argv;
  const text = [program === undefined ? basename(process.argv0) : basename(program), ...rest].join(' ');
  const safe = text.replace(/(\/\/[^/@\s:]*):[^@\s]*@/g, '$1:***@');
  return safe.length > 200 ? `${safe.slice(0, 199)}…` : safe;
}

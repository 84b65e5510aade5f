import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CompoundError } from '../../errors/compound-error.js';
import { templateDataDir } from './template-data-dir.js';

/** Settings of `ensureDataDir`. */
export interface EnsureDataDirOptions {
  /**
   * The caller's migrations, as text: a new database is a copy of a template made with them (see
   * `templateDataDir`). Default: undefined, no template: `initialise` runs for every new database.
   */
  templateSchema?: string;
  /** Copies the template folder `from` into the new folder `to`. Default: `fs.cp`, recursive; tests inject an interrupted copy. */
  copy?: (from: string, to: string) => Promise<void>;
}

/** How `ensureDataDir` found or made the database. */
export type DataDirOrigin = 'existing' | 'template' | 'initialised';

/**
 * Makes sure the PGlite folder `directory` holds a database, creating it when the folder is
 * absent or empty. The caller holds the folder's lock.
 *
 * Creation is atomic: the new database is made in a hidden sibling folder
 * (`.<name>.creating-XXXXXX`), as a copy of a template (`templateSchema`) or by `initialise`, and
 * renamed into place once complete. So Ctrl-C or a crash during it leaves `directory` empty or
 * absent, never half a database (which PGlite cannot open, with an obscure WASM error). Such a
 * leftover sibling (and one of `discardDataDir`) is removed by the next call: a database being
 * created holds no data yet.
 *
 * `initialise` creates a PGlite database in the folder it is given, migrates it and closes it.
 * @returns `existing` when `directory` already held a database, else how it was made: `template`
 *   (a copy) or `initialised` (the template could not be made or copied, or none was asked for).
 * @throws CompoundError `store-unopenable` when `directory` holds files but no database (no
 *   `PG_VERSION`), named with what to do; the folder is left as it is.
 */
export async function ensureDataDir(directory: string, initialise: (folder: string) => Promise<void>, options: EnsureDataDirOptions = {}): Promise<DataDirOrigin> {
  await removeLeftovers(directory);
  if (!(await isEmptyFolder(directory))) {
    if (!existsSync(join(directory, 'PG_VERSION'))) throw notADatabaseError(directory, 'it holds files but no PG_VERSION');
    return 'existing';
  }
  await mkdir(dirname(directory), { recursive: true });
  if (options.templateSchema !== undefined) {
    const copy = options.copy ?? ((from: string, to: string) => cp(from, to, { recursive: true, errorOnExist: true, force: false }));
    // No template (no private temp folder) or a failed copy (a full disk): initialise instead.
    const template = await templateDataDir(options.templateSchema, initialise).catch(() => undefined);
    if (template !== undefined && (await createBeside(directory, (folder) => copy(template, folder)).then(() => true, () => false))) return 'template';
  }
  await createBeside(directory, initialise);
  return 'initialised';
}

/**
 * Deletes the database in `directory` (the caller holds its lock) so that the next `ensureDataDir`
 * creates a new one. Atomic too: the folder is first renamed to a hidden sibling
 * (`.<name>.discarding-XXXXXX`), then removed; stopped half way, it leaves either the whole old
 * database or none, and the sibling is removed by the next `ensureDataDir`.
 */
export async function discardDataDir(directory: string, remove: (folder: string) => Promise<void> = (folder) => rm(folder, { recursive: true, force: true })): Promise<void> {
  if ((await stat(directory).catch(() => undefined)) === undefined) return;
  const aside = await mkdtemp(join(dirname(directory), `${leftoverPrefix(directory)}discarding-`));
  await moveIntoPlace(directory, aside);
  await remove(aside);
}

/**
 * The error for a database folder PGlite failed to open: one line naming the folder, the likely
 * cause and what to do. Nothing is deleted: the folder may be a real database a later fix can open.
 */
export function unopenableDataDirError(directory: string, error: unknown): CompoundError {
  return notADatabaseError(directory, `PGlite cannot open it: ${innermostMessage(error)}`, error);
}

function notADatabaseError(directory: string, why: string, cause?: unknown): CompoundError {
  return new CompoundError({
    code: 'store-unopenable',
    message:
      `the embedded database folder ${directory} is not a complete Compound database (${why}); its creation was probably stopped ` +
      `(Ctrl-C or a crash while an older version created it). Nothing was deleted: move the folder aside (or delete it if it holds ` +
      `nothing you need) and run the command again, or use another workspace folder (--workspace DIR)`,
    context: { file: directory, provider: 'pglite' },
    ...(cause === undefined ? {} : { cause }),
  });
}

/** The message of the error at the end of `error`'s causes (the driver's own, under our `StoreQueryError`), on one line. */
function innermostMessage(error: unknown): string {
  let current = error;
  while (CompoundError.isInstance(current) && current.cause !== undefined) current = current.cause;
  const message = current instanceof Error ? current.message : String(current);
  return message.replace(/\s+/g, ' ').trim();
}

/** Name prefix of the hidden siblings a database is created or discarded in: named for the folder. */
function leftoverPrefix(directory: string): string {
  return `.${basename(directory)}.`;
}

/** Removes what an interrupted creation or discard of `directory` left beside it (this process holds its lock). */
async function removeLeftovers(directory: string): Promise<void> {
  const prefix = leftoverPrefix(directory);
  // `seeding-`: the name an earlier version gave its copies.
  const leftover = (name: string) => ['creating-', 'discarding-', 'seeding-'].some((kind) => name.startsWith(`${prefix}${kind}`));
  const siblings = await readdir(dirname(directory)).catch(() => [] as string[]);
  await Promise.all(siblings.filter(leftover).map((name) => rm(join(dirname(directory), name), { recursive: true, force: true })));
}

/** Runs `make` on a new sibling folder of `directory`, then renames it into place; the sibling is removed when `make` fails. */
async function createBeside(directory: string, make: (folder: string) => Promise<void>): Promise<void> {
  const creating = await mkdtemp(join(dirname(directory), `${leftoverPrefix(directory)}creating-`));
  try {
    await make(creating);
    if (!existsSync(join(creating, 'PG_VERSION'))) throw new Error(`no database was created in ${creating}`);
    await moveIntoPlace(creating, directory);
  } catch (error: unknown) {
    await rm(creating, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Renames the folder `from` to `to`, an empty folder or none. POSIX replaces an empty folder
 * in one rename; where that is refused (Windows), the empty folder is removed first: a crash between
 * the two leaves no folder, and the next open creates it again.
 */
async function moveIntoPlace(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error: unknown) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'EEXIST' && code !== 'ENOTEMPTY' && code !== 'EPERM' && code !== 'EISDIR') throw error;
    await rmdir(to);
    await rename(from, to);
  }
}

async function isEmptyFolder(directory: string): Promise<boolean> {
  const info = await stat(directory).catch(() => undefined);
  if (info === undefined) return true;
  return info.isDirectory() && (await readdir(directory)).length === 0;
}

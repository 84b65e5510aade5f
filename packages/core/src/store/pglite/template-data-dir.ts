import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cp, lstat, mkdir, mkdtemp, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { CompoundError } from '../../errors/compound-error.js';

/** Settings of `seedFromTemplate`. */
export interface SeedFromTemplateOptions {
  /** Copies the template folder `from` into the new folder `to`. Default: `fs.cp`, recursive; tests inject an interrupted copy. */
  copy?: (from: string, to: string) => Promise<void>;
}

/**
 * A new PGlite database starts with initdb, run in WASM: 5–16 s on a 2-core machine, where opening
 * a copy of a freshly initialised folder takes under 2 s. So the first new database a user's
 * machine creates leaves a template behind: a freshly initialised folder, closed and never
 * opened again, in the OS temp directory, one per PGlite build (its WASM files' size and date) and
 * per user (a private folder, mode 0700), and per `schema` (the caller's migrations: a template
 * holds the schema they make and no rows of any tenant). Every later new database starts as a copy
 * of it, so the copy's `compound_migrations` dates are the template's.
 *
 * The copy is atomic: it is made in a sibling folder (`.<name>.seeding-XXXXXX`) and renamed into
 * place once complete, so Ctrl-C or a crash during it leaves `directory` empty (or absent), never
 * half a database. Such a leftover sibling is removed by the next call for `directory` (the caller
 * holds the folder's lock), which then seeds it again: a database being created holds no data yet.
 *
 * `initialise` creates a PGlite database in the folder it is given, migrates it and closes it.
 * @returns whether `directory` was seeded from the template. It is not when it already holds a
 *   database, or when the template could not be made or copied (then `directory` is left empty and
 *   PGlite runs initdb as before).
 * @throws CompoundError `invalid-argument` when `directory` holds files but no database (no
 *   `PG_VERSION`): a folder PGlite would fail on with an obscure message, named with what to do.
 */
export async function seedFromTemplate(directory: string, schema: string, initialise: (folder: string) => Promise<void>, options: SeedFromTemplateOptions = {}): Promise<boolean> {
  await removeInterruptedSeeds(directory);
  if (!(await isEmptyFolder(directory))) {
    if (!existsSync(join(directory, 'PG_VERSION'))) throw notADatabaseError(directory);
    return false;
  }
  const copy = options.copy ?? ((from: string, to: string) => cp(from, to, { recursive: true, errorOnExist: true, force: false }));
  let seeding: string | undefined;
  try {
    const template = await ensureTemplate(schema, initialise);
    if (template === undefined) return false;
    await mkdir(dirname(directory), { recursive: true });
    seeding = await mkdtemp(join(dirname(directory), seedPrefix(directory)));
    await copy(template, seeding);
    await moveIntoPlace(seeding, directory);
    seeding = undefined;
    return true;
  } catch {
    // a half copy would look like a broken database: start again from nothing
    if (seeding !== undefined) await rm(seeding, { recursive: true, force: true });
    await emptyFolder(directory);
    return false;
  }
}

/** Name prefix of the sibling folder a copy is made in: hidden, and named for the folder it becomes. */
function seedPrefix(directory: string): string {
  return `.${basename(directory)}.seeding-`;
}

/** Removes what an interrupted seed of `directory` left beside it (this process holds its lock). */
async function removeInterruptedSeeds(directory: string): Promise<void> {
  const prefix = seedPrefix(directory);
  const siblings = await readdir(dirname(directory)).catch(() => [] as string[]);
  await Promise.all(siblings.filter((name) => name.startsWith(prefix)).map((name) => rm(join(dirname(directory), name), { recursive: true, force: true })));
}

/**
 * Renames the complete copy `from` to `to`, an empty folder or none. POSIX replaces an empty folder
 * in one rename; where that is refused (Windows), the empty folder is removed first: a crash between
 * the two leaves no folder, and the next open creates and seeds it again.
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

function notADatabaseError(directory: string): CompoundError {
  return new CompoundError({
    code: 'invalid-argument',
    message: `the embedded database folder ${directory} holds files but no database (no PG_VERSION): its creation was stopped, or files were put there. Nothing of a workspace is in it: delete the folder (or move it away) and run the command again`,
    context: { file: directory, provider: 'pglite' },
  });
}

/** The template folder of this PGlite build, made first when absent; undefined when no private folder can be had. */
async function ensureTemplate(schema: string, initialise: (folder: string) => Promise<void>): Promise<string | undefined> {
  const root = await privateFolder(join(tmpdir(), `compound-pglite-templates-${process.getuid?.() ?? 'user'}`));
  if (root === undefined) return undefined;
  const template = join(root, templateKey(schema));
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  const building = await mkdtemp(join(root, 'building-'));
  try {
    await initialise(building);
    if (!existsSync(join(building, 'PG_VERSION'))) return undefined;
    // atomic: another process that built the same template at the same time keeps its own
    await rename(building, template).catch(() => undefined);
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  return existsSync(join(template, 'PG_VERSION')) ? template : undefined;
}

/**
 * `folder`, created with mode 0700 when absent; undefined when it is not a folder of this user
 * that only this user can write (someone else's files must never become our database).
 */
async function privateFolder(folder: string): Promise<string | undefined> {
  await mkdir(folder, { recursive: true, mode: 0o700 }).catch(() => undefined);
  const info = await lstat(folder).catch(() => undefined);
  if (!info?.isDirectory()) return undefined;
  if (process.getuid !== undefined && (info.uid !== process.getuid() || (info.mode & 0o022) !== 0)) return undefined;
  return folder;
}

const require = createRequire(import.meta.url);

/** Identifies the template: the installed PGlite build (the size and date of its WASM files) and `schema`. */
function templateKey(schema: string): string {
  const hash = createHash('sha256').update(`${schema}\0`);
  for (const asset of ['@electric-sql/pglite/initdb.wasm', '@electric-sql/pglite/pglite.wasm', '@electric-sql/pglite/pglite.data']) {
    const path = require.resolve(asset);
    const info = statSync(path);
    hash.update(`${path}\0${info.size}\0${info.mtimeMs}\0`);
  }
  return `pglite-${hash.digest('hex').slice(0, 24)}`;
}

async function isEmptyFolder(directory: string): Promise<boolean> {
  const info = await stat(directory).catch(() => undefined);
  if (info === undefined) return true;
  return info.isDirectory() && (await readdir(directory)).length === 0;
}

async function emptyFolder(directory: string): Promise<void> {
  const entries = await readdir(directory).catch(() => [] as string[]);
  await Promise.all(entries.map((entry) => rm(join(directory, entry), { recursive: true, force: true })));
}

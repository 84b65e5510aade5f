import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { lstat, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A new PGlite database starts with initdb, run in WASM: 5–16 s on a 2-core machine, where opening
 * a copy of a freshly initialised folder takes under 2 s. So the first new database a user's
 * machine creates leaves a template behind: a freshly initialised folder, closed and never
 * opened again, in the OS temp directory, one per PGlite build (its WASM files' size and date) and
 * per user (a private folder, mode 0700), and per `schema` (the caller's migrations: a template
 * holds the schema they make and no rows of any tenant). Every later new database starts as a copy
 * of it (see `ensureDataDir`), so the copy's `compound_migrations` dates are the template's.
 *
 * `initialise` creates a PGlite database in the folder it is given, migrates it and closes it; it
 * runs in a temporary folder renamed into place once complete.
 * @returns the template folder, made first when absent; undefined when no private folder can be had
 *   or `initialise` made no database.
 */
export async function templateDataDir(schema: string, initialise: (folder: string) => Promise<void>): Promise<string | undefined> {
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

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh folder per test that is also its TMPDIR, so the PGlite templates a test makes (under
 * TMPDIR) are its own; TMPDIR is put back and the folder removed after each test. Read `root`
 * inside a test: it changes before each one.
 */
export function usePrivateTmpdir(prefix: string): { readonly root: string } {
  const dirs = { root: '' };
  let saved: string | undefined;
  beforeEach(async () => {
    dirs.root = await mkdtemp(join(tmpdir(), prefix));
    saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = dirs.root;
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = saved;
    await rm(dirs.root, { recursive: true, force: true });
  });
  return dirs;
}

/** A stand-in for initdb: writes PG_VERSION and a file naming the build, and records the folders it ran in. */
export function fakeInitdb(label: string): { runs: string[]; initialise: (folder: string) => Promise<void> } {
  const runs: string[] = [];
  const initialise = async (folder: string) => {
    runs.push(folder);
    await writeFile(join(folder, 'PG_VERSION'), '17\n');
    await writeFile(join(folder, 'made-by'), label);
  };
  return { runs, initialise };
}

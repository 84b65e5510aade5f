import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardDataDir, ensureDataDir } from './data-dir.js';
import { fakeInitdb, usePrivateTmpdir } from './__fixtures__/private-tmpdir.js';

const dirs = usePrivateTmpdir('compound-data-dir-test-');

/** A step that writes one file into `folder` and then never returns: the process died there. */
function dyingStep() {
  let reached: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const step = async (folder: string): Promise<void> => {
    await writeFile(join(folder, 'PG_VERSION'), '17\n');
    reached();
    await new Promise<never>(() => undefined);
  };
  return { started, step };
}

const schema = { templateSchema: 'schema v1' };

describe('ensureDataDir', () => {
  it('copies a new database from the template, made once', async () => {
    const init = fakeInitdb('first');
    expect(await ensureDataDir(join(dirs.root, 'db1'), init.initialise, schema)).toBe('template');
    expect(await ensureDataDir(join(dirs.root, 'db2'), init.initialise, schema)).toBe('template');
    expect(init.runs).toHaveLength(1);
    expect(await readFile(join(dirs.root, 'db2', 'made-by'), 'utf8')).toBe('first');
  });

  it('leaves a folder that already holds a database alone', async () => {
    const init = fakeInitdb('x');
    const existing = join(dirs.root, 'existing');
    await mkdir(existing);
    await writeFile(join(existing, 'PG_VERSION'), '16\n');
    expect(await ensureDataDir(existing, init.initialise, schema)).toBe('existing');
    expect(init.runs).toEqual([]);
    expect(await readdir(existing)).toEqual(['PG_VERSION']);
  });

  it('without a template, initialises in a sibling folder and renames it into place', async () => {
    const init = fakeInitdb('own');
    const target = join(dirs.root, 'ws', 'db');
    expect(await ensureDataDir(target, init.initialise)).toBe('initialised');
    expect(init.runs).toHaveLength(1);
    expect(init.runs[0]).not.toBe(target);
    expect(dirname(init.runs[0] ?? '')).toBe(join(dirs.root, 'ws'));
    expect((await readdir(target)).sort()).toEqual(['PG_VERSION', 'made-by']);
    expect(await readdir(join(dirs.root, 'ws'))).toEqual(['db']);
  });

  /** After a creation of `workspace/db` died half way: nothing in db, one leftover beside it, which the next call removes. */
  async function expectNoHalfDatabase(workspace: string): Promise<void> {
    const target = join(workspace, 'db');
    expect(await readdir(target).catch(() => [])).toEqual([]);
    expect((await readdir(workspace)).filter((name) => name !== 'db')).toEqual([expect.stringMatching(/^\.db\.creating-/)]);
    await ensureDataDir(target, fakeInitdb('whole').initialise, schema);
    expect((await readdir(target)).sort()).toEqual(['PG_VERSION', 'made-by']);
    expect(await readdir(workspace)).toEqual(['db']);
  }

  it('a template copy stopped half way (Ctrl-C, a crash) leaves no half database: the next call makes it whole', async () => {
    const init = fakeInitdb('whole');
    await ensureDataDir(join(dirs.root, 'first'), init.initialise, schema);
    const workspace = join(dirs.root, 'workspace');
    await mkdir(join(workspace, 'db'), { recursive: true });
    const dying = dyingStep();
    void ensureDataDir(join(workspace, 'db'), init.initialise, { ...schema, copy: (_from, to) => dying.step(to) });
    await dying.started;
    await expectNoHalfDatabase(workspace);
  });

  it('initdb without a template stopped half way leaves no half database either', async () => {
    const workspace = join(dirs.root, 'workspace');
    const dying = dyingStep();
    void ensureDataDir(join(workspace, 'db'), dying.step);
    await dying.started;
    await expectNoHalfDatabase(workspace);
  });

  it('a copy that fails falls back to initialising, and leaves nothing beside the folder', async () => {
    const init = fakeInitdb('x');
    await ensureDataDir(join(dirs.root, 'first'), init.initialise, schema);
    const target = join(dirs.root, 'ws', 'db');
    const failing = async (from: string, to: string): Promise<void> => {
      await cp(join(from, 'PG_VERSION'), join(to, 'PG_VERSION'));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    expect(await ensureDataDir(target, init.initialise, { ...schema, copy: failing })).toBe('initialised');
    expect(init.runs).toHaveLength(2);
    expect(await readdir(join(dirs.root, 'ws'))).toEqual(['db']);
  });

  it('initialising that fails throws and leaves nothing behind', async () => {
    const target = join(dirs.root, 'ws', 'db');
    const failing = async (folder: string) => {
      await writeFile(join(folder, 'half-written'), '');
      throw new Error('initdb crashed');
    };
    await expect(ensureDataDir(target, failing, schema)).rejects.toThrow('initdb crashed');
    expect(await readdir(join(dirs.root, 'ws'))).toEqual([]);
  });

  it('a folder with files but no database fails with one line saying what to do, and is kept', async () => {
    const target = join(dirs.root, 'ws', 'db');
    await mkdir(join(target, 'base'), { recursive: true });
    await writeFile(join(target, 'base', '1'), 'half');
    const init = fakeInitdb('x');
    const failure = await ensureDataDir(target, init.initialise, schema).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'store-unopenable', context: { file: target } });
    expect((failure as Error).message).toMatch(
      /^the embedded database folder .*db is not a complete Compound database \(it holds files but no PG_VERSION\); .* move the folder aside \(or delete it if it holds nothing you need\) and run the command again, or use another workspace folder \(--workspace DIR\)$/,
    );
    expect(init.runs).toEqual([]);
    expect(await readFile(join(target, 'base', '1'), 'utf8')).toBe('half');
  });

  it('removes the copies an earlier version left (.db.seeding-*)', async () => {
    const target = join(dirs.root, 'ws', 'db');
    await mkdir(join(dirs.root, 'ws', '.db.seeding-abc123'), { recursive: true });
    await writeFile(join(dirs.root, 'ws', '.db.seeding-abc123', 'PG_VERSION'), '17\n');
    await ensureDataDir(target, fakeInitdb('x').initialise);
    expect(await readdir(join(dirs.root, 'ws'))).toEqual(['db']);
  });
});

describe('discardDataDir', () => {
  it('stopped half way, leaves no half database: the folder is gone whole, and the next ensureDataDir makes a new one', async () => {
    const target = join(dirs.root, 'ws', 'db');
    await ensureDataDir(target, fakeInitdb('old').initialise);
    let removing: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => {
      removing = resolve;
    });
    void discardDataDir(target, async (folder) => {
      await rm(join(folder, 'made-by'));
      removing();
      await new Promise<never>(() => undefined);
    });
    await reached;
    expect((await readdir(join(dirs.root, 'ws'))).map((name) => name.replace(/-\w+$/, '-*'))).toEqual(['.db.discarding-*']);

    expect(await ensureDataDir(target, fakeInitdb('new').initialise)).toBe('initialised');
    expect(await readFile(join(target, 'made-by'), 'utf8')).toBe('new');
    expect(await readdir(join(dirs.root, 'ws'))).toEqual(['db']);
  });

  it('does nothing when the folder is absent', async () => {
    await discardDataDir(join(dirs.root, 'none'));
    expect((await readdir(dirs.root)).filter((name) => name !== 'compound-pglite-templates-' + String(process.getuid?.() ?? 'user'))).toEqual([]);
  });
});

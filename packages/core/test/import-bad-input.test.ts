/**
 * Every kind of bad input the import must survive: a clear error (with file and line) or a per-row
 * rejection with its reason, never a crash, never a silent drop, and the store unchanged on error.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompoundError, importContacts, type TenantStore, type Store } from '../src/index.js';
import { openPgliteStore } from '../src/store/pglite/index.js';

let directory: string;
let store: Store;
let tenant: TenantStore;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-bad-input-'));
  store = await openPgliteStore();
  await store.ensureTenant('t');
  tenant = store.forTenant('t');
});

afterAll(async () => {
  await store.close();
  await rm(directory, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, content);
  return path;
}

async function expectImportError(path: string, code: string): Promise<CompoundError> {
  const before = { contacts: await tenant.contacts.count(), imports: (await tenant.imports.list()).length };
  const error = await importContacts(tenant, { file: path }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!CompoundError.isInstance(error)) throw new Error(`expected a CompoundError ${code}, got ${String(error)}`);
  expect(error.code).toBe(code);
  expect(error.context.file).toBe(path);
  expect(error.message.length).toBeGreaterThan(10);
  expect({ contacts: await tenant.contacts.count(), imports: (await tenant.imports.list()).length }).toEqual(before);
  return error;
}

describe('bad input', () => {
  it('an empty file', async () => {
    await expectImportError(await file('empty.csv', ''), 'file-empty');
  });

  it('a binary file', async () => {
    const bytes = new Uint8Array(4096);
    for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 7919) % 256;
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
    await expectImportError(await file('image.csv', bytes), 'file-binary');
  });

  it('no header row', async () => {
    const error = await expectImportError(
      await file('no-header.csv', 'ada@example.com,Ada,Lovelace\ngrace@example.com,Grace,Hopper\n'),
      'file-no-header',
    );
    expect(error.message).toMatch(/header/);
  });

  it('only a header', async () => {
    const report = await importContacts(tenant, { file: await file('header-only.csv', 'First Name,Last Name,Email\n') });
    expect(report).toMatchObject({ rows: 0, imported: 0, unique: 0, rejected: [] });
  });

  it('ragged rows: longer rows are rejected with the reason, shorter ones padded', async () => {
    const report = await importContacts(tenant, {
      file: await file('ragged.csv', 'First Name,Last Name,Email\nAda,Lovelace,ada@engines.io,extra\nGrace,Hopper\n'),
    });
    expect(report.rows).toBe(2);
    expect(report.rejected).toEqual([expect.objectContaining({ row: 1, line: 2, reason: expect.stringMatching(/4 fields, header has 3/) })]);
    expect(report.imported).toBe(1);
  });

  it('an unterminated quote names the line where it opened', async () => {
    const error = await expectImportError(
      await file('quote.csv', 'First Name,Last Name,Email\nAda,Lovelace,ada@engines.io\n"Grace,Hopper,grace@navy.mil\nAlan,Turing,alan@bletchley.uk\n'),
      'file-unterminated-quote',
    );
    expect(error.context.line).toBe(3);
  });

  it('5,000 columns', async () => {
    const header = Array.from({ length: 5000 }, (_, index) => `c${index}`).join(',');
    await expectImportError(await file('wide.csv', `${header}\n${'x,'.repeat(4999)}x\n`), 'file-too-many-columns');
  });

  it('a 50 MB cell rejects its row without buffering it, and the other rows import', async () => {
    const path = join(directory, 'big-cell.csv');
    const stream = createWriteStream(path);
    stream.write('First Name,Last Name,Notes\nAda,Lovelace,short\nGrace,Hopper,');
    const chunk = 'x'.repeat(1 << 20);
    for (let index = 0; index < 50; index++) if (!stream.write(chunk)) await once(stream, 'drain');
    stream.end('\nAlan,Turing,ok\n');
    await once(stream, 'close');
    const heapBefore = process.memoryUsage().heapUsed;
    const report = await importContacts(tenant, { file: path });
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(40 * 2 ** 20);
    expect(report.rows).toBe(3);
    expect(report.rejected).toEqual([expect.objectContaining({ row: 2, reason: expect.stringMatching(/holds 52,428,800 characters .* over the limit of 1,048,576 characters/) })]);
    expect(report.imported).toBe(2);
  });

  it('mixed encodings: a UTF-8 file with Windows-1252 bytes imports, with a warning naming the rows', async () => {
    const head = Buffer.from('First Name,Last Name,Email\nJürgen,Müller,jm@example.de\n', 'utf8');
    const latin = Buffer.from([...Buffer.from('Ren'), 0xe9, ...Buffer.from(',Dupont,rd@example.fr\n')]);
    const report = await importContacts(tenant, { file: await file('mixed.csv', Buffer.concat([head, latin])) });
    expect(report.imported).toBe(2);
    expect(report.warnings.join(' ')).toMatch(/row/);
  });

  it('UTF-16 LE with a BOM (as Outlook writes it) and Windows-1252 decode correctly', async () => {
    const text = 'First Name,Last Name,E-mail Address\r\nZoë,Ångström,zoe@example.se\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const report = await importContacts(tenant, { file: await file('outlook.csv', utf16) });
    expect(report).toMatchObject({ encoding: 'utf-16le', imported: 1 });
    const cp1252 = Buffer.from([...Buffer.from('First Name,Last Name,Email\n'), ...Buffer.from('Fran'), 0xe7, ...Buffer.from('ois,Lef'), 0xe8, ...Buffer.from('vre,fl@example.fr\n')]);
    const second = await importContacts(tenant, { file: await file('cp1252.csv', cp1252) });
    expect(second.encoding).toBe('windows-1252');
    const names = (await tenant.contacts.list()).map((contact) => contact.record.lastName);
    expect(names).toEqual(expect.arrayContaining(['Ångström', 'Lefèvre']));
  });

  it('a missing file is a clear error', async () => {
    const error = await importContacts(tenant, { file: join(directory, 'nope.csv') }).catch((caught: unknown) => caught);
    expect(CompoundError.isInstance(error) && error.code).toBe('file-not-found');
    expect(String((error as Error).message)).toMatch(/nope\.csv/);
  });
});

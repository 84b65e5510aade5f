import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedupFile } from './dedup-file.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-dedup-file-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('dedupFile', () => {
  it('lists a blank row (,,,,) as a singleton, every row once, and not as unreadable', async () => {
    const text = ['Name,Email,Company', 'Jane Doe,jane@acme.io,Acme', ',,', ' , ,', 'jane doe,JANE@acme.io,Acme', ',,,,', ',,', 'Tom Baker,tom@shop.com,Shop'].join('\n');
    await writeFile(join(directory, 'blank.csv'), text);
    const result = await dedupFile(join(directory, 'blank.csv'));
    expect(result.clusters.flat().sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(result.clusters).toEqual([[1, 4], [2], [3], [5], [6], [7]]);
    expect(result.unreadable).toEqual([]);
    expect(result.blankRows).toEqual([2, 3, 5, 6]);
  });

  it("passes on the file's warnings, as the import reports them (bytes it could not decode, how it read dates)", async () => {
    // A UTF-8 file with one row saved as Windows-1252 ('Weiß' as 57 65 69 DF).
    const bytes = Buffer.concat([
      Buffer.from('Name,Email,Created\nJürgen Müller,jm@siemens.de,01/02/2026\nJürgen Wei', 'utf8'),
      Buffer.from([0xdf]),
      Buffer.from(',jw@bosch.de,03/04/2026\n', 'utf8'),
    ]);
    await writeFile(join(directory, 'mixed.csv'), bytes);
    const result = await dedupFile(join(directory, 'mixed.csv'));
    expect(result.warnings).toEqual([
      // the cell holds UTF-8 (ü) and a Windows-1252 byte (ß): each is read as it was written
      "row 2, column Name: bytes not valid UTF-8, read as Windows-1252: 'Jürgen Weiß' (the raw row keeps this text)",
      'The dates in Created could be day-first or month-first (no day above 12 in its 2 rows); they were read month-first (01/02/2026 = 2 January 2026). Write them as YYYY-MM-DD if they are day-first.',
    ]);
  });
});

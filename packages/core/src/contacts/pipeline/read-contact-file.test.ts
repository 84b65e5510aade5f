import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompoundError } from '../../errors/index.js';
import { rawCellsOf, readContactFile } from './read-contact-file.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-read-contact-file-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('readContactFile', () => {
  it('keeps a Windows-1252 line of a UTF-8 file as decoded in the raw row and the record, and warns with the column', async () => {
    const path = join(directory, 'mixed-encoding.csv');
    await writeFile(
      path,
      Buffer.concat([
        Buffer.from('First Name,Last Name,Email\nZoë,Müller,zoe@example.com\nPaul,', 'utf8'),
        Buffer.from([0x46, 0x72, 0x61, 0x6e, 0xe7, 0x6f, 0x69, 0x73]),
        Buffer.from(',paul@example.com\n', 'utf8'),
      ]),
    );
    const file = await readContactFile(path);
    expect(file.encoding).toBe('utf-8');
    const paul = file.rows[1];
    expect(paul?.raw).toEqual({ 'First Name': 'Paul', 'Last Name': 'François', Email: 'paul@example.com' });
    expect(paul?.record?.lastName).toBe('François');
    expect(file.rows[0]?.record?.lastName).toBe('Müller');
    expect(file.warnings.map((warning) => warning.message)).toEqual([
      "row 2, column Last Name: bytes not valid UTF-8, read as Windows-1252: 'François' (the raw row keeps this text)",
    ]);
  });

  it('refuses a default country that is no country code, and takes UK and lower case', async () => {
    const path = join(directory, 'phones.csv');
    await writeFile(path, ['Name,Phone', 'Jane Doe,020 7946 0018'].join('\n'));
    const error = await readContactFile(path, { defaultCountry: 'XX' }).catch((caught: unknown) => caught);
    expect(CompoundError.isInstance(error) && error.code).toBe('invalid-argument');
    expect(error instanceof Error && error.message).toBe('country "XX" is not an ISO 3166-1 alpha-2 code such as US, GB or CZ');
    for (const country of ['UK', 'gb']) {
      const file = await readContactFile(path, { defaultCountry: country });
      expect(file.rows[0]?.record?.phones[0]).toBe('+442079460018');
    }
  });

  it("reads a file's ambiguous slash dates in the order its unambiguous ones show, and says when nothing shows it", async () => {
    const dayFirst = join(directory, 'day-first.csv');
    await writeFile(dayFirst, ['Name,Email,Created,Birthday', 'Ada L,ada@x.com,15/01/2026,25/12/1990', 'Bob R,bob@x.com,01/02/2026,03/04/1985'].join('\n'));
    const european = await readContactFile(dayFirst);
    expect(european.rows.map((row) => [row.record?.custom['Created']?.value, row.record?.birthDate])).toEqual([
      ['2026-01-15', '1990-12-25'],
      ['2026-02-01', '1985-04-03'],
    ]);
    expect(european.warnings).toEqual([]);

    const monthFirst = join(directory, 'month-first.csv');
    await writeFile(monthFirst, ['Name,Email,Created', 'Ada L,ada@x.com,01/15/2026', 'Bob R,bob@x.com,01/02/2026'].join('\n'));
    expect((await readContactFile(monthFirst)).rows.map((row) => row.record?.custom['Created']?.value)).toEqual(['2026-01-15', '2026-01-02']);

    const undecided = join(directory, 'undecided.csv');
    await writeFile(undecided, ['Name,Email,Created', 'Ada L,ada@x.com,01/02/2026', 'Bob R,bob@x.com,03/04/2026'].join('\n'));
    const unknown = await readContactFile(undecided);
    expect(unknown.rows.map((row) => row.record?.custom['Created']?.value)).toEqual(['2026-01-02', '2026-03-04']);
    expect(unknown.warnings.map((warning) => warning.message)).toEqual([
      'The dates in Created could be day-first or month-first (no day above 12 in its 2 rows); they were read month-first (01/02/2026 = 2 January 2026). Write them as YYYY-MM-DD if they are day-first.',
    ]);
  });

  it('keeps each row raw, repeated header names and ragged cells included, and builds it anew on each read', async () => {
    const path = join(directory, 'rows.csv');
    await writeFile(
      path,
      ['Name,Email,Tag,Tag', 'Zoë Ørsted,zoe@acme.io,a,"b, ""c"""', 'Jan,jan@acme.io,x,y,EXTRA', '"Li\nMing",li@acme.io,,'].join('\n'),
    );
    const file = await readContactFile(path);
    expect(file.rows.map((row) => row.raw)).toEqual([
      { Name: 'Zoë Ørsted', Email: 'zoe@acme.io', Tag: 'a', Tag_4: 'b, "c"' },
      { Name: 'Jan', Email: 'jan@acme.io', Tag: 'x', Tag_4: 'y', _extra_1: 'EXTRA' },
      { Name: 'Li\nMing', Email: 'li@acme.io', Tag: '', Tag_4: '' },
    ]);
    const [first] = file.rows;
    // Not held per row as an object of cells: built from the row's compact cells when read.
    expect(first?.raw).not.toBe(first?.raw);
    expect(first?.record?.emails[0]?.address).toBe('zoe@acme.io');
    // A plain copy (e.g. JSON) still carries it.
    expect(JSON.parse(JSON.stringify(first))).toMatchObject({ row: 1, line: 2, raw: { Name: 'Zoë Ørsted' } });
  });

  it("gives a row's cells as text with the keys of raw, unless raw drops or reorders cells", async () => {
    const path = join(directory, 'cells.csv');
    await writeFile(path, ['Name,Email,Tag,Tag', 'Zoë,zoe@acme.io,a,"b ""c"""', 'Jan,jan@acme.io,x,y,EXTRA'].join('\n'));
    const rows = (await readContactFile(path)).rows;
    const cellsOf = rows.map((row) => rawCellsOf(row));
    expect(cellsOf.map((cells) => cells?.keys)).toEqual([
      ['Name', 'Email', 'Tag', 'Tag_4'],
      ['Name', 'Email', 'Tag', 'Tag_4', '_extra_1'],
    ]);
    rows.forEach((row, index) => {
      const cells = cellsOf[index];
      expect(cells?.json).toBe(JSON.stringify(cells?.keys.map((key) => row.raw[key])));
    });
    // Rows of the same width share one key list.
    const wide = join(directory, 'wide.csv');
    await writeFile(wide, ['Name,Email', 'A,a@acme.io', 'B,b@acme.io'].join('\n'));
    const [first, second] = (await readContactFile(wide)).rows.map((row) => rawCellsOf(row));
    expect(first?.keys).toBe(second?.keys);

    // An integer-like name comes first in `raw`; the third cell's key (Tag_3) overwrites the first
    // cell in `raw`: no cells text.
    for (const header of ['Name,2024,Email', 'Tag_3,Tag,Tag,Email']) {
      const odd = join(directory, 'odd.csv');
      await writeFile(odd, [header, header.startsWith('Tag') ? 'a,b,c,a@acme.io' : 'A,x,a@acme.io'].join('\n'));
      const [row] = (await readContactFile(odd)).rows;
      expect(row && rawCellsOf(row)).toBeUndefined();
    }
    expect(rawCellsOf({ row: 1, line: 2, raw: { Name: 'A' } })).toBeUndefined();
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompoundError } from '../../errors/index.js';
import { readContactFile } from './read-contact-file.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-read-contact-file-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('readContactFile', () => {
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
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli-helper.js';

const list = [
  'Salutation,First Name,Middle Name,Last Name,Suffix,Email,Phone,Company,Title,Department,Tags,Notes,Birthday,Connected On',
  'Dr.,Ann,Marie,Lee,PhD,ann@acme.example,(415) 555-0101,Acme,CTO,Engineering,"vip; beta","=1+2, then ""hi""\nsecond line",1980-03-04,2024-01-15',
  'Mr.,Bob,,Stone,Jr.,bob@shop.example,+44 20 7946 0958,Shop,CEO,,,,,',
].join('\n');

/** The columns this test is about: every value the import stores that the export once left out. */
const newColumns = [
  'invalidPhones', 'middleName', 'honorific', 'nameSuffix', 'department', 'tags', 'notes', 'birthDate', 'connectedOn',
  'technologies', 'externalId', 'street', 'postcode', 'companyLinkedinUrl', 'website',
];

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks), the byte-order mark dropped. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < input.length; index++) {
    const char = input[index];
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') (cell += '"'), index++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && input[index + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), index++;
    else cell += char;
  }
  return rows;
}

/** The header and the rows by email. */
function exportOf(csv: string): { header: string[]; byEmail: Record<string, Record<string, string>> } {
  const [header = [], ...rows] = parseCsv(csv);
  const byEmail: Record<string, Record<string, string>> = {};
  for (const cells of rows) {
    const row = Object.fromEntries(header.map((column, index) => [column, cells[index] ?? '']));
    byEmail[row['email'] ?? ''] = row;
  }
  return { header, byEmail };
}

describe('compound export keeps every value the import stored', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'compound-export-columns-'));
    await writeFile(join(directory, 'list.csv'), `${list}\n`);
    const imported = await cli(['import', 'list.csv'], directory);
    expect(imported.code).toBe(0);
    // The US number without a country is one of the "Values that need a look".
    expect(imported.stdout).toMatch(/phone "\(415\) 555-0101": no country code/);
  }, 120_000);
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('exports name parts, department, tags, notes, dates and the unreadable phone as CSV columns', async () => {
    const { header, byEmail } = exportOf((await cli(['export'], directory)).stdout);
    // invalidEmails stays where it was; the new columns follow it, the custom ones (none here) come last.
    expect(header.slice(header.indexOf('invalidEmails'))).toEqual(['invalidEmails', ...newColumns]);
    expect(byEmail['ann@acme.example']).toMatchObject({
      phone: '',
      invalidPhones: '(415) 555-0101',
      middleName: 'Marie',
      honorific: 'Dr',
      nameSuffix: 'PhD',
      department: 'Engineering',
      tags: 'vip; beta',
      // User text that starts like a formula: neutralized, and the rest of it kept as it was.
      notes: `'=1+2, then "hi"\nsecond line`,
      birthDate: '1980-03-04',
      connectedOn: '2024-01-15',
    });
    expect(byEmail['bob@shop.example']).toMatchObject({ phone: "'+442079460958", invalidPhones: '', honorific: 'Mr', nameSuffix: 'Jr.', notes: '', tags: '' });
  });

  it('exports the same values as JSON fields', async () => {
    const rows = JSON.parse((await cli(['export', '--json'], directory)).stdout) as Array<Record<string, unknown>>;
    const ann = rows.find((row) => row['email'] === 'ann@acme.example');
    // The fields README.md's `export --json` contract lists, in its order.
    expect(Object.keys(ann ?? {}).join(', ')).toBe(
      'id, name, firstName, lastName, email, otherEmails, invalidEmails, phone, otherPhones, invalidPhones, title, seniority, function, ' +
        'company, domain, industry, employees, linkedinUrl, city, region, country, fit, reasons, sources, middleName, honorific, ' +
        'nameSuffix, department, tags, notes, birthDate, connectedOn, technologies, externalId, street, postcode, companyLinkedinUrl, custom, website, customTypes',
    );
    expect(ann).toMatchObject({
      invalidPhones: '(415) 555-0101',
      middleName: 'Marie',
      honorific: 'Dr',
      nameSuffix: 'PhD',
      department: 'Engineering',
      tags: 'vip; beta',
      // JSON is not opened by a spreadsheet: the notes as the user wrote them.
      notes: '=1+2, then "hi"\nsecond line',
      birthDate: '1980-03-04',
      connectedOn: '2024-01-15',
    });
  });

  it('round trip: import → export → import into a fresh workspace → export gives the same columns and values', async () => {
    expect((await cli(['export', '--out', 'first.csv'], directory)).code).toBe(0);
    const first = exportOf(await readFile(join(directory, 'first.csv'), 'utf8'));
    const again = await cli(['import', 'first.csv', '--workspace', 'again', '--json'], directory);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 2, rejected: [] });
    const second = exportOf((await cli(['export', '--workspace', 'again'], directory)).stdout);
    // The same columns: no `custom:fit` or `custom:custom:…` picked up on the way.
    expect(second.header).toEqual(first.header);
    // The same values, quotes before formulas included, but for the ones a new workspace gives anew.
    const recordColumns = first.header.filter((column) => column !== 'id' && column !== 'sources');
    for (const email of ['ann@acme.example', 'bob@shop.example']) {
      const pick = (row: Record<string, string> | undefined) => Object.fromEntries(recordColumns.map((column) => [column, row?.[column]]));
      expect(pick(second.byEmail[email])).toEqual(pick(first.byEmail[email]));
    }
    expect(second.byEmail['ann@acme.example']?.['invalidPhones']).toBe('(415) 555-0101');
  }, 180_000);
});

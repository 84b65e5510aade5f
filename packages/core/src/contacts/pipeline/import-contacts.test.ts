import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompoundError } from '../../errors/index.js';
import { parsePlaybook } from '../../playbook/index.js';
import { openPgliteStore } from '../../store/pglite/index.js';
import type { Store, TenantStore } from '../../store/store.js';
import { importContacts } from './import-contacts.js';
import type { ImportPhase, ImportProgress } from './import-progress.js';
import { contactsToCsv, toExportedContacts } from './export-contacts.js';

const playbookText = `# Test playbook
\`\`\`yaml
name: Test
problem: Sales teams waste time on bad-fit accounts.
icp:
  industry: { weight: 2, include: [software, fintech] }
  seniority: { weight: 1, include: [c-level, vp, director] }
  function: { weight: 1, include: [sales] }
\`\`\`
`;

const header = 'First Name,Last Name,Email,Company,Job Title,Phone,LinkedIn,Industry,Country';
const firstFile = [
  header,
  'Jane,Doe,jane.doe@acme.io,"Acme, Inc.",VP Sales,+1 415 555 0101,https://www.linkedin.com/in/janedoe,Computer Software,US',
  'JANE,DOE,Jane.Doe@ACME.io,Acme,Vice President of Sales,(415) 555-0101,,Computer Software,United States',
  'John,Smith,john@globex.com,Globex GmbH,Software Engineer,,,Manufacturing,DE',
  ',,,,,,,,',
  'Ann,Lee,ann@stripe.com,Stripe,Head of Sales,,,Financial Services,US',
  'Bob,Stone,bob@stripe.com,"Stripe, Inc.",Account Executive,,,Financial Services,US,EXTRA',
  'Eve,Adams,not-an-email,Initech,CEO,,,Computer Software,US',
].join('\n');

const secondFile = [
  header,
  'Jane,Doe,jane.doe@acme.io,Acme Inc,VP of Sales,,,Computer Software,US',
  'Carl,Jung,carl@umbrella.com,Umbrella,Director of Sales,,,Computer Software,CH',
].join('\n');

let directory: string;
let store: Store;
let tenant: TenantStore;
const playbook = { version: 1, playbook: parsePlaybook(playbookText, { file: 'playbook.md' }) };

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-import-'));
  await writeFile(join(directory, 'first.csv'), firstFile);
  await writeFile(join(directory, 'second.csv'), secondFile);
  store = await openPgliteStore();
  await store.ensureTenant('t1');
  await store.ensureTenant('t2');
  tenant = store.forTenant('t1');
});

afterAll(async () => {
  await store.close();
  await rm(directory, { recursive: true, force: true });
});

describe('importContacts', () => {
  it('imports, rejects with reasons, deduplicates, links companies and scores fit', async () => {
    const report = await importContacts(tenant, { file: join(directory, 'first.csv'), playbook });
    // Row 4 (,,,,,,,,) is a blank row: skipped and counted, not read as a row nor rejected.
    expect(report.rows).toBe(6);
    expect(report.blankRows).toBe(1);
    expect(report.blankRowRanges).toEqual([[4, 4]]);
    expect(report.rejected.map((rejected) => rejected.row)).toEqual([6]);
    expect(report.rejected[0]?.reason).toMatch(/fields/);
    expect(report.rejected[0]?.file).toContain('first.csv');
    expect(report.imported).toBe(5);
    // Jane Doe appears twice (same email in another case, phone in another format).
    expect(report.unique).toBe(4);
    expect(report.duplicatesMerged).toBe(1);
    expect(report.newContacts).toBe(4);
    expect(report.contactsTotal).toBe(4);
    expect(report.mapping['Email']).toMatchObject({ field: 'email' });
    expect(report.mapping['Email']?.confidence).toBeGreaterThan(0.8);
    expect(report.issueCount).toBeGreaterThanOrEqual(1);
    expect(report.issues.some((issue) => issue.row === 7 && issue.field === 'email')).toBe(true);
    // Grouped by field and reason, every issue counted once.
    expect(report.issueGroups.reduce((sum, group) => sum + group.count, 0)).toBe(report.issueCount);
    expect(report.issueKinds).toBe(report.issueGroups.length);
    expect(report.issueGroups).toContainEqual(expect.objectContaining({ field: 'email', example: expect.objectContaining({ row: 7 }) }));
    expect(report.icpMatches).toBeGreaterThanOrEqual(2);

    const contacts = await tenant.contacts.list({ orderBy: 'fit' });
    expect(contacts).toHaveLength(4);
    const jane = contacts.find((contact) => contact.record.lastName === 'Doe');
    expect(jane?.sources.map((source) => source.row)).toEqual([1, 2]);
    // Every source value is kept: both spellings of the title survive in the provenance.
    expect(jane?.values['title']?.map((entry) => entry.value).sort()).toEqual(['VP Sales', 'Vice President of Sales']);
    expect(jane?.fit).toBeGreaterThan(0.6);
    expect(jane?.fitReasons?.length).toBeGreaterThan(0);
    for (let index = 1; index < contacts.length; index++) {
      expect(contacts[index - 1]?.fit ?? 0).toBeGreaterThanOrEqual(contacts[index]?.fit ?? 0);
    }

    // "Stripe" and "Stripe, Inc." (stripe.com) are one company.
    const companies = await tenant.companies.list();
    const stripe = companies.filter((company) => company.domain === 'stripe.com');
    expect(stripe).toHaveLength(1);

    // Every raw row is kept, rejected ones included.
    const rows = await tenant.imports.rows(report.importId);
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.find((row) => row.row === 6)).toMatchObject({ status: 'rejected' });
    expect(rows.find((row) => row.row === 4)).toMatchObject({ status: 'skipped', reason: 'blank row: every cell is empty' });
    expect(rows.find((row) => row.row === 6)?.raw['_extra_1']).toBe('EXTRA');
    expect(rows.find((row) => row.row === 2)).toMatchObject({ status: 'merged', contactId: jane?.id });
    const merges = await tenant.imports.merges(jane?.id ?? '');
    expect(merges).toHaveLength(1);
    expect(merges[0]?.reason.keys).toContain('email');
  });

  it('merges a re-import into the existing contacts instead of duplicating them', async () => {
    const report = await importContacts(tenant, { file: join(directory, 'second.csv'), playbook });
    expect(report.unique).toBe(2);
    expect(report.mergedIntoExisting).toBe(1);
    expect(report.newContacts).toBe(1);
    expect(report.contactsTotal).toBe(5);
    const jane = (await tenant.contacts.list()).find((contact) => contact.record.lastName === 'Doe');
    expect(jane?.sources).toHaveLength(3);
  });

  it('gives a re-imported value that ties with the stored one the win, and keeps the stored one in values', async () => {
    await store.ensureTenant('t-newer');
    const newer = store.forTenant('t-newer');
    const file = async (name: string, rows: string[]) => {
      await writeFile(join(directory, name), ['Name,Email,Job Title,City', ...rows].join('\n'));
      return importContacts(newer, { file: join(directory, name) });
    };
    // Within one file, a tie still goes to the earlier row.
    await file('ada-2024.csv', ['Ada Lovelace,ada@engines.example,Analyst,London', 'Ada Lovelace,ada@engines.example,Mathematician,London']);
    const ada = async () => (await newer.contacts.list())[0];
    expect((await ada())?.record).toMatchObject({ title: 'Analyst', city: 'London' });
    // One stored value against one new one: the newer file wins; both stay in values, with their files.
    const report = await file('ada-2026.csv', ['Ada Lovelace,ada@engines.example,Countess,Paris']);
    expect(report.mergedIntoExisting).toBe(1);
    const after = await ada();
    expect(after?.record).toMatchObject({ title: 'Countess', city: 'Paris' });
    expect(after?.values['city']?.map((entry) => [entry.value, entry.source.file?.split('/').pop()])).toEqual(
      expect.arrayContaining([
        ['London', 'ada-2024.csv'],
        ['Paris', 'ada-2026.csv'],
      ]),
    );
    // Not a tie: two rows of a file against the stored value win by count, as before.
    await file('ada-later.csv', ['Ada Lovelace,ada@engines.example,Countess,Turin', 'Ada Lovelace,ada@engines.example,Countess,Turin']);
    expect((await ada())?.record).toMatchObject({ title: 'Countess', city: 'Turin' });
    expect(await newer.contacts.list()).toHaveLength(1);
  });

  it('keeps tenants apart', async () => {
    expect(await store.forTenant('t2').contacts.count()).toBe(0);
    expect(await store.forTenant('t2').imports.list()).toEqual([]);
  });

  it('leaves the store as it was when the import fails midway', async () => {
    const before = { contacts: await tenant.contacts.count(), imports: (await tenant.imports.list()).length };
    const failing: TenantStore = {
      ...tenant,
      transaction: (work) =>
        tenant.transaction((tx) =>
          work({
            ...tx,
            contacts: {
              ...tx.contacts,
              upsertMany: async (contacts) => {
                await tx.contacts.upsertMany(contacts);
                throw new Error('disk full');
              },
            },
          }),
        ),
    };
    await writeFile(join(directory, 'third.csv'), `${header}\nZed,Zulu,zed@zulu.io,Zulu,CEO,,,Computer Software,US\n`);
    await expect(importContacts(failing, { file: join(directory, 'third.csv'), playbook })).rejects.toThrow('disk full');
    expect(await tenant.contacts.count()).toBe(before.contacts);
    expect((await tenant.imports.list()).length).toBe(before.imports);
  });

  it('stores a new playbook given with the import in its transaction, and only when the import lands', async () => {
    await store.ensureTenant('t3');
    const fresh = store.forTenant('t3');
    const newPlaybook = { source: playbookText, playbook: playbook.playbook };
    const failing: TenantStore = {
      ...fresh,
      transaction: (work) =>
        fresh.transaction((tx) =>
          work({ ...tx, contacts: { ...tx.contacts, upsertMany: async () => Promise.reject(new Error('disk full')) } }),
        ),
    };
    await expect(importContacts(failing, { file: join(directory, 'first.csv'), playbook: newPlaybook })).rejects.toThrow('disk full');
    expect(await fresh.playbooks.latest()).toBeUndefined();
    const report = await importContacts(fresh, { file: join(directory, 'first.csv'), playbook: newPlaybook });
    expect(report.playbookVersion).toBe(1);
    expect((await fresh.playbooks.latest())?.source).toBe(playbookText);
    const versions = new Set((await fresh.contacts.list()).map((contact) => contact.playbookVersion));
    expect([...versions]).toEqual([1]);
  });

  it("skips rows whose cells are all empty (a spreadsheet's ;;;;) and counts them, keeping later rows' numbers", async () => {
    await store.ensureTenant('blank-rows');
    const blanks = store.forTenant('blank-rows');
    const trailing = Array.from({ length: 40 }, () => ';;;');
    const text = ['Name;Email;Company;Notes', 'Ada Lovelace;ada@engines.example;Engines;', ';;;', '  ; ;\t;', ';;;;;', ';;Nobody Corp;', 'Grace Hopper;grace@cobol.example;Cobol;', ...trailing].join('\n');
    await writeFile(join(directory, 'blank-rows.csv'), `${text}\n`);
    const report = await importContacts(blanks, { file: join(directory, 'blank-rows.csv') });
    expect(report).toMatchObject({ rows: 3, blankRows: 43, imported: 2, unique: 2 });
    // Row 4 has more cells than the header but none filled: blank, not "too many fields".
    expect(report.blankRowRanges).toEqual([[2, 4], [7, 46]]);
    expect(report.rejected).toEqual([expect.objectContaining({ row: 5, reason: expect.stringMatching(/nothing identifies a person/) })]);
    // Every raw row is kept, the blank ones marked skipped.
    const rows = await blanks.imports.rows(report.importId);
    expect(rows).toHaveLength(46);
    expect(rows.filter((row) => row.status === 'skipped').map((row) => row.row)).toEqual([2, 3, 4, ...Array.from({ length: 40 }, (_, index) => index + 7)]);
    expect(rows.find((row) => row.row === 6)).toMatchObject({ status: 'imported' });
  });

  it('lists the first ten runs of blank rows', async () => {
    await store.ensureTenant('blank-runs');
    const lines = ['Name,Email'];
    for (let index = 1; index <= 12; index++) lines.push(`Person ${index},p${index}@x.example`, ',');
    await writeFile(join(directory, 'gaps.csv'), lines.join('\n'));
    const report = await importContacts(store.forTenant('blank-runs'), { file: join(directory, 'gaps.csv') });
    expect(report).toMatchObject({ rows: 12, blankRows: 12, imported: 12 });
    expect(report.blankRowRanges).toEqual(Array.from({ length: 10 }, (_, index) => [2 * index + 2, 2 * index + 2]));
  });

  it('rejects an empty file with a clear error and writes nothing', async () => {
    await writeFile(join(directory, 'empty.csv'), '');
    const error = await importContacts(tenant, { file: join(directory, 'empty.csv') }).catch((caught: unknown) => caught);
    expect(CompoundError.isInstance(error) && error.code).toBe('file-empty');
    expect(await tenant.contacts.count()).toBe(5);
  });

  it('warns when rows without an email, phone, profile or id were merged, and only then', async () => {
    await store.ensureTenant('t3');
    const names = store.forTenant('t3');
    const people = ['Ada,Lovelace,Analytical Engines,London', 'Charles,Babbage,Difference Works,London', 'Grace,Hopper,Cobol Labs,Arlington'];
    await writeFile(join(directory, 'names.csv'), ['First Name,Last Name,Company,City', ...people, people[0]].join('\n'));
    const report = await importContacts(names, { file: join(directory, 'names.csv') });
    expect(report.duplicatesMerged).toBe(1);
    expect(report.warnings).toContainEqual(expect.stringMatching(/^only 0 of 4 rows \(0%\) carry an email, phone, LinkedIn URL or id: the 1 merged row was matched/));
    await store.ensureTenant('t4');
    const first = await importContacts(store.forTenant('t4'), { file: join(directory, 'first.csv') });
    expect(first.warnings.some((warning) => warning.includes('LinkedIn URL or id'))).toBe(false);
  });

  it('says when the column resolver failed and the detected mapping was kept', async () => {
    await store.ensureTenant('t-resolver');
    await writeFile(join(directory, 'unsure.csv'), ['Nafn,Email', 'Ada Lovelace,ada@engines.io'].join('\n'));
    const resolver = { id: 'test:down', resolve: () => Promise.reject(new Error('503 overloaded')) };
    const report = await importContacts(store.forTenant('t-resolver'), { file: join(directory, 'unsure.csv'), resolver });
    expect(report.imported).toBe(1);
    expect(report.warnings).toContain('column resolver test:down failed (503 overloaded); kept the detected mapping');
  });

  it('merges every row of a re-imported file into the contact it made, even rows with swapped names', async () => {
    // Rows 590-599 of ../shared/data/dedup/splink-fake-1000/fake_1000.csv (Splink's fake_1000, MIT).
    const rows = [
      'unique_id,first_name,surname,dob,city,email,cluster',
      '590,bJacob,Riley,2022-09-30,Liorpovl,j.riley9@tennett.neb,145',
      '591,Jacob,Riley,2012-09-30,Liverpool,j.riley9@bennett.net,145',
      '592,Jacob,Riley,2012-09-30,Liverpool,j.riley9@bennett.net,145',
      '593,Kirk,Grace,2011-04-15,Edinburgh,,146',
      '594,Grace,Kik,2020-05-12,Edinburgh,gk@frey-robinson.org,146',
      '595,Grace,Kiirk,2011-03-17,Edhibnurgh,rgk@frey-robinon.org,146',
      '596,Grace,Kirk,2010-04-15,Edinburgh,,146',
      '597,Amelia,Baxter,1973-10-03,Kigngston-upon-Hull,amlia.boxter@nelsan-miller.com,147',
      '598,Ameliia,Baxter,1982-09-02,Kingston-upon-Hull,amelia.baxter@nelson-miller.com,147',
      '599,Toby,Haall,2003-04-23,London,,148',
    ];
    await writeFile(join(directory, 'fake-1000-rows.csv'), rows.join('\n'));
    await store.ensureTenant('t5');
    const twice = store.forTenant('t5');
    const first = await importContacts(twice, { file: join(directory, 'fake-1000-rows.csv') });
    expect(first.unique).toBe(4);
    const again = await importContacts(twice, { file: join(directory, 'fake-1000-rows.csv') });
    expect(again.newContacts).toBe(0);
    expect(again.contactsTotal).toBe(4);
    // The Edinburgh contact is named as one of its rows, not "Grace Grace" (first and last voted apart).
    const grace = (await twice.contacts.list()).find((contact) => contact.record.city === 'Edinburgh');
    expect(['Kirk Grace', 'Grace Kik', 'Grace Kiirk', 'Grace Kirk']).toContain(`${grace?.record.firstName} ${grace?.record.lastName}`);
    expect(grace?.record.fullName).toBe(`${grace?.record.firstName} ${grace?.record.lastName}`);
  });

  it('links rows imported before exactly as they are to their contacts and leaves those contacts as they were', async () => {
    await store.ensureTenant('t7');
    const seven = store.forTenant('t7');
    const file = join(directory, 'first.csv');
    const first = await importContacts(seven, { file, playbook, now: () => new Date('2026-01-01T00:00:00Z') });
    const before = await seven.contacts.list({ orderBy: 'id' });
    const again = await importContacts(seven, { file, playbook, now: () => new Date('2026-02-01T00:00:00Z') });
    expect(again).toMatchObject({
      unchangedRows: first.imported,
      unique: first.unique,
      mergedIntoExisting: first.unique,
      newContacts: 0,
      duplicatesMerged: first.duplicatesMerged,
      icpMatches: first.icpMatches,
      contactsTotal: first.contactsTotal,
    });
    expect(await seven.contacts.list({ orderBy: 'id' })).toEqual(before);
    const firstRows = await seven.imports.rows(first.importId);
    const againRows = await seven.imports.rows(again.importId);
    const accepted = (rows: typeof firstRows) => rows.filter((row) => row.contactId !== undefined);
    expect(accepted(againRows).map((row) => [row.row, row.status, row.contactId])).toEqual(accepted(firstRows).map((row) => [row.row, 'unchanged', row.contactId]));
    expect(againRows.filter((row) => row.status === 'rejected').map((row) => row.row)).toEqual(firstRows.filter((row) => row.status === 'rejected').map((row) => row.row));

    // Progress runs through the phases in order; reading the workspace counts the stored contacts.
    const order: ImportPhase[] = ['read', 'map', 'normalize', 'workspace', 'dedup', 'companies', 'fit', 'save'];
    const events: ImportProgress[] = [];
    await importContacts(seven, { file, playbook, onProgress: (progress) => events.push(progress) });
    const positions = events.map((event) => order.indexOf(event.phase));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // 'read' reports every 5,000 rows: a small file has none.
    expect(new Set(events.map((event) => event.phase))).toEqual(new Set(order.slice(1)));
    expect(events.filter((event) => event.phase === 'workspace').at(-1)).toEqual({ phase: 'workspace', done: first.contactsTotal, total: first.contactsTotal });

    // One changed cell: that row is matched afresh and merged into its contact; the others stay linked.
    await writeFile(join(directory, 'first-changed.csv'), firstFile.replace('Ann,Lee,ann@stripe.com,Stripe,Head of Sales', 'Ann,Lee,ann@stripe.com,Stripe,VP Sales'));
    const changed = await importContacts(seven, { file: join(directory, 'first-changed.csv'), playbook });
    expect(changed).toMatchObject({ unchangedRows: first.imported - 1, newContacts: 0, contactsTotal: first.contactsTotal });
    const ann = (await seven.contacts.list()).find((contact) => contact.record.firstName === 'Ann');
    expect(ann?.record.title).toBe('VP Sales');
    expect(ann?.sources.map((source) => source.file?.split('/').pop())).toEqual(['first.csv', 'first-changed.csv']);

    // A new playbook re-scores every contact, the ones left as they were included.
    const narrower = playbookText.replace('include: [software, fintech]', 'include: [fintech]');
    const rescored = await importContacts(seven, { file: join(directory, 'first-changed.csv'), playbook: { version: 2, playbook: parsePlaybook(narrower, { file: 'narrower.md' }) } });
    expect(rescored.unchangedRows).toBe(first.imported);
    const afterRescore = await seven.contacts.list();
    expect(afterRescore.map((contact) => contact.playbookVersion)).toEqual(afterRescore.map(() => 2));
    const jane = afterRescore.find((contact) => contact.record.firstName === 'Jane');
    expect(jane?.fitReasons?.find((reason) => reason.dimension === 'industry')?.matched).toBe(false);
    expect(rescored.icpMatches).toBeLessThan(changed.icpMatches);

    // The same file read another way (a default phone country) is matched afresh, and still merges.
    const reread = await importContacts(seven, { file, playbook, defaultCountry: 'US' });
    expect(reread).toMatchObject({ unchangedRows: 0, newContacts: 0, contactsTotal: first.contactsTotal });
  });

  it('keeps columns named like object internals (__proto__, constructor) and a repeated header', async () => {
    await writeFile(join(directory, 'proto.csv'), 'name,email,Email,__proto__,constructor\nAnn Lee,ann@acme.com,ann2@acme.com,x,y\n');
    await store.ensureTenant('t6');
    const proto = store.forTenant('t6');
    const report = await importContacts(proto, { file: join(directory, 'proto.csv') });
    expect(report.imported).toBe(1);
    expect(Object.keys(report.mapping)).toEqual(['name', 'email', 'Email', '__proto__ (column 4)', 'constructor']);
    const [contact] = await proto.contacts.list();
    expect(Object.getPrototypeOf(contact?.record.custom)).toBe(Object.prototype);
    expect(contact?.record.custom).toEqual({ '__proto__ (column 4)': { value: 'x', type: 'text' }, constructor: { value: 'y', type: 'text' } });
    const [row] = await proto.imports.rows(report.importId);
    expect(Object.values(row?.raw ?? {})).toEqual(['Ann Lee', 'ann@acme.com', 'ann2@acme.com', 'x', 'y']);
  });

  it('keeps a formula cell verbatim and neutralizes it on export', async () => {
    await writeFile(
      join(directory, 'formula.csv'),
      `${header}\nMal,Lory,mal@lory.io,"=HYPERLINK(""http://evil.example"",""click"")",CEO,,,Computer Software,US\n`,
    );
    const other = store.forTenant('t2');
    const report = await importContacts(other, { file: join(directory, 'formula.csv') });
    const rows = await other.imports.rows(report.importId);
    expect(rows[0]?.raw['Company']).toBe('=HYPERLINK("http://evil.example","click")');
    const contacts = await other.contacts.list();
    const csv = contactsToCsv(toExportedContacts(contacts, () => undefined));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('exports only valid addresses as emails, and the invalid ones apart', async () => {
    await store.ensureTenant('t-invalid');
    const invalid = store.forTenant('t-invalid');
    await writeFile(
      join(directory, 'invalid.csv'),
      [
        'Name,E-mail Address,E-mail 2 Address',
        'Tom Baker,/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=abc123-tom.baker,tom.baker@monzo.com',
        'Eve Adams,not-an-email,',
      ].join('\n'),
    );
    await importContacts(invalid, { file: join(directory, 'invalid.csv') });
    const exported = toExportedContacts(await invalid.contacts.list(), () => undefined).sort((a, b) => a.name.localeCompare(b.name));
    expect(exported.map((contact) => [contact.name, contact.email, contact.otherEmails, contact.invalidEmails])).toEqual([
      ['Eve Adams', '', '', 'not-an-email'],
      ['Tom Baker', 'tom.baker@monzo.com', '', ''],
    ]);
    // An Exchange (X.500) address is no email, valid or not: it is kept as written, as an identifier.
    const tom = (await invalid.contacts.list()).find((contact) => contact.record.firstName === 'Tom');
    expect(tom?.record.custom['exchangeAddress']).toEqual({ type: 'id', value: '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=abc123-tom.baker' });
    expect(contactsToCsv(exported).split('\r\n')[0]).toMatch(/^id,name,firstName,lastName,email,otherEmails,phone,.*,sources,invalidEmails,invalidPhones,/);
  });
});

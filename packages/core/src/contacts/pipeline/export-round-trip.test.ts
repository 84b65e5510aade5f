import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../playbook/index.js';
import { openPgliteStore } from '../../store/pglite/index.js';
import type { Store, TenantStore } from '../../store/store.js';
import { contactsToCsv, toExportedContacts, type ExportedContact } from './export-contacts.js';
import { importContacts } from './import-contacts.js';
import type { ImportReport } from './import-report.js';

const playbookText = `# Test playbook
\`\`\`yaml
name: Test
problem: Sales teams waste time on bad-fit accounts.
icp:
  industry: { weight: 2, include: [software] }
  seniority: { weight: 1, include: [c-level, vp, director] }
  technologies: { weight: 1, include: [HubSpot] }
\`\`\`
`;
const playbook = { version: 1, playbook: parsePlaybook(playbookText, { file: 'playbook.md' }) };

// Values that each once went wrong on the way back: a band of employees, a phone extension, a
// birthday without a year (`--12-25` starts like a formula), a formula in the notes, a user's own
// leading quote (`'+1`), technologies, street, postcode and the list's own id, a number that needs
// a country nobody gave, and two rows of one person (merged: `sources` 2).
const list = [
  'First Name,Last Name,Email,Company,Job Title,Phone,LinkedIn,Industry,Country,Employees,Technologies,Street,Postcode,CRM ID,Notes,Tags,Birthday,Lead Source,Code',
  'Ann,Lee,ann@acme.example,Acme Inc,VP Sales,(415) 555-0101,,Computer Software,US,51-200,"HubSpot, Salesforce",1 Main St,94105,crm-1,"=HYPERLINK(""http://evil.example"",""click"")",vip,,Webinar,\'+1',
  'Bob,Stone,bob@shop.example,Shop Ltd,CEO,+1 213 373 4253 ext. 55,,Retail,US,1001-5000,,,,crm-2,,,--12-25,Referral,',
  'Carl,Jung,carl@umbrella.example,Umbrella,Director of Sales,(415) 555-0199,,Computer Software,,,,,,,,,,,',
  'Dee,Park,,Initech,Account Executive,,https://www.linkedin.com/in/deepark,Computer Software,DE,,,,,,,,,,',
  'Eve,Adams,eve@globex.example,Globex,Head of Sales,+44 20 7946 0958,,Computer Software,GB,,HubSpot,,,,,,,,',
  'Eve,Adams,eve@globex.example,Globex,Head of Sales,,,,GB,,,,,,,,,,',
].join('\n');

let directory: string;
let store: Store;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-export-round-trip-'));
  await writeFile(join(directory, 'list.csv'), list);
  store = await openPgliteStore();
});

afterAll(async () => {
  await store.close();
  await rm(directory, { recursive: true, force: true });
});

/** What `compound export` writes for a tenant: contacts ranked by fit, with their companies. */
async function exportOf(tenant: TenantStore): Promise<{ rows: ExportedContact[]; csv: string }> {
  const contacts = await tenant.contacts.list({ orderBy: 'fit' });
  const companies = new Map((await tenant.companies.list()).map((company) => [company.id, company]));
  const rows = toExportedContacts(contacts, (id) => companies.get(id));
  return { rows, csv: contactsToCsv(rows, { bom: true }) };
}

/** Rows by name without the values a new workspace gives anew: Compound's id and the count of source rows. */
function comparable(rows: readonly ExportedContact[]): Record<string, Omit<ExportedContact, 'id' | 'sources'>> {
  return Object.fromEntries(rows.map(({ id: _id, sources: _sources, ...row }) => [row.name, row]));
}

/** Imports `file` into a new tenant and exports it again. */
async function cycle(tenantId: string, file: string): Promise<{ report: ImportReport; rows: ExportedContact[]; csv: string }> {
  await store.ensureTenant(tenantId);
  const tenant = store.forTenant(tenantId);
  const report = await importContacts(tenant, { file, playbook });
  return { report, ...(await exportOf(tenant)) };
}

describe('export → import → export', () => {
  it('is a fixed point: the same columns, values and contacts, and none of the derived columns comes back as a custom one', async () => {
    const first = await cycle('first', join(directory, 'list.csv'));
    expect(first.rows).toHaveLength(5);
    await writeFile(join(directory, 'first.csv'), first.csv);
    const second = await cycle('second', join(directory, 'first.csv'));
    await writeFile(join(directory, 'second.csv'), second.csv);
    const third = await cycle('third', join(directory, 'second.csv'));

    expect(second.report).toMatchObject({ format: 'compound', rows: 5, unique: 5, duplicatesMerged: 0, rejected: [] });
    expect(second.csv.split('\r\n')[0]).toBe(first.csv.split('\r\n')[0]);
    expect(second.csv.split('\r\n')[0]).not.toMatch(/custom:custom:|custom:(fit|reasons|sources|function|id)\b/);
    expect(comparable(second.rows)).toEqual(comparable(first.rows));
    expect(third.csv.split('\r\n')[0]).toBe(first.csv.split('\r\n')[0]);
    expect(comparable(third.rows)).toEqual(comparable(first.rows));
    // The values that once changed on the way, as the first import stored them.
    expect(comparable(second.rows)['Ann Lee']).toMatchObject({
      phone: '+14155550101',
      employees: '51',
      technologies: 'HubSpot; Salesforce',
      street: '1 Main St',
      postcode: '94105',
      externalId: 'crm-1',
      notes: '=HYPERLINK("http://evil.example","click")',
      custom: { employeesRange: '51-200', 'Lead Source': 'Webinar', Code: "'+1" },
    });
    expect(comparable(second.rows)['Bob Stone']?.custom).toEqual({ employeesRange: '1001-5000', phoneExtensions: '+12133734253 ext. 55', birthdayWithoutYear: '--12-25', 'Lead Source': 'Referral' });
    expect(comparable(second.rows)['Carl Jung']).toMatchObject({ phone: '', invalidPhones: '(415) 555-0199' });
    expect(second.rows.find((row) => row.name === 'Ann Lee')?.fit).toBe(first.rows.find((row) => row.name === 'Ann Lee')?.fit);
  });

  it('keeps the website as given, apart from the company domain, and the types --field gave custom columns', async () => {
    const typed = [
      'Name,Email,Company,Website,Badge,Joined',
      'Ann Lee,ann@acme.example,Acme,https://www.acme.example/about,00123,2024-01-05',
      'Bob Stone,bob.stone@gmail.com,Shop,,00456,2024-02-05',
      'Cy Ng,cy@cabify.example,Cabify,https://www.personio.example,00789,2024-03-05',
    ].join('\n');
    await writeFile(join(directory, 'typed.csv'), typed);
    await store.ensureTenant('typed');
    // Digits that sniff as an id, and dates, typed as text by the user.
    await importContacts(store.forTenant('typed'), { file: join(directory, 'typed.csv'), playbook, fieldTypes: { Badge: 'text', Joined: 'text' } });
    const first = await exportOf(store.forTenant('typed'));
    expect(first.rows.find((row) => row.name === 'Ann Lee')).toMatchObject({ website: 'https://www.acme.example/about', domain: 'acme.example', customTypes: { Badge: 'text', Joined: 'text' } });
    expect(first.rows.find((row) => row.name === 'Cy Ng')).toMatchObject({ website: 'https://www.personio.example', domain: 'cabify.example' });
    expect(first.csv.split('\r\n')[0]).toMatch(/,website,custom\(text\):Badge,custom\(text\):Joined$/);
    await writeFile(join(directory, 'typed-export.csv'), first.csv);
    const second = await cycle('typed-again', join(directory, 'typed-export.csv'));
    expect(second.report.mapping['domain']).toMatchObject({ field: 'derived' });
    expect(second.report.mapping['website']).toMatchObject({ field: 'website' });
    expect(second.report.mapping['custom(text):Badge']).toMatchObject({ field: 'custom', type: 'text' });
    expect(second.csv.split('\r\n')[0]).toBe(first.csv.split('\r\n')[0]);
    expect(comparable(second.rows)).toEqual(comparable(first.rows));
    const stored = await store.forTenant('typed-again').contacts.list();
    expect(stored.find((contact) => contact.record.fullName === 'Bob Stone')?.record).toMatchObject({ custom: { Badge: { value: '00456', type: 'text' } } });
    expect(stored.find((contact) => contact.record.fullName === 'Bob Stone')?.record.website).toBeUndefined();
  });

  it('reports the derived columns as such, and maps the quoted phone column with high confidence', async () => {
    await store.ensureTenant('source');
    await importContacts(store.forTenant('source'), { file: join(directory, 'list.csv'), playbook });
    await writeFile(join(directory, 'export.csv'), (await exportOf(store.forTenant('source'))).csv);
    const { report } = await cycle('reimport', join(directory, 'export.csv'));
    for (const column of ['fit', 'reasons', 'sources', 'function', 'id']) expect(report.mapping[column]).toMatchObject({ field: 'derived' });
    expect(report.mapping['phone']).toMatchObject({ field: 'phone' });
    expect(report.mapping['phone']?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(report.mapping['custom:employeesRange']).toMatchObject({ field: 'custom', type: 'text' });
    expect(report.issues.map((issue) => issue.field)).not.toContain('employeesRange');
    const stored = await store.forTenant('reimport').contacts.list();
    for (const contact of stored) expect(Object.keys(contact.record.custom).filter((key) => key.startsWith('custom:') || ['fit', 'reasons', 'sources', 'function'].includes(key))).toEqual([]);
  });
});

/**
 * Writes the demo's messy contact list, `examples/contacts.csv`, and its ground truth,
 * `examples/contacts.truth.json`. Deterministic: the same seed writes the same bytes.
 *
 * Run from the repository root:
 *   node --conditions=@compound/source --import tsx examples/generate-demo-list.ts
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCsvRow, iterateContacts, seededRandom } from '../packages/core/src/testing/index.js';

const seed = 20_250_115;
const generatedRows = 843;
const here = dirname(fileURLToPath(import.meta.url));

// A founder's merged CRM export and event lists: a couple of odd header names, and Notes typed by hand.
const columns = {
  fullName: 'Full Name',
  firstName: 'First Name',
  lastName: 'Last Name',
  email: 'E-mail',
  company: 'Organisation',
  title: 'Job Title',
  phone: 'Mobile',
  linkedinUrl: 'LinkedIn',
  website: 'Website',
  industry: 'Industry',
  employees: 'Employees',
  country: 'Country',
  city: 'City',
  technologies: 'Technologies',
} as const;
const header = [...Object.values(columns), 'Notes'];

const notesBySource = {
  crm: ['Demo booked', 'Asked for pricing', 'Intro via Jana (investor)', 'Churned in 2023', 'Follow up in Q3', 'Trial user', 'Warm lead', 'Replied to cold email'],
  event: ['Met at SaaStr Europa 2024', 'Web Summit booth visitor', 'Badge scan, Dreamforce', 'RevOps meetup Berlin', 'Webinar attendee: pipeline hygiene'],
  linkedin: ['Connected on LinkedIn', 'Commented on our post', 'LinkedIn: accepted invite'],
} as const;

interface DemoRow {
  cells: string[];
  /** Entity id, or a rejection reason for rows the importer should reject. */
  truth: number | { rejected: string };
  /** A pre-formatted line (for the deliberately malformed row). */
  raw?: string;
}

const random = seededRandom(seed);
const noteRandom = random.fork();
const rows: DemoRow[] = [];
let maxEntity = 0;
let leadershipEntities = 0;
const entities = new Set<number>();

for (const contact of iterateContacts({
  seed,
  count: generatedRows,
  duplicateRate: 0.27,
  leadershipShare: 0.36,
  companies: 260,
  columns,
  fictionalPhones: true,
  shuffleWindow: generatedRows,
})) {
  const cells = Object.values(columns).map((name) => contact.row[name] ?? '');
  const note = noteRandom.chance(0.35) ? noteRandom.pick(notesBySource[contact.source]) : '';
  rows.push({ cells: [...cells, note], truth: contact.entityId });
  maxEntity = Math.max(maxEntity, contact.entityId);
  if (!entities.has(contact.entityId)) {
    entities.add(contact.entityId);
    if (contact.leadershipProfile) leadershipEntities++;
  }
}

const column = (name: string): number => header.indexOf(name);
const set = (row: DemoRow | undefined, name: string, value: string): void => {
  if (row !== undefined) row.cells[column(name)] = value;
};
const emailDomain = (row: DemoRow): string | undefined => row.cells[column('E-mail')]?.split('@')[1];
const companyRows = rows.filter((row) => row.cells[column('Organisation')] !== '' && /\.(com|io|de|co\.uk)$/.test(emailDomain(row) ?? ''));

// Hand-typed damage a real list carries.
set(rows[57], 'Notes', '=HYPERLINK("http://evil.example","click")');
set(rows[211], 'Notes', 'Met at the booth, very keen.\nWants a call after the summer; prefers email');
set(rows[388], 'Notes', 'Said "call me in May", then went quiet');
for (const index of [91, 305, 512, 640]) {
  const row = rows[index];
  if (row === undefined) continue;
  for (const name of ['Full Name', 'First Name', 'Last Name']) set(row, name, (row.cells[column(name)] ?? '').toUpperCase());
}
// A person whose address in this export is the team mailbox.
const roleRow = companyRows[12];
if (roleRow !== undefined) set(roleRow, 'E-mail', `sales@${emailDomain(roleRow) ?? 'example.com'}`);

const blank = (): string[] => header.map(() => '');
const newEntity = (cells: string[]): DemoRow => ({ cells, truth: ++maxEntity });
const inserts: [number, DemoRow][] = [];
const infoSource = companyRows[30];
if (infoSource !== undefined) {
  const cells = blank();
  cells[column('E-mail')] = `info@${emailDomain(infoSource) ?? 'example.com'}`;
  cells[column('Organisation')] = infoSource.cells[column('Organisation')] ?? '';
  cells[column('Notes')] = 'Contact form enquiry';
  inserts.push([144, newEntity(cells)]);
}
{
  const cells = blank();
  cells[column('Full Name')] = 'Office Team';
  cells[column('E-mail')] = 'hello@lumenpath.com';
  cells[column('Organisation')] = 'Lumenpath';
  cells[column('Website')] = 'lumenpath.com';
  inserts.push([476, newEntity(cells)]);
}
{
  const cells = blank();
  cells[column('Organisation')] = 'Bluefield Analytics';
  cells[column('Industry')] = 'Computer Software';
  cells[column('Notes')] = 'Lead from webinar, no contact details';
  inserts.push([233, { cells, truth: { rejected: 'no name, email, phone or LinkedIn' } }]);
}
{
  const cells = blank();
  cells[column('E-mail')] = 'john.smith(at)gmail';
  cells[column('Organisation')] = 'Smith Consulting';
  inserts.push([598, { cells, truth: { rejected: 'invalid email and no other identifier' } }]);
}
{
  // A company name with an unquoted comma: one field too many.
  const cells = blank();
  cells[column('First Name')] = 'Grace';
  cells[column('Last Name')] = 'Whitfield';
  cells[column('E-mail')] = 'grace@whitfield-partners.co.uk';
  cells[column('Organisation')] = 'Whitfield';
  cells[column('Job Title')] = 'Managing Partner';
  const raw = [...cells.slice(0, column('Organisation') + 1), ' Jones & Partners', ...cells.slice(column('Organisation') + 1)].join(',');
  inserts.push([701, { cells, truth: { rejected: `ragged row: ${header.length + 1} fields, header has ${header.length}` }, raw }]);
}
for (const [index, row] of inserts.sort(([a], [b]) => b - a)) rows.splice(index, 0, row);

// Excel's "CSV UTF-8": byte-order mark and CRLF line ends.
const lines = [formatCsvRow(header), ...rows.map((row) => row.raw ?? formatCsvRow(row.cells))];
await writeFile(join(here, 'contacts.csv'), `\ufeff${lines.join('\r\n')}\r\n`, 'utf8');

const rowToEntity: Record<string, number> = {};
const rejected: Record<string, string> = {};
rows.forEach((row, index) => {
  if (typeof row.truth === 'number') rowToEntity[String(index + 1)] = row.truth;
  else rejected[String(index + 1)] = row.truth.rejected;
});
const truth = {
  description:
    'Ground truth for contacts.csv. Keys are 1-based data record numbers (the header is record 0; a quoted newline does not start a new record). Rows sharing an entity id describe the same person; rows in `rejected` should be rejected by import with the given reason.',
  seed,
  rows: rows.length,
  entities: new Set(Object.values(rowToEntity)).size,
  rowToEntity,
  rejected,
};
await writeFile(join(here, 'contacts.truth.json'), `${JSON.stringify(truth, null, 2)}\n`, 'utf8');

const duplicates = Object.keys(rowToEntity).length - truth.entities;
process.stderr.write(
  `wrote ${rows.length} rows: ${truth.entities} entities, ${duplicates} duplicate rows (${((100 * duplicates) / rows.length).toFixed(1)}%), ` +
    `${Object.keys(rejected).length} to reject, ${((100 * leadershipEntities) / entities.size).toFixed(1)}% of generated entities from the ICP-like profile\n`,
);

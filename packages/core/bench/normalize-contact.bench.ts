/**
 * normalizeContact throughput: builds 100k varied mapped rows from a seeded generator (names in
 * several shapes and casings, 1-3 emails per cell, phones national and international, companies with
 * legal forms, titles, LinkedIn URLs, locations, employee bands, dates, custom columns, some bad
 * values) and normalizes them all. Reports wall-clock rows/s against the target, plus rows per CPU second
 * (robust to other processes sharing the machine). Target: >= 50,000 rows/s, so normalization takes at most 2 s of
 * the 5 s budget for importing 100k rows.
 */
import type { ContactField, MappedRow } from '../src/contacts/contact.js';
import { normalizeContact } from '../src/contacts/normalize/index.js';
import { seededUniform } from '../src/learning/stats/seeded-uniform.js';

const rowCount = Number(process.env['NORMALIZE_BENCH_ROWS'] ?? 100_000);
const targetRowsPerSecond = 50_000;

const random = seededUniform(42);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;

const firstNames = ['Jane', 'JOHN', 'maria', 'Jan', 'Ana-María', 'Conor', 'Li', 'Søren', 'Zoë', 'Ahmed', 'Petra', 'William'];
const lastNames = ['Doe', 'MCDONALD', "o'brien", 'van der Berg', 'de la Cruz', 'Novák', 'Müller', 'Smith', 'Nguyen', 'Kowalski'];
const honorifics = ['', '', '', 'Dr. ', 'Ing. ', 'Mr ', 'Prof. '];
const suffixes = ['', '', '', ', PhD', ' Jr.', ', MBA'];
const companies = ['Acme, Inc.', 'Globex GmbH', 'Initech LLC', 'Škoda Auto a.s.', 'Umbrella Corp.', 'STARK INDUSTRIES', 'Wayne Enterprises', 'Self-employed', 'Hooli Sp. z o.o.', 'Pied Piper'];
const domains = ['acme.com', 'globex.de', 'initech.io', 'skoda-auto.cz', 'gmail.com', 'yahoo.co.uk', 'seznam.cz', 'umbrella.co.uk'];
const titles = ['VP Engineering', 'Head of Sales', 'Account Executive', 'CEO & Co-Founder', 'Software Engineer', 'Geschäftsführer', 'Obchodní ředitel', 'Marketing Manager', 'Assistant to the CEO', 'SDR', 'Product Owner', ''];
// Phone shapes; {n} is replaced by random digits so that every number is different, as in real data.
const phoneShapes = ['+1 (213) 37{n}-{n}{n}{n}{n}', '00420 777 {n}{n}{n} {n}{n}{n}', '777 {n}{n}{n} {n}{n}{n}', '+44 20 7946 {n}{n}{n}{n}', '(212) 555-{n}{n}{n}{n} ext. 12', 'n/a', '12345', '+49 30 {n}{n}{n}{n}{n}{n}{n} ::: +49 170 {n}{n}{n}{n}{n}{n}{n}'];
const phone = (): string => pick(phoneShapes).replace(/\{n\}/g, () => String(Math.floor(random() * 10)));
const countries = ['United States', 'Czechia', 'Deutschland', 'UK', 'CZ', 'US', '', 'Narnia'];
const locations = ['Prague, Czechia', 'San Francisco Bay Area', 'Austin, TX', 'Greater London', 'Berlin, Germany', 'Remote', ''];
const employees = ['51-200', '11-50', '10,001+', '250', '', 'lots'];
const dates = ['19081209', '1971-06-24', '12 Mar 2021', '7-Feb-22', '03/15/1990', '15.03.1990', 'yesterday', ''];

function makeRow(index: number): MappedRow {
  const first = pick(firstNames);
  const last = pick(lastNames);
  const domain = pick(domains);
  const fields: Partial<Record<ContactField, string[]>> = {};
  if (random() < 0.5) {
    fields.fullName = [`${pick(honorifics)}${first} ${last}${pick(suffixes)}`];
  } else {
    fields.firstName = [first];
    fields.lastName = [last];
  }
  const local = `${first.toLowerCase()}.${index}`;
  fields.email = [random() < 0.2 ? `${local}@${domain}; info@${domain}` : random() < 0.05 ? `${local}@broken` : `${first} <${local}@${domain}>`];
  fields.phone = [phone()];
  // About 30k distinct companies, as in a large CRM export.
  fields.company = [random() < 0.3 ? pick(companies) : `${pick(['Northwind', 'Contoso', 'Fabrikam', 'Tailspin'])} ${Math.floor(random() * 30_000)} ${pick(['GmbH', 'Inc.', 'Ltd', 's.r.o.', ''])}`];
  fields.title = [pick(titles)];
  if (random() < 0.6) fields.linkedinUrl = [`https://${pick(['www.', 'uk.', 'de.', ''])}linkedin.com/in/${local}-${index.toString(36)}/?trk=x`];
  if (random() < 0.4) fields.website = [`https://www.${domain}/about`];
  fields.country = [pick(countries)];
  fields.location = [pick(locations)];
  fields.employees = [pick(employees)];
  fields.technologies = ['Salesforce, HubSpot ::: Slack'];
  if (random() < 0.3) fields.birthDate = [pick(dates)];
  if (random() < 0.3) fields.connectedOn = [pick(dates)];
  return {
    fields,
    custom: random() < 0.3 ? { Mobile: { value: phone(), type: 'phone' }, PSC: { value: '110 00', type: 'postcode' } } : {},
  };
}

process.stderr.write(`generating ${rowCount} rows\n`);
const rows = Array.from({ length: rowCount }, (_, index) => makeRow(index));
for (let index = 0; index < 5_000; index++) normalizeContact(rows[index % rows.length] as MappedRow, { defaultCountry: 'US' });

process.stderr.write('normalizing\n');
const started = performance.now();
const cpuBefore = process.cpuUsage();
let issues = 0;
for (const row of rows) issues += normalizeContact(row, { defaultCountry: 'US' }).issues.length;
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
// CPU time (user + system, GC threads included) stays meaningful when other processes share the
// machine; wall time does not.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const rowsPerSecond = rowCount / seconds;
const peakRssMiB = (process.resourceUsage().maxRSS * 1024) / 2 ** 20;

process.stdout.write(
  [
    '## normalizeContact throughput',
    '',
    `Normalizes ${rowCount.toLocaleString('en-US')} varied, seeded mapped rows (names, 1-3 emails, phones, companies, titles, LinkedIn URLs, locations, bands, dates, custom columns, some bad values); target >= ${targetRowsPerSecond.toLocaleString('en-US')} rows/s.`,
    '',
    '| Metric | Value | Target | Result |',
    '| --- | --- | --- | --- |',
    `| rows/s | ${Math.round(rowsPerSecond).toLocaleString('en-US')} | >= ${targetRowsPerSecond.toLocaleString('en-US')} | ${rowsPerSecond >= targetRowsPerSecond ? 'PASS' : 'MISS'} |`,
    `| rows per CPU second | ${Math.round(rowCount / cpuSeconds).toLocaleString('en-US')} | | |`,
    `| wall time / CPU time | ${seconds.toFixed(2)} s / ${cpuSeconds.toFixed(2)} s | | |`,
    `| issues reported | ${issues.toLocaleString('en-US')} | | |`,
    `| peak RSS | ${peakRssMiB.toFixed(0)} MiB | | |`,
    '',
  ].join('\n'),
);

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli-helper.js';

const playbook = `# Playbook
\`\`\`yaml
name: Test
problem: Sales teams waste time on bad-fit accounts.
icp:
  industry: { weight: 2, include: [software] }
  seniority: { weight: 1, include: [vp, c-level] }
\`\`\`
`;
const csv = [
  'Name,E-mail,Organisation,Role,Sector,Mobile',
  'Jane Doe,jane@acme.io,Acme Inc,VP Sales,Computer Software,+1 415 555 0101',
  'jane doe,JANE@ACME.IO,Acme,VP of Sales,Computer Software,',
  'Tom Baker,tom@shop.com,Shop Ltd,Store Clerk,Retail,',
  '"Ann ""Annie"" Lee",ann@initech.com,Initech,CEO,Computer Software,',
  ',,,,,',
  ',,Nobody Corp,,,',
].join('\n');

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-cli-'));
  await writeFile(join(directory, 'contacts.csv'), csv);
  await writeFile(join(directory, 'playbook.md'), playbook);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('compound CLI', () => {
  it('import --json prints the report contract', async () => {
    const result = await cli(['import', 'contacts.csv', '--playbook', 'playbook.md', '--json'], directory);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    // Row 5 (,,,,,) is blank: skipped and counted, outside rows; row 6 keeps its number.
    expect(report).toMatchObject({ rows: 5, blankRows: 1, imported: 4, unique: 3, duplicatesMerged: 1 });
    expect(report['rejected']).toEqual([expect.objectContaining({ row: 6, reason: expect.stringMatching(/nothing identifies a person/) })]);
    expect(typeof report['icpMatches']).toBe('number');
    expect(report['icpMatchInterval']).toEqual({ low: expect.any(Number), high: expect.any(Number) });
    expect((report['mapping'] as Record<string, { field: string; confidence: number }>)['E-mail']).toMatchObject({ field: 'email' });
    const insights = report['insights'] as Array<{ text: string; n: number; share: number }>;
    expect(insights.length).toBeGreaterThanOrEqual(1);
    for (const insight of insights) {
      expect(typeof insight.text).toBe('string');
      expect(insight.n).toBeGreaterThan(0);
      expect(insight.share).toBeGreaterThanOrEqual(0);
      expect(insight.share).toBeLessThanOrEqual(1);
    }
  });

  it('contacts --json lists contacts in rank order with reasons', async () => {
    const result = await cli(['contacts', '--json'], directory);
    expect(result.code).toBe(0);
    const contacts = JSON.parse(result.stdout) as Array<{ id: string; name: string; email: string; company: string; fit: number; reasons: string[] }>;
    expect(contacts).toHaveLength(3);
    for (const contact of contacts) expect(Object.keys(contact).sort()).toEqual(['company', 'email', 'fit', 'id', 'name', 'reasons']);
    expect(contacts.map((contact) => contact.fit)).toEqual([...contacts.map((contact) => contact.fit)].sort((a, b) => b - a));
    expect(contacts.at(-1)?.email).toBe('tom@shop.com');
    expect(contacts[0]?.reasons.length).toBeGreaterThan(0);
  });

  it('contacts prints a human table by default', async () => {
    const result = await cli(['contacts', '--top', '2'], directory);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {3}1\. [01]\.\d\d {2}/);
    expect(result.stdout.split('\n').filter((line) => /^\s+\d+\./.test(line))).toHaveLength(2);
  });

  it('a failed import with --playbook leaves no playbook behind', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-failed-playbook-'));
    await writeFile(join(fresh, 'playbook.md'), playbook);
    await writeFile(join(fresh, 'broken.csv'), 'Name,Email\nAda Lovelace,ada@engines.example\n"Tom Baker,tom@shop.example\n');
    const failed = await cli(['import', 'broken.csv', '--playbook', 'playbook.md'], fresh);
    expect(failed.code).toBe(1);
    await writeFile(join(fresh, 'good.csv'), 'Name,Email\nAda Lovelace,ada@engines.example\n');
    const after = JSON.parse((await cli(['import', 'good.csv', '--json'], fresh)).stdout) as { playbookVersion: number | null };
    expect(after.playbookVersion).toBeNull();
    const scored = JSON.parse((await cli(['import', 'good.csv', '--playbook', 'playbook.md', '--json'], fresh)).stdout) as { playbookVersion: number | null };
    expect(scored.playbookVersion).toBe(1);
    await rm(fresh, { recursive: true, force: true });
  });

  it('the import summary counts one of a thing in the singular', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-one-row-'));
    await writeFile(join(fresh, 'one.csv'), 'Name,Email,Company\nAda Lovelace,ada@engines.example,Analytical Engines\n');
    const result = await cli(['import', 'one.csv'], fresh);
    expect(result.stdout).toMatch(/ {2}1 row read · 1 imported · 0 rejected\n/);
    expect(result.stdout).toMatch(/ {2}1 unique contact after dedup \(0 duplicate rows merged\)\n/);
    expect(result.stdout).toMatch(/ {2}1 company \(1 new\) · 1 contact in the workspace\n/);
    await rm(fresh, { recursive: true, force: true });
  });

  it('contacts shows a contact known only by a phone number by that number', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-phone-only-'));
    await writeFile(join(fresh, 'phones.csv'), 'Name,Phone\n,+1 415 555 0199\nAda Lovelace,+44 20 7946 0958\n');
    expect((await cli(['import', 'phones.csv'], fresh)).code).toBe(0);
    const result = await cli(['contacts'], fresh);
    const lines = result.stdout.split('\n').filter((line) => /^\s+\d+\./.test(line));
    expect(lines).toHaveLength(2);
    expect(lines.find((line) => line.includes('+14155550199'))).toMatch(/\(no name\) \+14155550199/);
    const json = JSON.parse((await cli(['contacts', '--json'], fresh)).stdout) as Array<Record<string, unknown>>;
    for (const contact of json) expect(Object.keys(contact).sort()).toEqual(['company', 'email', 'fit', 'id', 'name', 'reasons']);
    await rm(fresh, { recursive: true, force: true });
  });

  it('contacts never shows an invalid address as the email', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-invalid-email-'));
    await writeFile(join(fresh, 'invalid.csv'), 'Name,Email\nEve Adams,not-an-email\n');
    expect((await cli(['import', 'invalid.csv'], fresh)).code).toBe(0);
    const json = JSON.parse((await cli(['contacts', '--json'], fresh)).stdout) as Array<Record<string, unknown>>;
    expect(json.map((contact) => [contact['name'], contact['email']])).toEqual([['Eve Adams', null]]);
    expect((await cli(['contacts'], fresh)).stdout).not.toContain('not-an-email');
    await rm(fresh, { recursive: true, force: true });
  });

  it('dedup --json reports every data row exactly once and writes nothing', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-dedup-'));
    await writeFile(join(fresh, 'contacts.csv'), csv);
    const result = await cli(['dedup', 'contacts.csv', '--json'], fresh);
    expect(result.code).toBe(0);
    const { clusters } = JSON.parse(result.stdout) as { clusters: number[][] };
    expect(clusters.flat().sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(clusters).toContainEqual([1, 2]);
    // The blank row and the rejected-on-import row stand alone.
    expect(clusters).toContainEqual([5]);
    expect(clusters).toContainEqual([6]);
    expect(JSON.parse(result.stdout)).toMatchObject({ unreadable: [], blankRows: [5] });
    const text = await cli(['dedup', 'contacts.csv'], fresh);
    expect(text.stdout).toMatch(/contacts\.csv: 6 rows → 5 unique \(1 cluster with duplicates;.*\n {2}rows 1, 2\n {2}1 blank row \(every cell empty\) stands alone: row 5\n$/);
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(fresh)).toEqual(['contacts.csv']);
    await rm(fresh, { recursive: true, force: true });
  });

  it("import says how many blank rows (a spreadsheet's trailing ;;;;) it skipped, and which", async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-blank-rows-'));
    const trailing = Array.from({ length: 40 }, () => ';;;');
    await writeFile(join(fresh, 'export.csv'), ['Name;Email;Company;Notes', ...Array.from({ length: 10 }, (_, index) => `Person ${index};p${index}@x.example;X;`), ';Nobody;;', ...trailing].join('\r\n'));
    const result = await cli(['import', 'export.csv'], fresh);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ {2}11 rows read · 10 imported · 1 rejected\n {2}40 blank rows skipped \(rows 12–51\)\n/);
    expect(result.stdout).toMatch(/row 11 \(line 12\)/);
    const json = JSON.parse((await cli(['import', 'export.csv', '--json'], fresh)).stdout) as { rows: number; blankRows: number; blankRowRanges: number[][] };
    expect(json).toMatchObject({ rows: 11, blankRows: 40, blankRowRanges: [[12, 51]] });
    await writeFile(join(fresh, 'gaps.csv'), 'Name,Email\nAda,ada@x.example\n,\nBob,bob@x.example\n , \n,\n');
    expect((await cli(['import', 'gaps.csv'], fresh)).stdout).toMatch(/ {2}3 blank rows skipped \(rows 2, 4–5\)\n/);
    await writeFile(join(fresh, 'one.csv'), 'Name,Email\nAda,ada@x.example\n,\n');
    expect((await cli(['import', 'one.csv'], fresh)).stdout).toMatch(/ {2}1 blank row skipped \(row 2\)\n/);
    await rm(fresh, { recursive: true, force: true });
  });

  it('dedup names the rows it could not read in its human summary', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-dedup-ragged-'));
    await writeFile(join(fresh, 'ragged.csv'), 'Name,Email,Company\nJane Doe,jane@acme.io,Acme\nTom Baker,tom@shop.com,Shop,extra,more\njane doe,JANE@acme.io,Acme\n');
    const result = await cli(['dedup', 'ragged.csv'], fresh);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/3 rows → 2 unique \(1 cluster with duplicates;/);
    expect(result.stdout).toMatch(/1 row could not be read and stands alone:\n {4}row 2: row has 5 fields, header has 3/);
    await rm(fresh, { recursive: true, force: true });
  });

  it('export writes a formula-safe CSV', async () => {
    const result = await cli(['export', '--out', 'clean.csv'], directory);
    expect(result.code).toBe(0);
    const text = await readFile(join(directory, 'clean.csv'), 'utf8');
    // UTF-8 with a byte-order mark, for Excel (cli-export-bom.test.ts reads it back).
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,firstName,lastName,email/);
    expect(lines).toHaveLength(4);
    expect(text).toContain("'+14155550101");
  });

  it('export --out replaces an earlier file whole and leaves nothing beside it', async () => {
    await writeFile(join(directory, 'again.csv'), 'x'.repeat(100_000));
    const result = await cli(['export', '--out', 'again.csv'], directory);
    expect(result.code).toBe(0);
    const text = await readFile(join(directory, 'again.csv'), 'utf8');
    expect(text.slice(1).trim().split('\r\n')).toHaveLength(4);
    expect((await readdir(directory)).filter((name) => name.includes('again.csv'))).toEqual(['again.csv']);
    const folder = await cli(['export', '--out', '.'], directory);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/cannot write .*: it is a folder: name a file/);
    expect((await readdir(directory)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('export --format json gives the same contacts', async () => {
    const result = await cli(['export', '--format', 'json'], directory);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(3);
  });

  it('export --out into a missing folder is one clear line', async () => {
    const result = await cli(['export', '--out', join('nowhere', 'clean.csv')], directory);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/cannot write .*clean\.csv: the folder .*nowhere does not exist/);
    expect(result.stderr).not.toMatch(/ENOENT/);
  });

  it('export --json is JSON like every other command, and conflicts with --format csv', async () => {
    const result = await cli(['export', '--json'], directory);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(3);
    const conflict = await cli(['export', '--json', '--format', 'csv'], directory);
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toMatch(/--json asks for JSON but --format is csv/);
  });

  it('prints one clear error line and exits non-zero on a missing file', async () => {
    const result = await cli(['import', 'nope.csv'], directory);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/nope\.csv/);
  });

  it('rejects unknown commands and bad flags with exit code 2', async () => {
    expect((await cli(['frobnicate'], directory)).code).toBe(2);
    const bad = await cli(['import', 'x.csv', '--field', 'dob:birthday'], directory);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--field expects column:type/);
  });

  it('refuses arguments a command does not take instead of ignoring them', async () => {
    for (const args of [['import', 'contacts.csv', 'more.csv'], ['contacts', 'extra'], ['events', 'import', 'a.csv', 'b.csv']]) {
      const result = await cli(args, directory);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(new RegExp(`unexpected argument "${args.at(-1) ?? ''}"`));
    }
  });

  it('refuses an option the command does not take instead of ignoring it', async () => {
    for (const [args, option] of [
      [['contacts', '--playbook', 'playbook.md'], 'playbook'],
      [['export', '--top', '3'], 'top'],
      [['insights', '--weeks', '2'], 'weeks'],
    ] as const) {
      const result = await cli([...args], directory);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(new RegExp(`--${option} does not apply to ${args[0]}: usage: compound ${args[0]} `));
    }
    // Options of every command and the command's own still pass.
    expect((await cli(['contacts', '--top', '1', '--json', '--tenant', 'default'], directory)).code).toBe(0);
  });

  it('says in one line when the store cannot be opened: a file as workspace, a bad or unreachable database URL', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['contacts', '--workspace', 'contacts.csv'], /workspace .*contacts\.csv is a file, not a folder/],
      [['contacts', '--database-url', 'notaurl'], /--database-url expects a PostgreSQL URL such as postgres:\/\/user:password@host:5432\/database, got "notaurl"/],
      [['contacts', '--database-url', 'postgres://user:secret@127.0.0.1:1/compound'], /cannot connect to PostgreSQL at 127\.0\.0\.1:1: connection refused/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args, directory);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/secret/);
    }
  });

  it('reports a usage mistake in one line that names the option', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['frobnicate'], /unknown command "frobnicate"/],
      [['contacts', '--top'], /--top needs a value/],
      [['contacts', '--top', '--json'], /--top needs a value/],
      [['contacts', '--top', '-3'], /--top needs a value/],
      [['import', 'x.csv', '--bogus'], /unknown option --bogus/],
      [['contacts', '--json=yes'], /--json takes no value/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args, directory);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/compound --help/);
    }
  });
});

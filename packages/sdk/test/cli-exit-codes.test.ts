import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli-helper.js';

// One rule for every command (README, "Exit codes"): 0 done, 1 the run failed, 2 usage mistake.
describe('compound exit codes', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'compound-exit-codes-'));
    await writeFile(join(directory, 'contacts.csv'), 'Name,Email\nAda Lovelace,ada@a.example\n');
    expect((await cli(['import', 'contacts.csv'], directory)).code).toBe(0);
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('exits 2, with nothing on standard output, when the command line is wrong, whichever command checks it', async () => {
    const usage: string[][] = [
      [],
      ['frobnicate'],
      ['import'],
      ['dedup'],
      ['company'],
      ['events', 'import'],
      ['events', 'export', 'history.csv'],
      ['model', 'evaluate', 'history.csv'],
      ['export', '--format', 'xml'],
      ['export', '--json', '--format', 'csv'],
      ['digest', '--week', 'last'],
      ['digest', '--week', '2026-02-30'],
      ['contacts', '--top', '-3'],
      ['insights', '--weeks', '2'],
    ];
    for (const args of usage) {
      const result = await cli(args, directory);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr, args.join(' ')).not.toBe('');
    }
    expect((await cli(['digest', '--week', 'last'], directory)).stderr).toMatch(/--week: week must be an ISO date such as 2024-03-04, or "latest" \(got "last"\)/);
  });

  it('exits 1 when the command ran and failed: a missing file, a --map that does not fit, nothing found', async () => {
    await writeFile(join(directory, 'history.csv'), 'Email,Sent At,Replied\nada@a.example,2026-02-02 10:00,no\n');
    const failures: string[][] = [
      ['import', 'nope.csv'],
      ['events', 'import', 'nope.csv'],
      ['import', 'contacts.csv', '--map', 'Nope=email'],
      ['events', 'import', 'history.csv', '--map', 'Sent At=sendDate'],
      ['company', 'nope.example'],
    ];
    for (const args of failures) expect((await cli(args, directory)).code, args.join(' ')).toBe(1);
  });

  it('exits 1 when an import rejected every row, and still prints its report', async () => {
    await writeFile(join(directory, 'bad-dates.csv'), 'Email,Sent At,Replied\nada@a.example,not a date,no\nbo@b.example,never,yes\n');
    const events = await cli(['events', 'import', 'bad-dates.csv'], directory);
    expect(events.code).toBe(1);
    expect(events.stdout).toMatch(/^Nothing imported from bad-dates\.csv: all 2 rows were rejected\n/);
    const json = await cli(['events', 'import', 'bad-dates.csv', '--json'], directory);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ rows: 2, events: 0 });

    await writeFile(join(directory, 'no-identity.csv'), 'Title,Notes\nCEO,met at a fair\nCTO,call back\n');
    const contacts = await cli(['import', 'no-identity.csv', '--json'], directory);
    expect(contacts.code).toBe(1);
    expect(JSON.parse(contacts.stdout)).toMatchObject({ imported: 0, rejected: [{ row: 1 }, { row: 2 }] });

    // Some rows imported, or none to import: success.
    await writeFile(join(directory, 'half.csv'), 'Email,Sent At,Replied\nada@a.example,2026-02-03 10:00,no\nbo@b.example,never,yes\n');
    expect((await cli(['events', 'import', 'half.csv'], directory)).code).toBe(0);
    await writeFile(join(directory, 'header-only.csv'), 'Email,Sent At,Replied\n');
    expect((await cli(['events', 'import', 'header-only.csv'], directory)).code).toBe(0);
  });

  it('exits 1 when no row held a send or an outcome (0 events), and still prints its report; a re-import is a success', async () => {
    // Per-event file whose types are neither a send nor an outcome (PROCESSED, DEFERRED) or unknown.
    const rows = ['Email,Type,Created,Campaign', 'ada@a.example,PROCESSED,2026-03-01T10:00:00Z,Q1', 'bo@b.example,DEFERRED,2026-03-02T10:00:00Z,Q1', 'cy@c.example,FROBNICATED,2026-03-02T10:00:00Z,Q1'];
    await writeFile(join(directory, 'no-outcomes.csv'), `${rows.join('\n')}\n`);
    const text = await cli(['events', 'import', 'no-outcomes.csv'], directory);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^Nothing imported from no-outcomes\.csv: no row held a send or an outcome Compound reads \(3 rows read, 0 events\)\n/);
    expect(text.stdout).toContain('event types not known, rows not read: FROBNICATED (1 row)');
    const json = await cli(['events', 'import', 'no-outcomes.csv', '--json'], directory);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ rows: 3, events: 0, inserted: 0, rejected: [] });

    // Events built but all stored before: re-importing adds nothing, and that is what was asked.
    await writeFile(join(directory, 'sent.csv'), 'Email,Sent At,Replied\nada@a.example,2026-02-03 10:00,no\n');
    expect((await cli(['events', 'import', 'sent.csv'], directory)).code).toBe(0);
    const again = await cli(['events', 'import', 'sent.csv', '--json'], directory);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ inserted: 0, duplicates: 1 });
  });

  it('a per-event file without a recipient column is one file-level error naming --map COLUMN=email', async () => {
    const rows = ['Who,Type,Created,Campaign', 'ada@a.example,SENT,2026-03-01T10:00:00Z,Q1', 'ada@a.example,OPEN,2026-03-02T10:00:00Z,Q1'];
    await writeFile(join(directory, 'no-recipient.csv'), `${rows.join('\n')}\n`);
    const result = await cli(['events', 'import', 'no-recipient.csv'], directory);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/no-recipient\.csv has one row per event .* no recipient column .*--map COLUMN=email/);
    // Naming the column, as the error says, imports the file.
    const mapped = await cli(['events', 'import', 'no-recipient.csv', '--map', 'Who=email', '--json'], directory);
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout)).toMatchObject({ rows: 2, rejected: [], inserted: 2 });
  });

  it('exits 0 for help, which goes to standard output', async () => {
    for (const args of [['--help'], ['help']]) {
      const result = await cli(args, directory);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: compound <command>[\s\S]*Exit codes: 0 done, 1 the run failed/);
    }
  });
});

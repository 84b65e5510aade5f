import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoHistory } from '../../../examples/generate-demo-history.js';
import { cli } from './run-cli-helper.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const contactsFile = join(root, 'examples', 'contacts.csv');
const historyFile = join(root, 'examples', 'history.csv');
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-example-history-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** The history's data rows as cells (the generator quotes nothing: no cell holds a comma or a quote). */
async function historyRows(): Promise<{ header: string[]; rows: string[][] }> {
  const [header = [], ...rows] = (await readFile(historyFile, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
  return { header, rows };
}

describe('examples/history.csv', () => {
  it('is what generate-demo-history.ts writes (regenerate and commit both together)', async () => {
    expect(await generateDemoHistory()).toBe(await readFile(historyFile, 'utf8'));
  });

  it('imports after the demo list with no row rejected, one message per row, every outcome read', async () => {
    const contacts = await cli(['import', contactsFile, '--json'], directory);
    expect(contacts.code).toBe(0);

    const result = await cli(['events', 'import', historyFile, '--json'], directory);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      layout: string;
      rows: number;
      messages: number;
      events: number;
      matchedContacts: number;
      rejected: unknown[];
      warnings: string[];
      unusedColumns: string[];
    };
    const { header, rows } = await historyRows();
    expect(rows.length).toBeGreaterThanOrEqual(1200);
    expect(report).toMatchObject({ layout: 'row-per-message', rows: rows.length, messages: rows.length, matchedContacts: rows.length, rejected: [], warnings: [], unusedColumns: [] });
    // A sent event per row, plus one per reply (out-of-office ones included), meeting and bounce.
    const yes = (column: string) => rows.filter((cells) => cells[header.indexOf(column)] === 'yes').length;
    expect(report.events).toBe(rows.length + yes('Replied') + yes('Meeting Booked') + yes('Bounced'));
  });
});

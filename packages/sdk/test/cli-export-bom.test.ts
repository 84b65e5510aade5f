import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli-helper.js';

const list = [
  'First Name,Last Name,Email,Company,Title,Country',
  'Jürgen,Müller,juergen@mueller.example,Müller & Söhne GmbH,Geschäftsführer,DE',
  'Zoë,Ørsted,zoe@orsted.example,Ørsted Å/S,Head of Sales,DK',
  'José,Núñez,jose@nunez.example,Café Niño,CTO,ES',
].join('\n');

/** The export's rows by email, without the columns a workspace gives (id, fit, reasons, sources, custom ones). */
function contactsOf(csv: string): Record<string, string>[] {
  const [header = '', ...lines] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  const columns = header.split(',');
  const kept = columns.filter((column) => !['id', 'fit', 'reasons', 'sources'].includes(column) && !column.startsWith('custom:'));
  return lines
    .map((line) => Object.fromEntries(line.split(',').flatMap((cell, index) => (kept.includes(columns[index] ?? '') ? [[columns[index], cell]] : []))))
    .sort((a, b) => String(a['email']).localeCompare(String(b['email'])));
}

describe('compound export --format csv and Excel', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'compound-export-bom-'));
    await writeFile(join(directory, 'list.csv'), `${list}\n`);
    expect((await cli(['import', 'list.csv'], directory)).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('starts the CSV with a UTF-8 byte-order mark, so Excel reads Müller as Müller; --no-bom leaves it out', async () => {
    expect((await cli(['export', '--out', 'excel.csv'], directory)).code).toBe(0);
    const bytes = await readFile(join(directory, 'excel.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 6).toString('utf8')).toBe('id,');
    expect(bytes.toString('utf8')).toContain('Müller');
    expect((await cli(['export'], directory)).stdout.startsWith('\uFEFFid,')).toBe(true);

    expect((await cli(['export', '--no-bom', '--out', 'plain.csv'], directory)).code).toBe(0);
    const plain = await readFile(join(directory, 'plain.csv'));
    expect(plain.subarray(0, 3).toString('utf8')).toBe('id,');
    expect(plain.equals(bytes.subarray(3))).toBe(true);

    const json = await cli(['export', '--format', 'json', '--no-bom'], directory);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/--no-bom applies to CSV only/);
    expect((await cli(['export', '--json'], directory)).stdout.startsWith('[')).toBe(true);
  }, 180_000);

  it('reads its own export back: import → export → import gives the same contacts', async () => {
    expect((await cli(['export', '--out', 'first.csv'], directory)).code).toBe(0);
    const first = await readFile(join(directory, 'first.csv'), 'utf8');
    const again = await cli(['import', 'first.csv', '--workspace', 'again', '--json'], directory);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout) as { imported: number; rejected: unknown[]; encoding: string; mapping: Record<string, { field: string }> };
    expect(report).toMatchObject({ imported: 3, rejected: [], encoding: 'utf-8' });
    // The header's first column is "id", not "\uFEFFid".
    expect(Object.keys(report.mapping)).toContain('id');
    expect(Object.keys(report.mapping).some((column) => column.includes('\uFEFF'))).toBe(false);
    const second = (await cli(['export', '--workspace', 'again'], directory)).stdout;
    expect(contactsOf(second)).toEqual(contactsOf(first));
    expect(contactsOf(second).map((contact) => contact['lastName'])).toEqual(['Núñez', 'Müller', 'Ørsted']);
  }, 180_000);
});

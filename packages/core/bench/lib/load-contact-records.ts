/**
 * Turns a labelled file into ContactRecords through the real import path only: the truth columns
 * are dropped into a temporary copy of the file, which `readContactFile` then reads, recognizes,
 * maps (`mapColumns`) and normalizes (`normalizeContact`) exactly as an import would.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContactRecord } from '../../src/contacts/contact.js';
import { emptyContactRecord } from '../../src/contacts/empty-contact-record.js';
import { type ContactFile, readContactFile } from '../../src/contacts/pipeline/read-contact-file.js';

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Records of `rows` (header → cell, truth columns already removed), one per row, in order. */
export async function loadContactRecords(
  rows: readonly Record<string, string>[],
  options: { defaultCountry?: string } = {},
): Promise<{ records: ContactRecord[]; file: ContactFile }> {
  const header = Object.keys(rows[0] ?? {});
  const directory = mkdtempSync(join(tmpdir(), 'dedup-bench-'));
  const path = join(directory, 'rows.csv');
  try {
    const lines = [header.map(csvCell).join(',')];
    for (const row of rows) lines.push(header.map((name) => csvCell(row[name] ?? '')).join(','));
    writeFileSync(path, `${lines.join('\n')}\n`);
    const file = await readContactFile(path, options);
    if (file.rows.length !== rows.length) throw new Error(`read ${file.rows.length} rows of ${rows.length}`);
    return { records: file.rows.map((row) => row.record ?? emptyContactRecord()), file };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

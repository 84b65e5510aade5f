/**
 * Turns raw rows into ContactRecords for the dedup benchmarks through the real pipeline
 * (mapColumns → applyMapping → normalizeContact, via `readContactFile`) when it is available,
 * else through the stand-in `quickContact` mapper; the result says which path ran.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContactRecord } from '../../src/contacts/contact.js';
import { quickContact } from './quick-contact-mapper.js';

type ReadContactFile = (path: string, options?: { defaultCountry?: string }) => Promise<{ rows: { record?: ContactRecord }[] }>;

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

async function loadPipeline(): Promise<ReadContactFile | undefined> {
  try {
    // the pipeline lands in parallel with dedup; a variable specifier keeps this file compiling without it
    const specifier = '../../src/contacts/pipeline/index.js';
    const module = (await import(specifier)) as { readContactFile?: ReadContactFile };
    return module.readContactFile;
  } catch {
    return undefined;
  }
}

/** Records of `rows` (already stripped of truth columns), one per row, in order. */
export async function loadContactRecords(
  rows: readonly Record<string, string>[],
  options: { defaultCountry?: string } = {},
): Promise<{ records: ContactRecord[]; path: 'pipeline' | 'stand-in' }> {
  const readContactFile = await loadPipeline();
  if (readContactFile !== undefined && rows.length > 0) {
    const header = Object.keys(rows[0] ?? {});
    const directory = mkdtempSync(join(tmpdir(), 'dedup-bench-'));
    const file = join(directory, 'rows.csv');
    try {
      const lines = [header.map(csvCell).join(',')];
      for (const row of rows) lines.push(header.map((name) => csvCell(row[name] ?? '')).join(','));
      writeFileSync(file, `${lines.join('\n')}\n`);
      const read = await readContactFile(file, options);
      if (read.rows.length === rows.length) {
        return { records: read.rows.map((row) => row.record ?? quickContact({})), path: 'pipeline' };
      }
    } catch {
      // fall through to the stand-in mapper
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }
  return { records: rows.map(quickContact), path: 'stand-in' };
}

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { formatCsvRow } from './format-csv-row.js';
import { contactHeader, iterateContacts, type GenerateContactsOptions } from './generate-contacts.js';

/** What {@link writeContactsCsv} wrote. */
export interface WriteContactsCsvResult {
  /** Data rows written (the header excluded). */
  rowCount: number;
  /** `truth[i]` is the entity id of data row `i + 1`. */
  truth: Int32Array;
  /** Bytes written, header and line terminators included. */
  bytes: number;
}

/**
 * Streams a generated list to a CSV file (UTF-8, `\n` line ends, RFC 4180 quoting) without holding
 * the rows in memory: one million rows take a few seconds and tens of megabytes.
 *
 * @param path File to create or overwrite.
 * @param options The generator options; see `GenerateContactsOptions`.
 */
export async function writeContactsCsv(path: string, options: GenerateContactsOptions): Promise<WriteContactsCsvResult> {
  const header = contactHeader(options.columns);
  const truth = new Int32Array(options.count);
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const closed = once(stream, 'close');
  let chunk = `${formatCsvRow(header)}\n`;
  let bytes = 0;
  let rowCount = 0;
  const values: string[] = new Array<string>(header.length);
  const flush = async (): Promise<void> => {
    bytes += Buffer.byteLength(chunk);
    const ready = stream.write(chunk);
    chunk = '';
    if (!ready) await once(stream, 'drain');
  };
  try {
    for (const contact of iterateContacts(options)) {
      for (let index = 0; index < header.length; index++) values[index] = contact.row[header[index] ?? ''] ?? '';
      chunk += `${formatCsvRow(values)}\n`;
      truth[rowCount++] = contact.entityId;
      if (chunk.length > 1 << 20) await flush();
    }
    await flush();
  } finally {
    stream.end();
    await closed;
  }
  return { rowCount, truth, bytes };
}

import { emptyContactRecord } from '../empty-contact-record.js';
import type { ContactRecord } from '../contact.js';
import { dedup, type DedupOptions, type DedupPair, type DedupStats } from '../dedup/index.js';
import { readContactFile, type ReadContactFileOptions } from './read-contact-file.js';

/** Options of `dedupFile`. */
export interface DedupFileOptions extends ReadContactFileOptions {
  dedup?: DedupOptions;
}

/** Clusters of a file's data rows, by 1-based row number. */
export interface DedupFileResult {
  /** Every data row number exactly once; singletons included; sorted. */
  clusters: number[][];
  /** Merged pairs by row number, with the reason. */
  pairs: Array<{ rows: [number, number]; score: number; keys: string[]; evidence: Record<string, string> }>;
  /** Rows that could not be read as rows of the file (e.g. too many fields): left as singletons. */
  unreadable: Array<{ row: number; reason: string }>;
  /** Rows whose cells are all empty (`,,,,`), ascending: left as singletons, as at import they are skipped. */
  blankRows: number[];
  /** What the reading noticed, as the import reports it (bytes it could not decode, how it read ambiguous dates, a column resolver that failed). */
  warnings: string[];
  stats: DedupStats;
}

/**
 * Deduplicates the rows of a file without writing anything, so dedup quality can be measured on any
 * labelled file: same reading, mapping and normalization as `importContacts`.
 */
export async function dedupFile(path: string, options: DedupFileOptions = {}): Promise<DedupFileResult> {
  const contactFile = await readContactFile(path, options);
  const records: ContactRecord[] = contactFile.rows.map((row) => row.record ?? emptyContactRecord());
  const result = dedup(records, options.dedup);
  const rowOf = (index: number): number => contactFile.rows[index]?.row ?? index + 1;
  const clusters = result.clusters.map((cluster) => cluster.map(rowOf)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  return {
    clusters,
    pairs: result.pairs.map((pair: DedupPair) => ({
      rows: [rowOf(pair.a), rowOf(pair.b)],
      score: pair.score,
      keys: pair.reason.keys,
      evidence: pair.reason.evidence,
    })),
    unreadable: contactFile.rows
      .filter((row) => row.record === undefined && !row.blank)
      .map((row) => ({ row: row.row, reason: row.rejection?.reason ?? 'unreadable' })),
    blankRows: contactFile.rows.filter((row) => row.blank).map((row) => row.row),
    warnings: [...contactFile.warnings.map((warning) => warning.message), ...contactFile.mapping.warnings],
    stats: result.stats,
  };
}

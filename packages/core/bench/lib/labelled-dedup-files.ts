/**
 * The labelled dedup files (../shared/data/dedup, and the held-out febrl dataset3 in bench/data):
 * where each lives, which column holds the truth and which columns must be stripped before dedup
 * sees the rows.
 */

/** One labelled file. */
export interface LabelledDedupFile {
  name: string;
  /** Path relative to the repository root. */
  path: string;
  /** Files whose rows follow `path`'s (same header), deduplicated as one list. */
  morePaths?: readonly string[];
  /** Truth label of a row (header → cell). */
  label(row: Record<string, string>): string;
  /** Columns removed before mapping (the truth and row ids). */
  strip: readonly string[];
  /** Address and phone columns, for a truth built from addresses: the bench audits each wrong pair against them. */
  addressAudit?: { address: string; zip: string; phone: string };
}

/** The labelled files of the dedup benchmark. */
export const labelledDedupFiles: readonly LabelledDedupFile[] = [
  {
    name: 'febrl dataset1 (1k)',
    path: '../shared/data/dedup/febrl/febrl_dataset1.csv',
    label: (row) => /rec-(\d+)/.exec(row['rec_id'] ?? '')?.[1] ?? '',
    strip: ['rec_id'],
  },
  {
    name: 'febrl dataset2 (5k)',
    path: '../shared/data/dedup/febrl/febrl_dataset2.csv',
    label: (row) => /rec-(\d+)/.exec(row['rec_id'] ?? '')?.[1] ?? '',
    strip: ['rec_id'],
  },
  {
    // Held out: not in ../shared/data, so no rule was tuned on it; kept in the repository (SOURCES.md beside it).
    name: 'febrl dataset3 (5k, held out)',
    path: 'packages/core/bench/data/febrl/febrl_dataset3.csv',
    label: (row) => /rec-(\d+)/.exec(row['rec_id'] ?? '')?.[1] ?? '',
    strip: ['rec_id'],
  },
  {
    // Held out like dataset3: 5,000 different people and no duplicate, so every merged pair is false.
    name: 'febrl dataset4a (5k, no duplicates, held out)',
    path: 'packages/core/bench/data/febrl/febrl_dataset4a.csv',
    label: (row) => row['rec_id'] ?? '',
    strip: ['rec_id'],
  },
  {
    // Held out: the two halves of febrl's linkage set as one list, each person once in each half.
    name: 'febrl dataset4a + 4b (10k, held out)',
    path: 'packages/core/bench/data/febrl/febrl_dataset4a.csv',
    morePaths: ['packages/core/bench/data/febrl/febrl_dataset4b.csv'],
    label: (row) => /rec-(\d+)/.exec(row['rec_id'] ?? '')?.[1] ?? '',
    strip: ['rec_id'],
  },
  {
    name: 'splink fake_1000',
    path: '../shared/data/dedup/splink-fake-1000/fake_1000.csv',
    label: (row) => row['cluster'] ?? '',
    strip: ['cluster', 'unique_id'],
  },
  {
    name: 'splink fake_1000 (demos)',
    path: '../shared/data/dedup/splink-fake-1000/fake_1000_from_splink_demos.csv',
    label: (row) => row['cluster'] ?? '',
    strip: ['cluster', 'unique_id'],
  },
  {
    name: 'dedupe csv_example (3.3k orgs)',
    path: '../shared/data/dedup/dedupe-csv-example/csv_example_input_with_true_ids.csv',
    label: (row) => row['True Id'] ?? '',
    strip: ['True Id', 'Id'],
    addressAudit: { address: 'Address', zip: 'Zip', phone: 'Phone' },
  },
];

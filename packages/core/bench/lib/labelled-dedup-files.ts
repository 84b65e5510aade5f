/**
 * The labelled dedup files in ../shared/data/dedup: where each lives, which column holds the truth
 * and which columns must be stripped before dedup sees the rows.
 */

/** One labelled file. */
export interface LabelledDedupFile {
  name: string;
  /** Path relative to the repository root. */
  path: string;
  /** Truth label of a row (header → cell). */
  label(row: Record<string, string>): string;
  /** Columns removed before mapping (the truth and row ids). */
  strip: readonly string[];
}

/** The five labelled files of the dedup benchmark. */
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
  },
];

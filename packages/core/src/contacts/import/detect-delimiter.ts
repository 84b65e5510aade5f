/** Delimiters `detectDelimiter` chooses among, in order of preference on a tie. */
export const candidateDelimiters = [',', ';', '\t', '|'] as const;

/** A delimiter `readDelimited` can detect. */
export type Delimiter = (typeof candidateDelimiters)[number];

/** What `detectDelimiter` found in a text sample. */
export interface DetectedDelimiter {
  delimiter: Delimiter;
  /** Most delimiters are followed by a space (Febrl's `", "`): trim unquoted cells. */
  spaceAfterDelimiter: boolean;
  /** Share of sampled records having the most common field count, in [0, 1]. */
  consistency: number;
}

const maxSampleRecords = 200;

/**
 * Detects the delimiter of a delimited text from a sample (the first ~64 KiB): for each of `,` `;`
 * tab `|`, counts fields per record outside quotes; the delimiter whose most common count (> 1) is
 * shared by the most records wins, and among equally consistent ones the one giving more fields.
 * A preamble of one-cell lines (LinkedIn's `Notes:`) does not favour any delimiter.
 *
 * @example
 * detectDelimiter('a;b;c\n1;2,5;3\n').delimiter // ';'
 */
export function detectDelimiter(sample: string): DetectedDelimiter {
  let best: DetectedDelimiter & { score: number } = {
    delimiter: ',',
    spaceAfterDelimiter: false,
    consistency: 0,
    score: 0,
  };
  for (const delimiter of candidateDelimiters) {
    const { counts, spaced, total } = countFields(sample, delimiter);
    if (counts.length === 0) continue;
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    let mode = 1;
    let modeFrequency = 0;
    for (const [count, times] of frequency) {
      if (count > 1 && (times > modeFrequency || (times === modeFrequency && count > mode))) {
        mode = count;
        modeFrequency = times;
      }
    }
    if (mode < 2) continue;
    const consistency = modeFrequency / counts.length;
    const score = consistency * (1 + Math.log2(mode) / 8);
    if (score > best.score) {
      best = { delimiter, spaceAfterDelimiter: total > 0 && spaced / total > 0.8, consistency, score };
    }
  }
  return { delimiter: best.delimiter, spaceAfterDelimiter: best.spaceAfterDelimiter, consistency: best.consistency };
}

/** Field counts per non-blank record (outside quotes), and how many delimiters a space follows. */
function countFields(sample: string, delimiter: string): { counts: number[]; spaced: number; total: number } {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let empty = true;
  let spaced = 0;
  let total = 0;
  const length = sample.length;
  // The last line of a sample may be cut short; leave it out unless it is the only one.
  const lastBreak = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
  const stop = lastBreak > 0 ? lastBreak + 1 : length;
  for (let index = 0; index < stop && counts.length < maxSampleRecords; index++) {
    const char = sample[index];
    if (char === '"') {
      inQuotes = !inQuotes;
      empty = false;
    } else if (inQuotes) {
      continue;
    } else if (char === delimiter) {
      fields++;
      total++;
      empty = false;
      if (sample[index + 1] === ' ') spaced++;
    } else if (char === '\n' || char === '\r') {
      if (!empty) counts.push(fields);
      if (char === '\r' && sample[index + 1] === '\n') index++;
      fields = 1;
      empty = true;
    } else if (char !== ' ') {
      empty = false;
    }
  }
  if (!empty) counts.push(fields);
  return { counts, spaced, total };
}

/** Records after this many are never taken for the header: a preamble is a few lines. */
const maxPreambleRecords = 20;

const emailPattern = /^[^\s@"<>]+@[^\s@"<>]+\.[a-z]{2,}$/i;
const urlPattern = /^(https?:\/\/|www\.)\S+$/i;
const numberLikePattern = /^[+\-(]?[\d\s().,:/-]*\d[\d\s().,:/-]*$/;

/**
 * Finds the header among the first records of a file: the first record with at least half as
 * many cells as most records have (and at least two, unless the file has one column). Records
 * before it are a preamble, such as LinkedIn's `Notes:` and its quoted paragraph.
 *
 * @param cellCounts cell counts of the first non-blank records, in file order.
 * @returns the index of the header record (0 when there is no preamble).
 */
export function findHeaderRow(cellCounts: readonly number[]): number {
  if (cellCounts.length <= 1) return 0;
  const frequency = new Map<number, number>();
  for (const count of cellCounts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let mode = 1;
  let modeFrequency = 0;
  for (const [count, times] of frequency) {
    if (times > modeFrequency || (times === modeFrequency && count > mode)) {
      mode = count;
      modeFrequency = times;
    }
  }
  if (mode <= 1) return 0;
  const minimum = Math.max(2, Math.ceil(mode / 2));
  const limit = Math.min(cellCounts.length, maxPreambleRecords);
  for (let index = 0; index < limit; index++) {
    if ((cellCounts[index] ?? 0) >= minimum) return index;
  }
  return 0;
}

/**
 * True when a would-be header row looks like data instead: it holds an email address or a URL,
 * or at least half of its non-empty cells are numbers, dates or phone numbers, or it is empty.
 * Header cells are words such as `Email` or `first_name`.
 *
 * @example
 * looksLikeDataRow(['ada@example.com', 'Ada', 'Lovelace']) // true
 * looksLikeDataRow(['Email', 'First Name', 'Last Name'])  // false
 */
export function looksLikeDataRow(cells: readonly string[]): boolean {
  let nonEmpty = 0;
  let numeric = 0;
  for (const raw of cells) {
    const cell = raw.trim();
    if (cell === '') continue;
    nonEmpty++;
    if (emailPattern.test(cell) || urlPattern.test(cell)) return true;
    if (numberLikePattern.test(cell)) numeric++;
  }
  return nonEmpty === 0 || numeric / nonEmpty >= 0.5;
}

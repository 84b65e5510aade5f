/** Counts of a 2×2 table: a segment against the rest of a list, ICP match or not. */
export interface ConcentrationCounts {
  /** ICP matches in the segment. */
  segmentMatches: number;
  /** Contacts in the segment. */
  segmentSize: number;
  /** ICP matches in the whole list. */
  matches: number;
  /** Contacts in the whole list. */
  total: number;
}

/** ln(k!) for k = 0..n, by running sums (exact enough for the sizes of a contact list). */
export function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) table[k] = (table[k - 1] as number) + Math.log(k);
  return table;
}

/**
 * One-sided Fisher exact test that matches are over-represented in the segment: the hypergeometric
 * probability of at least `segmentMatches` matches when `segmentSize` contacts are drawn from a list
 * of `total` holding `matches`. Exact under the null that matching is independent of the segment,
 * so, unlike a normal approximation, it stays valid for small segments and the far tail a
 * Bonferroni threshold looks at.
 *
 * @param logFactorialTable `logFactorials(total)` to reuse across tests of one list.
 */
export function fisherExactTest(counts: ConcentrationCounts, logFactorialTable = logFactorials(counts.total)): number {
  const { segmentMatches, segmentSize, matches, total } = counts;
  const logChoose = (n: number, k: number) =>
    (logFactorialTable[n] as number) - (logFactorialTable[k] as number) - (logFactorialTable[n - k] as number);
  const high = Math.min(segmentSize, matches);
  const low = Math.max(0, segmentSize - (total - matches));
  if (segmentMatches <= low) return 1;
  const denominator = logChoose(total, segmentSize);
  let pValue = 0;
  for (let k = segmentMatches; k <= high; k++) {
    pValue += Math.exp(logChoose(matches, k) + logChoose(total - matches, segmentSize - k) - denominator);
  }
  return Math.min(1, pValue);
}

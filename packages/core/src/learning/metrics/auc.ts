/**
 * Area under the ROC curve: the probability that a randomly chosen positive is scored above a
 * randomly chosen negative (ties count one half). Computed from average ranks (Mann–Whitney U),
 * O(n log n).
 *
 * Returns `undefined` when the labels hold only one class (AUC is not defined then).
 *
 * @example
 * auc([0.9, 0.4, 0.6, 0.2], [true, false, true, false]); // 1
 */
export function auc(scores: readonly number[], labels: readonly boolean[]): number | undefined {
  assertSameLength(scores, labels);
  const order = scores.map((_, index) => index).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  let positives = 0;
  let rankSumPositives = 0;
  let start = 0;
  while (start < order.length) {
    let end = start;
    const score = scores[order[start] ?? 0];
    while (end + 1 < order.length && scores[order[end + 1] ?? 0] === score) end += 1;
    // Tied scores share the average of their 1-based ranks.
    const averageRank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position += 1) {
      if (labels[order[position] ?? 0] === true) {
        positives += 1;
        rankSumPositives += averageRank;
      }
    }
    start = end + 1;
  }
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  const u = rankSumPositives - (positives * (positives + 1)) / 2;
  return u / (positives * negatives);
}

function assertSameLength(scores: readonly number[], labels: readonly boolean[]): void {
  if (scores.length !== labels.length) {
    throw new RangeError(`auc: ${scores.length} scores but ${labels.length} labels; pass one score per label`);
  }
}

/**
 * Cluster-quality metrics against ground-truth labels: pairwise and B³ precision/recall/F1 and
 * blocking recall. Pair counts come from cluster-size combinatorics over the contingency table of
 * (predicted cluster, true label), never from enumerating n² pairs.
 */

/** Precision, recall and F1. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/** Pairwise and B³ scores of predicted clusters. */
export interface ClusterEvaluation {
  pairwise: PrecisionRecall & { truePositives: number; predictedPairs: number; truePairs: number };
  bCubed: PrecisionRecall;
}

function choose2(count: number): number {
  return (count * (count - 1)) / 2;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Number of true pairs (records sharing a label). */
export function countTruePairs(labels: readonly string[]): number {
  const sizes = new Map<string, number>();
  for (const label of labels) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  let pairs = 0;
  for (const size of sizes.values()) pairs += choose2(size);
  return pairs;
}

/**
 * Scores `clusters` (indexes into `labels`, a partition) against the true `labels`. A precision
 * with nothing predicted is 1; a recall with nothing to find is 1.
 */
export function evaluateClusters(clusters: readonly (readonly number[])[], labels: readonly string[]): ClusterEvaluation {
  const labelSizes = new Map<string, number>();
  for (const label of labels) labelSizes.set(label, (labelSizes.get(label) ?? 0) + 1);
  let truePositives = 0;
  let predictedPairs = 0;
  let precisionSum = 0;
  let recallSum = 0;
  let records = 0;
  for (const cluster of clusters) {
    predictedPairs += choose2(cluster.length);
    const cells = new Map<string, number>();
    for (const index of cluster) {
      const label = labels[index] ?? `#${index}`;
      cells.set(label, (cells.get(label) ?? 0) + 1);
    }
    for (const [label, count] of cells) {
      truePositives += choose2(count);
      precisionSum += (count * count) / cluster.length;
      recallSum += (count * count) / (labelSizes.get(label) ?? count);
    }
    records += cluster.length;
  }
  const truePairs = countTruePairs(labels);
  const precision = predictedPairs === 0 ? 1 : truePositives / predictedPairs;
  const recall = truePairs === 0 ? 1 : truePositives / truePairs;
  const bPrecision = records === 0 ? 1 : precisionSum / records;
  const bRecall = records === 0 ? 1 : recallSum / records;
  return {
    pairwise: { precision, recall, f1: f1(precision, recall), truePositives, predictedPairs, truePairs },
    bCubed: { precision: bPrecision, recall: bRecall, f1: f1(bPrecision, bRecall) },
  };
}

/** Share of true pairs found among candidate pairs, and candidate pairs per record. */
export function evaluateBlocking(
  candidates: { left: ArrayLike<number>; right: ArrayLike<number>; count: number },
  labels: readonly string[],
): { recall: number; pairsPerRecord: number; truePairsFound: number; truePairs: number } {
  let found = 0;
  for (let k = 0; k < candidates.count; k++) {
    const a = labels[candidates.left[k] ?? -1];
    if (a !== undefined && a === labels[candidates.right[k] ?? -1]) found++;
  }
  const truePairs = countTruePairs(labels);
  return {
    recall: truePairs === 0 ? 1 : found / truePairs,
    pairsPerRecord: labels.length === 0 ? 0 : candidates.count / labels.length,
    truePairsFound: found,
    truePairs,
  };
}

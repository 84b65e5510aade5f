/**
 * The candidate a mistyped name most likely meant: the one at the smallest edit distance
 * (insertions, deletions, substitutions and swaps of two neighbours, case ignored), if that
 * distance is at most 2 and less than half the name's length; `undefined` otherwise.
 *
 * @example closestName('compnay', ['company', 'country']) // 'company'
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const wanted = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor((wanted.length - 1) / 2));
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(left: string, right: string): number {
  const rows = left.length + 1;
  const columns = right.length + 1;
  const table: number[] = new Array<number>(rows * columns).fill(0);
  for (let i = 0; i < rows; i++) table[i * columns] = i;
  for (let j = 0; j < columns; j++) table[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let value = Math.min((table[(i - 1) * columns + j] ?? 0) + 1, (table[i * columns + j - 1] ?? 0) + 1, (table[(i - 1) * columns + j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) value = Math.min(value, (table[(i - 2) * columns + j - 2] ?? 0) + 1);
      table[i * columns + j] = value;
    }
  }
  return table[rows * columns - 1] ?? 0;
}

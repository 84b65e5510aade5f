/**
 * Jaro-Winkler similarity without per-call allocation: the match flags live in two reused buffers,
 * so the dedup hot path can call it millions of times. Comparators that only ask whether two values
 * reach a threshold use `jaroWinklerAbove`, which skips the match search when a letter count shows
 * the threshold out of reach.
 */

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/**
 * Jaro similarity of `a[fromA..toA)` and `b[fromB..toB)`, in [0, 1] (no substring is built). Two
 * empty strings are 1; one empty string is 0.
 */
function jaroOf(a: string, fromA: number, toA: number, b: string, fromB: number, toB: number): number {
  const lengthA = toA - fromA;
  const lengthB = toB - fromB;
  if (lengthA === 0 && lengthB === 0) return 1;
  if (lengthA === 0 || lengthB === 0) return 0;
  if (lengthA > flagsA.length) flagsA = new Uint8Array(lengthA * 2);
  if (lengthB > flagsB.length) flagsB = new Uint8Array(lengthB * 2);
  flagsA.fill(0, 0, lengthA);
  flagsB.fill(0, 0, lengthB);
  const range = Math.max(0, (Math.max(lengthA, lengthB) >> 1) - 1);
  let matches = 0;
  for (let i = 0; i < lengthA; i++) {
    const code = a.charCodeAt(fromA + i);
    const from = Math.max(0, i - range);
    const to = Math.min(lengthB - 1, i + range);
    for (let j = from; j <= to; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(fromB + j) === code) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < lengthA; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (a.charCodeAt(fromA + i) !== b.charCodeAt(fromB + k)) transpositions++;
    k++;
  }
  const m = matches;
  return (m / lengthA + m / lengthB + (m - transpositions / 2) / m) / 3;
}

/** Winkler's boost of a Jaro similarity by the common prefix of the two ranges (up to 4 characters, scaling factor 0.1). */
function winkler(similarity: number, a: string, fromA: number, toA: number, b: string, fromB: number, toB: number): number {
  if (similarity === 1 || similarity === 0) return similarity;
  return similarity + commonPrefix(a, fromA, toA, b, fromB, toB) * 0.1 * (1 - similarity);
}

function commonPrefix(a: string, fromA: number, toA: number, b: string, fromB: number, toB: number): number {
  const limit = Math.min(4, toA - fromA, toB - fromB);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(fromA + prefix) === b.charCodeAt(fromB + prefix)) prefix++;
  return prefix;
}

/**
 * Jaro similarity of two strings, in [0, 1]. Two empty strings are 1; one empty string is 0.
 * @example jaro('martha', 'marhta') // 0.9444
 */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  return jaroOf(a, 0, a.length, b, 0, b.length);
}

/**
 * Jaro-Winkler similarity in [0, 1]: Jaro boosted by the common prefix (up to 4 characters,
 * scaling factor 0.1, as Winkler 1990).
 * @example jaroWinkler('martha', 'marhta') // 0.9611
 */
export function jaroWinkler(a: string, b: string): number {
  return winkler(jaro(a, b), a, 0, a.length, b, 0, b.length);
}

/** Letter counts of the bound in `jaroWinklerAbove`, by code unit modulo 128; all zero between calls. */
const letterCounts = new Int32Array(128);

/**
 * Margin below `floor` within which the bound is not trusted to decide alone, so floating-point
 * rounding in the bound can never turn away a pair whose exact similarity reaches `floor`.
 */
const boundMargin = 1e-9;

/**
 * `jaroWinkler` of `a[fromA..toA)` and `b[fromB..toB)` (default: the whole strings) when it may
 * reach `floor`, else 0 without the match search: a caller that compares the result with `floor` or
 * a higher threshold decides exactly as it would on `jaroWinkler`. Jaro counts at most as many
 * matches m as the two ranges have letters in common (with repeats; letters are bucketed by code
 * modulo 128, which can only overcount), and Jaro-Winkler rises with Jaro, so with the actual
 * prefix p it is at most J + 0.1p(1 - J) where J = (m/|a| + m/|b| + 1) / 3.
 * @example jaroWinklerAbove('smith group', 'sanchez ltd', 0.9) // 0: too few letters in common
 */
export function jaroWinklerAbove(a: string, b: string, floor: number, fromA = 0, toA = a.length, fromB = 0, toB = b.length): number {
  const lengthA = toA - fromA;
  const lengthB = toB - fromB;
  if (lengthA > 0 && lengthB > 0) {
    const counts = letterCounts;
    for (let i = fromA; i < toA; i++) {
      const code = a.charCodeAt(i) & 127;
      counts[code] = (counts[code] ?? 0) + 1;
    }
    let shared = 0;
    for (let i = fromB; i < toB; i++) {
      const code = b.charCodeAt(i) & 127;
      const left = (counts[code] ?? 0) - 1;
      if (left < 0) continue;
      counts[code] = left;
      shared++;
    }
    for (let i = fromA; i < toA; i++) counts[a.charCodeAt(i) & 127] = 0;
    const bound = (shared / lengthA + shared / lengthB + 1) / 3;
    const prefix = commonPrefix(a, fromA, toA, b, fromB, toB);
    if (bound + prefix * 0.1 * (1 - bound) < floor - boundMargin) return 0;
  }
  const similarity = fromA === 0 && toA === a.length && fromB === 0 && toB === b.length && a === b ? 1 : jaroOf(a, fromA, toA, b, fromB, toB);
  return winkler(similarity, a, fromA, toA, b, fromB, toB);
}

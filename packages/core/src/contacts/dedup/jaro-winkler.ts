/**
 * Jaro-Winkler similarity without per-call allocation: the match flags live in two reused buffers,
 * so the dedup hot path can call it millions of times.
 */

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/**
 * Jaro similarity of two strings, in [0, 1]. Two empty strings are 1; one empty string is 0.
 * @example jaro('martha', 'marhta') // 0.9444
 */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const lengthA = a.length;
  const lengthB = b.length;
  if (lengthA === 0 || lengthB === 0) return 0;
  if (lengthA > flagsA.length) flagsA = new Uint8Array(lengthA * 2);
  if (lengthB > flagsB.length) flagsB = new Uint8Array(lengthB * 2);
  flagsA.fill(0, 0, lengthA);
  flagsB.fill(0, 0, lengthB);
  const range = Math.max(0, (Math.max(lengthA, lengthB) >> 1) - 1);
  let matches = 0;
  for (let i = 0; i < lengthA; i++) {
    const code = a.charCodeAt(i);
    const from = Math.max(0, i - range);
    const to = Math.min(lengthB - 1, i + range);
    for (let j = from; j <= to; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === code) {
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
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  return (m / lengthA + m / lengthB + (m - transpositions / 2) / m) / 3;
}

/**
 * Jaro-Winkler similarity in [0, 1]: Jaro boosted by the common prefix (up to 4 characters,
 * scaling factor 0.1, as Winkler 1990).
 * @example jaroWinkler('martha', 'marhta') // 0.9611
 */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  if (similarity === 1 || similarity === 0) return similarity;
  const limit = Math.min(4, a.length, b.length);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return similarity + prefix * 0.1 * (1 - similarity);
}

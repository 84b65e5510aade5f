/**
 * Small edit-distance helpers for short keys (ids, dates, postcodes, phones).
 */

/**
 * True when `a` and `b` differ by at most one substitution, insertion, deletion or adjacent
 * transposition (Damerau distance <= 1). Equal strings are within one edit.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthA = a.length;
  const lengthB = b.length;
  if (Math.abs(lengthA - lengthB) > 1) return false;
  let i = 0;
  while (i < lengthA && i < lengthB && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (lengthA === lengthB) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    // adjacent transposition
    return (
      i + 1 < lengthA &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return lengthA > lengthB ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Number of positions at which two equal-length strings differ; `Infinity` for different lengths. */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length) return Infinity;
  let distance = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) distance++;
  return distance;
}

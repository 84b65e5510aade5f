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
  // common prefix and suffix by character codes: no substrings are allocated (this runs per pair)
  const shorter = lengthA < lengthB ? lengthA : lengthB;
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a.charCodeAt(lengthA - 1 - suffix) === b.charCodeAt(lengthB - 1 - suffix)) suffix++;
  const longer = lengthA > lengthB ? lengthA : lengthB;
  if (longer - prefix - suffix <= 1) return true;
  // adjacent transposition: exactly two differing positions, crossed
  return (
    lengthA === lengthB &&
    lengthA - prefix - suffix === 2 &&
    a.charCodeAt(prefix) === b.charCodeAt(prefix + 1) &&
    a.charCodeAt(prefix + 1) === b.charCodeAt(prefix)
  );
}

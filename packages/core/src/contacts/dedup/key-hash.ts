/**
 * 32-bit FNV-1a over UTF-16 code units, fed piece by piece: a blocking key is hashed straight from
 * the feature strings it is made of (prefix, slices, separators), so the ~15 keys per record never
 * exist as strings (at 1M records, ~15M concatenated strings to build, flatten and collect). The
 * pieces hash exactly as their concatenation would.
 */

/** FNV-1a state before any code unit. */
export const fnvOffset = 0x811c9dc5;

/** State after one more code unit. */
export function mixCode(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** State after `text[from..to)` (default: all of it). */
export function mixText(hash: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** State after the first `count` code units of `text` (fewer when it is shorter), like `text.slice(0, count)`. */
export function mixPrefix(hash: number, text: string, count: number): number {
  return mixText(hash, text, 0, Math.min(count, text.length));
}

/** The final unsigned 32-bit hash of a state. */
export function hashOf(state: number): number {
  return state >>> 0;
}

/**
 * True for a-z, 0-9 and any code unit outside ASCII: normalized text keeps only letters and digits
 * there (of Hangul, Han, Arabic, …; `normalizeForMatch`), so a company named in another script has
 * letters to key by.
 */
function isLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
}

/** State after the letters and digits of `text[from..to)`, others skipped (a company name or domain label as `organisation-letters.ts` spells it). */
export function mixLetters(hash: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isLetterOrDigit(code)) hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash;
}

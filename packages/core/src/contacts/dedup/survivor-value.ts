/**
 * The survivor's value of one field of a merged cluster: the most frequent, written with the
 * accents a plain-ASCII source dropped.
 */
import { foldToAscii } from '../normalize/fold-to-ascii.js';

/** Most frequent value; ties go to the value seen first in `order`. */
export function pickValue<T>(values: readonly T[]): T | undefined {
  // Most fields of most clusters have one value (every field of a contact from one row).
  if (values.length <= 1) return values[0];
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  // The accented form is one of the values: a T.
  return typeof best === 'string' ? (accentedForm(best, counts.keys()) as T) : best;
}

/** How many characters of `text` are not ASCII. */
function nonAsciiCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) count++;
  return count;
}

/**
 * The value of `candidates` that spells `best` with the most accents (`José` for `Jose`, `Müller
 * GmbH` for `Muller GmbH`), else `best`: accents are information a CRM or an ASCII export drops,
 * not another spelling, so the form that has them wins even when the plain one is more frequent.
 */
export function accentedForm<T>(best: string, candidates: Iterable<T>): string {
  let chosen = best;
  let chosenCount = nonAsciiCount(best);
  let folded: string | undefined;
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate === chosen) continue;
    const count = nonAsciiCount(candidate);
    if (count <= chosenCount) continue;
    folded ??= foldToAscii(best);
    if (foldToAscii(candidate) !== folded) continue;
    chosen = candidate;
    chosenCount = count;
  }
  return chosen;
}

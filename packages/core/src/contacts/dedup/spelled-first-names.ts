/**
 * Whether a record's own address or LinkedIn profile spells the other record's first name: a first
 * name garbled or shortened past recognition (standa, jomatha) that its record's address spells
 * like the other record's (stanislav.horak@) is a typo-level agreement. Decided from the packed
 * rows (record-rows.ts) and first-name masks by interned id wherever they suffice, so most pairs
 * of namesakes' relatives (one surname, two first names) read neither name nor address.
 */
import { spellsOtherName } from './address-names.js';
import { characterMask } from './email-shape.js';
import { ownNameSpelled, rowEmailLength, rowEmailMask, rowLinkedin, rowPhones } from './record-rows.js';
import type { RecordFeatures } from './record-features.js';

const noValues: readonly string[] = [];

/**
 * True when the address or profile of record `a` (row `rowA`, first name id `firstIdA`) spells the
 * first name of record `b`, or the other way round.
 */
export type SpelledFirstNames = (a: number, rowA: number, firstIdA: number, b: number, rowB: number, firstIdB: number) => boolean;

/**
 * A `SpelledFirstNames` over records of `left` and `right` packed in `data`; first-name masks are
 * kept for interned ids below `idLimit`.
 */
export function createSpelledFirstNames(left: RecordFeatures, right: RecordFeatures, data: Int32Array, idLimit: number): SpelledFirstNames {
  /**
   * False when the record at `row` cannot spell a name of mask `nameMask`: no LinkedIn slug, and no
   * address or one whose characters (the row's mask) do not cover the name's.
   */
  const maySpell = (row: number, nameMask: number): boolean => {
    const length = data[row + rowEmailLength] ?? -1;
    if (length === -2 || (data[row + rowLinkedin] ?? 0) !== 0) return true;
    return length >= 0 && (nameMask & ~(data[row + rowEmailMask] ?? 0)) === 0;
  };
  /**
   * `characterMask` of first names by interned id, filled as they are first asked for (0: not yet;
   * a name's mask is never 0): each string read is a likely cache miss at a million records.
   */
  const masks = new Int32Array(idLimit);
  const maskOf = (id: number, values: readonly string[], index: number): number => {
    if (id >= masks.length) return characterMask(values[index] ?? '');
    let mask = masks[id] ?? 0;
    if (mask === 0) {
      mask = characterMask(values[index] ?? '');
      masks[id] = mask;
    }
    return mask;
  };
  return (a, rowA, firstIdA, b, rowB, firstIdB) => {
    // the masks first: most pairs are settled without reading either name
    const spellableA = maySpell(rowA, maskOf(firstIdB, right.first, b));
    const spellableB = maySpell(rowB, maskOf(firstIdA, left.first, a));
    if (!spellableA && !spellableB) return false;
    const firstA = left.first[a] ?? '';
    const firstB = right.first[b] ?? '';
    // an address that holds its record's own first name spells another only around it
    // (christine around chris): most pairs are settled by the row bit and the two names
    const checkA = ((data[rowA + rowPhones] ?? 0) & ownNameSpelled) === 0 || firstB.includes(firstA);
    const checkB = ((data[rowB + rowPhones] ?? 0) & ownNameSpelled) === 0 || firstA.includes(firstB);
    return (
      (spellableA && checkA && spellsOtherName(left.emails[a] ?? noValues, left.linkedin[a] ?? '', firstA, firstB, left.last[a] ?? '')) ||
      (spellableB && checkB && spellsOtherName(right.emails[b] ?? noValues, right.linkedin[b] ?? '', firstB, firstA, right.last[b] ?? ''))
    );
  };
}

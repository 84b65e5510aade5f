/**
 * The letters of email local parts and LinkedIn slugs as blocking sees them: letter counts and
 * hashes that skip dots and digits, the first and last letters of a garbled local part, whether an
 * address spells a name, and where a slug's name part ends.
 */
import { fnvOffset, hashOf, mixCode, mixText } from './key-hash.js';

const colon = 58;
const localStartKind = mixText(fnvOffset, 'ls:');
const localEndKind = mixText(fnvOffset, 'le:');

/** State after the a-z letters of `text[from..to)`, others skipped. */
export function mixAsciiLetters(hash: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) hash = mixCode(hash, code);
  }
  return hash;
}

/** Number of a-z letters in `text[from..to)`. */
export function countAsciiLetters(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) count++;
  }
  return count;
}

/** Index of the first a-z letter of `text` (its length when none). */
export function firstLetterAt(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) < 97 || text.charCodeAt(i) > 122)) i++;
  return i;
}

/** Local-part letters from which an address keys by its first and last letters (`emitLocalEnds`). */
export const minGarbledLetters = 6;

/** Letters at each end of a local part that `emitLocalEnds` keys by. */
const localEndLetters = 5;

/**
 * An address garbled in both parts (`matthew78@ballard-mcdonald.net` / `matthea78@bwllar-mcdonald.net`)
 * keeps the first or the last five letters of its local part, and its domain's first letter: each
 * end with that letter is a key (`matth` + `b` and `tthew` + `b`), so typos in one half of the local
 * part and anywhere in the domain past its first letter keep one of the two.
 */
export function emitLocalEnds(email: string, at: number, emit: (hash: number, role: number) => void): void {
  const domainInitial = email.charCodeAt(at + 1) || 0;
  let start = localStartKind;
  let taken = 0;
  for (let i = 0; i < at && taken < localEndLetters; i++) {
    const code = email.charCodeAt(i);
    if (code < 97 || code > 122) continue;
    start = mixCode(start, code);
    taken++;
  }
  emit(hashOf(mixCode(mixCode(start, colon), domainInitial)), 0);
  let end = localEndKind;
  taken = 0;
  // the last letters, read backwards (a key needs only to be the same for the same letters)
  for (let i = at - 1; i >= 0 && taken < localEndLetters; i--) {
    const code = email.charCodeAt(i);
    if (code < 97 || code > 122) continue;
    end = mixCode(end, code);
    taken++;
  }
  emit(hashOf(mixCode(mixCode(end, colon), domainInitial)), 0);
}

/** True when the a-z letters of `email`'s local part (before `at`) hold the letters of `name` (3+ of them) in a row. */
export function spellsName(email: string, at: number, name: string): boolean {
  const length = countAsciiLetters(name);
  if (length < 3) return false;
  const from = firstLetterAt(name);
  for (let i = 0; i < at; i++) {
    let k = from;
    let j = i;
    while (k < name.length && j < at) {
      const wanted = name.charCodeAt(k);
      if (wanted < 97 || wanted > 122) {
        k++;
        continue;
      }
      const code = email.charCodeAt(j);
      if (code < 97 || code > 122) {
        // letters only: a dot or digit inside the local part is skipped, but not at the match's start
        if (k === from) break;
        j++;
        continue;
      }
      if (code !== wanted) break;
      k++;
      j++;
    }
    if (k >= name.length) return true;
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * End of the name part of a LinkedIn slug: before a last `-` segment holding a digit
 * (`laura-king-1a2b3c4d`), else before a trailing run of 4+ hex characters holding a digit
 * (`lauraking3f9e1`); the whole slug otherwise (a vanity slug).
 */
export function slugNameEnd(slug: string): number {
  const dash = slug.lastIndexOf('-');
  if (dash > 0) {
    for (let i = dash + 1; i < slug.length; i++) if (isDigit(slug.charCodeAt(i))) return dash;
  }
  let start = slug.length;
  let digit = false;
  for (; start > 0; start--) {
    const code = slug.charCodeAt(start - 1);
    if (isDigit(code)) digit = true;
    else if (code < 97 || code > 102) break;
  }
  return digit && slug.length - start >= 4 ? start : slug.length;
}

/**
 * Comparators that turn two prepared values into a comparison level (0 = disagree, higher = closer
 * agreement). Fellegi–Sunter learns one m/u probability per level, so a comparator only has to
 * order levels by strength, not weigh them.
 */
import type { FieldType } from '../contact.js';
import { withinOneEdit } from './edit-distance.js';
import { foldMatchText } from './fold-match-text.js';
import { jaroWinklerAbove } from './jaro-winkler.js';
import { houseNumber, streetNames } from './key-texts.js';
import { canonicalGivenName } from './nicknames.js';
import { sameButSeparators } from './same-but-separators.js';
import { hasNonAscii, scriptNameLevel } from './script-name-level.js';

/** Number of non-missing levels each comparator returns (levels are `0 .. count - 1`). */
export const levelCounts: Readonly<Record<FieldType, number>> = {
  name: 4,
  email: 3,
  phone: 3,
  address: 4,
  postcode: 3,
  date: 6,
  id: 3,
  text: 3,
  url: 2,
};

/**
 * Lower-cases, strips diacritics, writes Cyrillic and Greek in Latin and turns every run of
 * characters other than letters and digits (of any script) into one space (`foldMatchText`).
 * @example normalizeForMatch('  Zoë-Ann  O\'Brien ') // 'zoe ann o brien'
 * @example normalizeForMatch('김민준') // '김민준'
 */
export function normalizeForMatch(value: string): string {
  const lower = value.toLowerCase();
  // the Unicode path only when a non-ASCII character is present: NFKD and a `u` regex are costly on a million rows
  return /[^\u0000-\u007f]/.test(lower) ? foldMatchText(lower) : lower.replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Name level: 3 equal (or the same canonical given name when `given`), 2 Jaro-Winkler >= 0.92,
 * one typo apart (one insertion, deletion, substitution or adjacent swap; both names 4+ letters) or
 * a given name shortened to its first 3+ letters,
 * 1 Jaro-Winkler >= 0.8, an initial that matches the other name's first letter, mostly the same
 * letters in another order (a garbled name) or a 2- or 3-letter name whose letters all appear in a
 * name one letter longer (a garbled name cut short; of two letters, with the same initial), 0 otherwise.
 * Spaces inside a name are ignored. (Jaro-Winkler alone undervalues a typo near the start: `hrarry`/`harry` is 0.91.)
 * Names outside ASCII after `normalizeForMatch` (Hangul, Han, Arabic, …) take `scriptNameLevel`:
 * 3 equal, 0 for Hangul, Han or kana names that differ at all, -1 (no evidence: read it as a
 * missing name) for names written in two scripts.
 */
export function compareNameLevel(a: string, b: string, given = false): number {
  if (a === b) return 3;
  // a space typed into a name (`t ah` for thea, `mary ann` for maryann) splits no name in two: the
  // letters are compared without it
  if (a.includes(' ') || b.includes(' ')) return compareNameLevel(a.replace(/ /g, ''), b.replace(/ /g, ''), given);
  // a name in another script (Hangul, Han, Arabic, …; its ends tell) has its own rules (script-name-level.ts)
  if ((a.charCodeAt(0) | b.charCodeAt(0) | a.charCodeAt(a.length - 1) | b.charCodeAt(b.length - 1)) > 127) return scriptNameLevel(a, b);
  if (given && canonicalGivenName(a) === canonicalGivenName(b)) return 3;
  // a given name shortened to its first 3+ letters (isa / isabel, chris / christine): close agreement
  if (given && Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))) return 2;
  if ((a.length === 1 || b.length === 1) && a.charCodeAt(0) === b.charCodeAt(0)) return 1;
  // below 0.8 its value does not matter (a similarity under both thresholds)
  const similarity = jaroWinklerAbove(a, b, 0.8);
  if (similarity >= 0.92) return 2;
  if (a.length >= 4 && b.length >= 4 && withinOneEdit(a, b)) return 2;
  if (similarity >= 0.8) return 1;
  // mostly the same letters in another order (etnah/ethan, nleaeor/elanor, lconamd/mcdonald): a
  // garbled name, weak agreement
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter >= 4) return shorter >= minSharedLetters * longer && sharedLetters(a, b) >= minSharedLetters * longer ? 1 : 0;
  // a short name garbled and cut by a letter (llh/hill, ayn/ryan): every letter of it in the other;
  // of two letters, only with the initial kept (iy/ivy, not ya/kay: too many names hold two letters)
  // a 3-letter name's letters in another order (oel/leo) are as garbled as a longer anagram
  if (shorter === 3 && longer === 3) return sharedLetters(a, b) === 3 ? 1 : 0;
  if (longer !== shorter + 1 || shorter < 2 || sharedLetters(a, b) !== shorter) return 0;
  return shorter === 3 || a.charCodeAt(0) === b.charCodeAt(0) ? 1 : 0;
}

/**
 * Share of the longer name's letters (counted with repeats) that the shorter name holds too, from
 * which two names are one name garbled: 4 of 5 (orbw/brown), 6 of 7 (kacjon/jackson), all of an
 * anagram; two different names of 4+ letters rarely share so many (lena/nora 2 of 4, mary/myra is
 * an anagram and so weak anyway).
 */
const minSharedLetters = 0.8;

/** Letter counts of `sharedLetters`, reused: it runs per compared pair and must not allocate. */
const letterCounts = new Int32Array(128);

/** Number of letters `a` and `b` have in common, counted with repeats (the size of the multiset intersection). */
function sharedLetters(a: string, b: string): number {
  const counts = letterCounts;
  counts.fill(0);
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127] = (counts[a.charCodeAt(i) & 127] ?? 0) + 1;
  let shared = 0;
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i) & 127;
    const left = (counts[code] ?? 0) - 1;
    if (left < 0) continue;
    counts[code] = left;
    shared++;
  }
  return shared;
}

/** Jaro-Winkler similarity of two local parts and of two domains from which they are one address garbled (splink uses 0.88 on whole emails). */
const minAddressSimilarity = 0.9;

/** True when the digits of the two local parts, in order, are the same (none on both sides included). */
function sameLocalNumber(x: string, y: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < x.length && x.charCodeAt(i) !== 64 && (x.charCodeAt(i) < 48 || x.charCodeAt(i) > 57)) i++;
    while (j < y.length && y.charCodeAt(j) !== 64 && (y.charCodeAt(j) < 48 || y.charCodeAt(j) > 57)) j++;
    const endX = i >= x.length || x.charCodeAt(i) === 64;
    const endY = j >= y.length || y.charCodeAt(j) === 64;
    if (endX || endY) return endX && endY;
    if (x.charCodeAt(i) !== y.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/**
 * True when both the local parts and the domains of two addresses are alike
 * (`samuelcampbell35@hebert.com` / `samuelcampbell35@hebe3r.com`). Both parts, not the whole
 * address: namesakes' addresses share a local part spelled from the name (`anna.smith@`) at
 * unrelated domains, which says nothing the names do not.
 */
function garbledAlike(x: string, y: string): boolean {
  const atX = x.indexOf('@');
  const atY = y.indexOf('@');
  // the first letter is rarely the garbled one, and checking it first spares most pairs two
  // Jaro-Winkler runs (this runs on every candidate pair with two addresses alike in shape)
  if (atX < 0 || atY < 0 || x.charCodeAt(0) !== y.charCodeAt(0) || x.charCodeAt(atX + 1) !== y.charCodeAt(atY + 1)) return false;
  return (
    jaroWinklerAbove(x, y, minAddressSimilarity, 0, atX, 0, atY) >= minAddressSimilarity &&
    jaroWinklerAbove(x, y, minAddressSimilarity, atX + 1, x.length, atY + 1, y.length) >= minAddressSimilarity
  );
}

/**
 * Email level over two address lists: 2 a shared address, 1 the same local part (3+ characters,
 * unless `sameLocalPart` is false), two addresses equal but for the separators of their local
 * parts (`rocio.martin@` / `rocio_martin@` at one domain) or one typo apart (not just a different
 * digit), 0 otherwise. (Edit distance rather than Jaro-Winkler: addresses
 * are long, and this runs on every candidate pair.)
 */
export function compareEmailLevel(a: readonly string[], b: readonly string[], sameLocalPart = true): number {
  let level = 0;
  for (const x of a) {
    // the local part is looked for only when it counts (this runs on every candidate pair)
    const at = sameLocalPart ? x.indexOf('@') : -1;
    for (const y of b) {
      if (x === y) return 2;
      if (level === 1) continue;
      if (at >= 3 && at === y.indexOf('@') && x.startsWith(y.slice(0, at + 1))) level = 1;
      else if (sameButSeparators(x, y)) level = 1;
      // one typo apart or garbled alike (samuelcampbell35@hebe3r.com), unless the numbers in the
      // local parts differ (jsmith84@ and jsmith86@, anna.berg12@ and anna.bergh77@ are two people)
      else if ((withinOneEdit(x, y) || garbledAlike(x, y)) && sameLocalNumber(x, y)) level = 1;
    }
  }
  return level;
}

/**
 * Token-set similarity: the share of tokens of the shorter set that have an equal (or, for tokens
 * of 4+ characters, Jaro-Winkler >= 0.9) partner in the other set. 1 for two equal sets.
 */
export function tokenSetSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let matched = 0;
  for (const token of short) {
    for (const other of long) {
      if (token === other || (token.length >= 4 && other.length >= 4 && jaroWinklerAbove(token, other, 0.9) >= 0.9)) {
        matched++;
        break;
      }
    }
  }
  // penalise extra tokens in the longer set lightly so "12 main st" vs "12 main st apt 4" stays high
  return (matched / short.length) * (0.85 + (0.15 * short.length) / long.length);
}

/** True when every token of `a` has a partner in `b`: equal, or for 4+ letters Jaro-Winkler >= 0.9. */
function tokensCovered(a: readonly string[], b: readonly string[]): boolean {
  for (const token of a) {
    let found = false;
    for (const other of b) {
      if (token === other || (token.length >= 4 && other.length >= 4 && jaroWinklerAbove(token, other, 0.9) >= 0.9)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/**
 * Similar (not equal) company names: 1 when spelled alike (Jaro-Winkler >= 0.9) and one name's
 * words all appear in the other (`abraham lincoln centre` / `abraham lincoln center`, `acme` /
 * `acme group`), 0 otherwise: two sites or branches of one organisation share a long prefix and
 * differ in a word each (`mary crane center west` / `mary crane center north`).
 */
export function compareCompanyLevel(a: string, b: string): number {
  if (a.charCodeAt(0) !== b.charCodeAt(0) || jaroWinklerAbove(a, b, 0.9) < 0.9) return 0;
  const tokensA = a.split(' ');
  const tokensB = b.split(' ');
  return tokensCovered(tokensA, tokensB) || tokensCovered(tokensB, tokensA) ? 1 : 0;
}

/**
 * Similar (not equal) city names: 1 when Jaro-Winkler >= 0.9, one typo apart (both 4+ letters:
 * a letter added in front, `ftelford` / `telford`, costs Jaro-Winkler its prefix bonus) or, for 5+
 * letters, mostly the same letters in another order (`donln` / `london`, `rndesland` / `sunderland`:
 * a garbled name, as `compareNameLevel` takes it), 0 otherwise.
 */
export function compareCityLevel(a: string, b: string): number {
  if (jaroWinklerAbove(a, b, 0.9) >= 0.9 || (a.length >= 4 && b.length >= 4 && withinOneEdit(a, b))) return 1;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  // `sharedLetters` buckets code units by their low 7 bits: exact for ASCII only
  return shorter >= 5 && shorter >= minSharedLetters * longer && !hasNonAscii(a) && !hasNonAscii(b) && sharedLetters(a, b) >= minSharedLetters * longer ? 1 : 0;
}

/**
 * False when both addresses name a street and no word of one names the other's (equal, or for 4+
 * letters Jaro-Winkler >= 0.9), nor do their words run together alike (`vanburen` / `van buren`):
 * `4747 s marshfield` and `4747 s winchester` share a number and a direction, not a street.
 */
function sameStreetName(a: readonly string[], b: readonly string[]): boolean {
  const namesA = streetNames(a);
  const namesB = streetNames(b);
  return namesA.length === 0 || namesB.length === 0 || namesAlike(namesA, namesB);
}

/** True when a word of one street's name names the other's, or their words run together alike (see `sameStreetName`). */
function namesAlike(namesA: readonly string[], namesB: readonly string[]): boolean {
  for (const x of namesA) {
    for (const y of namesB) if (x === y || (x.length >= 4 && y.length >= 4 && jaroWinklerAbove(x, y, 0.9) >= 0.9)) return true;
  }
  const joinedA = namesA.join('');
  const joinedB = namesB.join('');
  return joinedA.length >= 4 && joinedB.length >= 4 && jaroWinklerAbove(joinedA, joinedB, 0.9) >= 0.9;
}

/**
 * True when both addresses name one street and give house numbers one typo apart (one
 * substitution, insertion, deletion or adjacent swap): `6940 s merrill` / `6941 s merrill`,
 * `1124 w ainslie` / `1134 w ainslie`. Two sites of one organisation rarely stand a digit apart on
 * one street; one site whose number was mistyped in one of two lists often does.
 */
export function houseNumberTypo(a: readonly string[], b: readonly string[]): boolean {
  const numberA = houseNumber(a);
  const numberB = numberA === '' ? '' : houseNumber(b);
  if (numberB === '' || numberA === numberB || !withinOneEdit(numberA, numberB)) return false;
  const namesA = streetNames(a);
  const namesB = streetNames(b);
  return namesA.length > 0 && namesB.length > 0 && namesAlike(namesA, namesB);
}

/** True when both addresses give a house number and it is the same. */
export function sameHouseNumber(a: readonly string[], b: readonly string[]): boolean {
  const number = houseNumber(a);
  return number !== '' && number === houseNumber(b);
}

/**
 * Address level from token sets: 3 similarity >= 0.99, 2 >= 0.7, 1 >= 0.4, 0 otherwise; and 0
 * when both give a house number and the numbers differ (4340 s lamon / 4640 s lamon are two
 * buildings of one street), or when they name two streets (`sameStreetName`).
 */
export function compareAddressLevel(a: readonly string[], b: readonly string[]): number {
  const numberA = houseNumber(a);
  const numberB = numberA === '' ? '' : houseNumber(b);
  if (numberA !== '' && numberB !== '' && numberA !== numberB) return 0;
  if (!sameStreetName(a, b)) return 0;
  const similarity = tokenSetSimilarity(a, b);
  if (similarity >= 0.99) return 3;
  if (similarity >= 0.7) return 2;
  if (similarity >= 0.4) return 1;
  return 0;
}

/** Postcode level (spaces removed, upper or lower case alike): 2 equal, 1 one edit apart, 0 otherwise. */
export function comparePostcodeLevel(a: string, b: string): number {
  if (a === b) return 2;
  return a.length >= 3 && withinOneEdit(a, b) ? 1 : 0;
}

/**
 * Day number of a `YYYYMMDD` date (days since 1970-01-01, proleptic Gregorian), or NaN when it is
 * not eight digits or the month or day is out of range. Integer arithmetic (Hinnant's
 * days_from_civil): it runs on every candidate pair whose dates differ. With `yearOf`, the year is
 * read from that date instead (the day of `date` in another date's year), without building a string.
 */
export function dayNumber(date: string, yearOf = date): number {
  if (date.length !== 8 || yearOf.length !== 8) return Number.NaN;
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const digit = (i < 4 ? yearOf : date).charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  let year = Math.floor(value / 10_000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN;
  if (month <= 2) year--;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Date level on digit strings (`YYYYMMDD`), the levels of Splink's date-of-birth comparison:
 * 5 equal, 4 one typo (one edit, or one transposition) or day and month swapped, 3 within 31 days,
 * 2 within 366 days (or within 31 days of the other date in its own year when the years differ in
 * one digit), 1 within ten years (3,653 days), 0 otherwise or not a calendar date. A date
 * mistyped by a few days is common in some lists and unheard of in others; the model learns which
 * from the file, and a date decades away stays strong evidence of two people.
 */
export function compareDateLevel(a: string, b: string): number {
  if (a === b) return 5;
  if (withinOneEdit(a, b)) return 4;
  if (a.length === 8 && b.length === 8 && a.slice(0, 4) === b.slice(0, 4) && a.slice(4, 6) === b.slice(6, 8) && a.slice(6, 8) === b.slice(4, 6)) {
    return 4;
  }
  const gap = Math.abs(dayNumber(a) - dayNumber(b));
  if (gap <= 31) return 3;
  // a mistyped digit of the year (1974 for 1984) on a date also a few days off: two slips, as close
  // as a date within a year (measured on the splink files: as close as within a month, the level
  // drew strangers born a month apart into it)
  if (a.length === 8 && b.length === 8 && oneYearDigitApart(a, b)) {
    // the other date's day in this date's year, around the year end too (12-30 and 01-05)
    const shift = Math.abs(dayNumber(a) - dayNumber(b, a));
    if (Math.min(shift, 365 - shift) <= 31) return 2;
  }
  if (gap <= 366) return 2;
  return gap <= 3653 ? 1 : 0;
}

/** True when the years of two `YYYYMMDD` dates differ in exactly one digit. */
function oneYearDigitApart(a: string, b: string): boolean {
  let differ = 0;
  for (let i = 0; i < 4; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) differ++;
  return differ === 1;
}

/** Identifier level: 2 equal, 1 one edit apart (ids of 4+ characters), 0 otherwise. */
export function compareIdLevel(a: string, b: string): number {
  if (a === b) return 2;
  return a.length >= 4 && withinOneEdit(a, b) ? 1 : 0;
}

/** Free-text level: 2 equal, 1 Jaro-Winkler >= 0.9 or token-set similarity >= 0.8, 0 otherwise. */
export function compareTextLevel(a: string, b: string, tokensA: readonly string[], tokensB: readonly string[]): number {
  if (a === b) return 2;
  if (jaroWinklerAbove(a, b, 0.9) >= 0.9) return 1;
  return tokenSetSimilarity(tokensA, tokensB) >= 0.8 ? 1 : 0;
}

/** Phone level on digit strings: 2 equal, 1 one edit apart, 0 otherwise. */
export function comparePhoneLevel(a: string, b: string): number {
  if (a === b) return 2;
  return a.length >= 6 && withinOneEdit(a, b) ? 1 : 0;
}

/** Level of two prepared values of a custom column, by the column's type. */
export function compareCustomLevel(type: FieldType, a: string, b: string, tokensA: readonly string[], tokensB: readonly string[]): number {
  switch (type) {
    case 'name':
      return compareNameLevel(a, b);
    case 'email':
      return compareEmailLevel([a], [b]);
    case 'phone':
      return comparePhoneLevel(a, b);
    case 'address':
      return compareAddressLevel(tokensA, tokensB);
    case 'postcode':
      return comparePostcodeLevel(a, b);
    case 'date':
      return compareDateLevel(a, b);
    case 'id':
      return compareIdLevel(a, b);
    case 'url':
      return a === b ? 1 : 0;
    default:
      return compareTextLevel(a, b, tokensA, tokensB);
  }
}

import { isEastAsianScript } from './family-name-first.js';
import { fixNameCasing } from './fix-name-casing.js';
import { canonicalNameSuffix, takeHonorific } from './name-vocabulary.js';
import type { ParsedName } from './normalize-name.js';
import { stripNameDecorations } from './strip-name-decorations.js';
import { boundedMemo } from './bounded-memo.js';

/** Name parts as they came from separate columns; a part may be missing or `undefined`. */
export interface NameParts {
  firstName?: string | undefined;
  middleName?: string | undefined;
  lastName?: string | undefined;
  honorific?: string | undefined;
  nameSuffix?: string | undefined;
}

const trailingComma = /,+$/;

/**
 * Cleans name parts that came from separate columns and joins them into `fullName`. Each part loses
 * emoji, quotes and nicknames (see {@link normalizeName}); a leading honorific in the first name
 * (`Dr. Jane`) moves to the honorific (after one given there, once), and trailing suffixes in the
 * last name (`Doe Jr.`, `Novák, Ph.D.`) move to their own part when that column is empty; given
 * honorifics and suffixes are written canonically where known. Casing is fixed when first, middle and last name together are ALL CAPS or all lower case.
 * The parts stay as the columns give them; `fullName` is family name first when both names are in
 * East Asian script (`山田 太郎` from first name 太郎, last name 山田), and given name first otherwise
 * (a Vietnamese name in separate columns may be in either order, so it is joined as the columns are read).
 *
 * @example normalizeNameParts({ firstName: 'JANE', lastName: 'VAN DER BERG' }) // { fullName: 'Jane van der Berg', firstName: 'Jane', lastName: 'van der Berg' }
 */
export function normalizeNameParts(parts: NameParts): ParsedName {
  const found: { nickname?: string | undefined } = {};
  const first = cleanTokens(parts.firstName, found);
  const middle = cleanTokens(parts.middleName, found);
  const last = cleanTokens(parts.lastName, found);
  // Most rows have no honorific or suffix column: one empty array each, not three.
  const honorifics = parts.honorific === undefined ? [] : canonicalHonorifics(cleanTokens(parts.honorific, found));
  const suffixes = parts.nameSuffix === undefined ? [] : canonicalTokens(cleanTokens(parts.nameSuffix, found), canonicalNameSuffix);

  // Peeled even when the honorific column has one ("Frau" beside "Dr. Anne"): kept once each.
  for (let honorific = takeHonorific(first, 1); honorific !== undefined; honorific = takeHonorific(first, 1)) {
    if (!honorifics.includes(honorific)) honorifics.push(honorific);
  }
  const peeledSuffixes: string[] = [];
  while (suffixes.length === 0 && last.length > 1) {
    const suffix = canonicalNameSuffix(last[last.length - 1] ?? '');
    if (suffix === undefined) break;
    peeledSuffixes.unshift(suffix);
    last.pop();
  }
  if (peeledSuffixes.length > 0) suffixes.push(...peeledSuffixes);
  if (last.length > 0) last[last.length - 1] = (last[last.length - 1] ?? '').replace(trailingComma, '');

  // Tokens hold no spaces, so when the casing stays (mixed-case input, most names) each part is
  // its own tokens joined; otherwise the re-cased words are split back by position.
  let firstName = first.join(' ');
  let middleName = middle.join(' ');
  let lastName = last.join(' ');
  let joined = first.length > 0 ? firstName : '';
  if (middle.length > 0) joined = first.length > 0 ? `${joined} ${middleName}` : middleName;
  if (last.length > 0) joined = first.length > 0 || middle.length > 0 ? `${joined} ${lastName}` : lastName;
  const cased = fixNameCasing(joined);
  if (cased !== joined) {
    const body = cased.split(' ');
    firstName = body.slice(0, first.length).join(' ');
    middleName = body.slice(first.length, first.length + middle.length).join(' ');
    lastName = body.slice(first.length + middle.length).join(' ');
  }
  let fullName = firstName;
  if (middleName.length > 0) fullName = fullName.length > 0 ? `${fullName} ${middleName}` : middleName;
  if (lastName.length > 0) fullName = fullName.length > 0 ? `${fullName} ${lastName}` : lastName;
  // An East Asian name is written family name first; the space keeps the parts (see familyNameFirst).
  if (first.length > 0 && last.length > 0 && isEastAsianScript(lastName) && isEastAsianScript(firstName)) {
    fullName = [lastName, middleName, firstName].filter((part) => part.length > 0).join(' ');
  }

  const result: ParsedName = {};
  if (fullName.length > 0) result.fullName = fullName;
  if (firstName.length > 0) result.firstName = firstName;
  if (middleName.length > 0) result.middleName = middleName;
  if (lastName.length > 0) result.lastName = lastName;
  if (honorifics.length > 0) result.honorific = honorifics.join(' ');
  if (suffixes.length > 0) result.nameSuffix = suffixes.join(' ');
  if (found.nickname !== undefined) result.nickname = found.nickname;
  return result;
}

/** The words of one name part without its decorations; the first nickname seen is kept in `found`. */
function cleanTokens(value: string | undefined, found: { nickname?: string | undefined }): string[] {
  if (value === undefined) return [];
  const stripped = strippedName(value);
  found.nickname ??= stripped.nickname;
  // stripNameDecorations leaves single spaces between words and none at the ends.
  return stripped.text.length === 0 ? [] : stripped.text.split(' ');
}

// First and last names repeat across a list: each distinct cell is stripped once.
const strippedName = boundedMemo(stripNameDecorations);

/** An honorific column's words, each honorific canonical (`Dr. med.` stays one), other words as written. */
function canonicalHonorifics(tokens: string[]): string[] {
  const result: string[] = [];
  while (tokens.length > 0) {
    const honorific = takeHonorific(tokens, 0);
    if (honorific !== undefined) result.push(honorific);
    else {
      const word = (tokens.shift() ?? '').replace(trailingComma, '');
      if (word.length > 0) result.push(word);
    }
  }
  return result;
}

function canonicalTokens(tokens: string[], canonical: (token: string) => string | undefined): string[] {
  return tokens.map((token) => canonical(token) ?? token.replace(trailingComma, '')).filter((token) => token.length > 0);
}

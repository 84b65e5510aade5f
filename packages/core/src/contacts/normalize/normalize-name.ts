import { familyNameFirst } from './family-name-first.js';
import type { FamilyFirstName } from './family-name-first.js';
import { fixNameCasing } from './fix-name-casing.js';
import { canonicalNameSuffix, isNameParticle, isSurnamePrefix, takeHonorific } from './name-vocabulary.js';
import { stripNameDecorations } from './strip-name-decorations.js';

/** A person's name split into parts. Every part is optional; absent parts are left out. */
export interface ParsedName {
  /**
   * First, middle and last name joined with single spaces, in the order the name is written (no
   * honorific, no suffix): family name first for the East Asian and Vietnamese names
   * {@link normalizeName} reads that way (`Nguyễn Văn An`, `김민준`).
   */
  fullName?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  /** Honorifics and academic titles before the name, space-separated: `Dr`, `Prof Dr`, `Ing.`. */
  honorific?: string;
  /** Suffixes and post-nominals, space-separated: `Jr.`, `III`, `PhD MBA`. */
  nameSuffix?: string;
  /** A nickname given in parentheses or quotes, kept aside. */
  nickname?: string;
}

/** How {@link normalizeName} reads a name. */
export interface NormalizeNameOptions {
  /**
   * The name comes from a row that looks Japanese (kana, a `.jp` address or website, Japan as its
   * country): a name in Han script without a space (`田中翔`) is kept whole instead of being read
   * as Chinese, since a Japanese family name has one to three characters. Default false.
   */
  japanese?: boolean;
}

const whitespace = /\s+/;
const trailingComma = /,+$/;

/**
 * Splits a full name into honorific, first, middle and last name and suffix:
 * `Dr. Jane Q. Doe, PhD` → Dr / Jane / Q. / Doe / PhD; `Doe, Jane` is read as last, first;
 * `Maria de la Cruz` keeps the particles with the last name, `Mary St Clair` its `St`. Emoji,
 * quotes, pronouns and nicknames are stripped (the nickname is kept in `nickname`). An ALL-CAPS or
 * all-lower name is re-cased (`JOHN MCDONALD` → `John McDonald`); mixed case is left alone. A
 * single word is a first name.
 *
 * Family name first where that order is reliable (see `familyNameFirst`): a Korean name in Hangul
 * (`김민준` → last 김, first 민준), East Asian script with a space (`山田 太郎` → last 山田, first 太郎),
 * and a Vietnamese name starting with a common family name that looks Vietnamese (`Nguyễn Văn An`
 * → last Nguyễn, middle Văn, first An), and a Chinese name in Han script without a space (`王小明`
 * → last 王, first 小明; `欧阳娜娜` → last 欧阳, first 娜娜); `fullName` keeps the written order.
 * A Han name without a space that cannot be Chinese (`山田太郎`: a one-character family name would
 * leave a three-character given name), or any when `options.japanese` is set, is not split, since
 * a Japanese family name's end is not knowable: it is a `fullName` with no parts. Names with a
 * comma (`Doe, Jane`) are read as written.
 * Never throws; blank input returns `{}`.
 *
 * @example normalizeName('MCDONALD, RONALD') // { fullName: 'Ronald McDonald', firstName: 'Ronald', lastName: 'McDonald' }
 */
export function normalizeName(raw: string, options: NormalizeNameOptions = {}): ParsedName {
  const { text, nickname } = stripNameDecorations(raw);
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

  const suffixes: string[] = [];
  while (parts.length > 1) {
    const lastPart = parts[parts.length - 1] ?? '';
    const tokens = lastPart.split(whitespace);
    const canonical = tokens.map(canonicalNameSuffix);
    if (canonical.some((suffix) => suffix === undefined)) break;
    suffixes.unshift(...(canonical as string[]));
    parts.pop();
  }

  let tokens: string[];
  let forcedLast: string[] | undefined;
  if (parts.length >= 2) {
    forcedLast = (parts[0] ?? '').split(whitespace);
    tokens = parts.slice(1).join(' ').split(whitespace);
  } else {
    tokens = (parts[0] ?? '').split(whitespace).filter((token) => token.length > 0);
  }

  const honorifics: string[] = [];
  for (let honorific = takeHonorific(tokens, forcedLast ? 0 : 1); honorific !== undefined; honorific = takeHonorific(tokens, forcedLast ? 0 : 1)) {
    honorifics.push(honorific);
  }
  const trailingSuffixes: string[] = [];
  const lastTokens = forcedLast ?? tokens;
  while (lastTokens.length > 1) {
    const suffix = canonicalNameSuffix((lastTokens[lastTokens.length - 1] ?? '').replace(trailingComma, ''));
    if (suffix === undefined) break;
    trailingSuffixes.unshift(suffix);
    lastTokens.pop();
  }
  if (forcedLast) {
    while (tokens.length > 1) {
      const suffix = canonicalNameSuffix(tokens[tokens.length - 1] ?? '');
      if (suffix === undefined) break;
      trailingSuffixes.unshift(suffix);
      tokens.pop();
    }
  }
  suffixes.unshift(...trailingSuffixes);
  for (let index = 0; index < tokens.length; index++) tokens[index] = (tokens[index] ?? '').replace(trailingComma, '');

  let first: string[] = [];
  let middle: string[] = [];
  let last: string[] = [];
  const familyFirst = forcedLast ? undefined : familyNameFirst(tokens, options);
  if (familyFirst) return familyFirstResult(tokens, familyFirst, honorifics, suffixes, nickname);
  if (forcedLast) {
    last = forcedLast;
    first = tokens.slice(0, 1);
    middle = tokens.slice(1);
  } else if (tokens.length === 1) {
    first = tokens;
  } else if (tokens.length > 1) {
    let lastStart = tokens.length - 1;
    for (let index = 1; index < tokens.length - 1; index++) {
      const token = tokens[index] ?? '';
      if (isNameParticle(token) || isSurnamePrefix(token)) {
        lastStart = index;
        break;
      }
    }
    first = tokens.slice(0, 1);
    middle = tokens.slice(1, lastStart);
    last = tokens.slice(lastStart);
  }

  const body = fixNameCasing([...first, ...middle, ...last].join(' ')).split(' ');
  const firstName = body.slice(0, first.length).join(' ');
  const middleName = body.slice(first.length, first.length + middle.length).join(' ');
  const lastName = body.slice(first.length + middle.length).join(' ');
  const fullName = [firstName, middleName, lastName].filter((part) => part.length > 0).join(' ');

  const result: ParsedName = {};
  if (fullName.length > 0) result.fullName = fullName;
  if (firstName.length > 0) result.firstName = firstName;
  if (middleName.length > 0) result.middleName = middleName;
  if (lastName.length > 0) result.lastName = lastName;
  if (honorifics.length > 0) result.honorific = honorifics.join(' ');
  if (suffixes.length > 0) result.nameSuffix = suffixes.join(' ');
  if (nickname !== undefined) result.nickname = nickname;
  return result;
}

/**
 * The parsed name of a family-name-first name: `fullName` is the words as written (`김민준` stays one
 * word), casing fixed word by word.
 */
function familyFirstResult(
  words: readonly string[],
  name: FamilyFirstName,
  honorifics: readonly string[],
  suffixes: readonly string[],
  nickname: string | undefined,
): ParsedName {
  const joined = words.join(' ');
  // Word by word: the particle rule would write `NGUYEN VAN AN` as `Nguyen van An`.
  const recase = fixNameCasing(joined) !== joined;
  const cased = (parts: readonly string[]): string => (recase ? parts.map((word) => fixNameCasing(word)) : parts).join(' ');
  const result: ParsedName = { fullName: recase ? cased(words) : joined };
  if (name.given.length > 0) {
    result.firstName = cased(name.given);
    if (name.middle.length > 0) result.middleName = cased(name.middle);
    result.lastName = cased(name.family);
  }
  if (honorifics.length > 0) result.honorific = honorifics.join(' ');
  if (suffixes.length > 0) result.nameSuffix = suffixes.join(' ');
  if (nickname !== undefined) result.nickname = nickname;
  return result;
}

import { boundedMemo } from './bounded-memo.js';
import { foldToAscii } from './fold-to-ascii.js';
import { isPlaceholderValue } from './is-placeholder-value.js';
import { legalFormLastWords, legalFormPrefixes, legalFormSuffixes, longestLegalFormTokens } from './legal-forms.js';
import { recaseCompanyName } from './recase-company-name.js';

/** A company name cleaned for display and keyed for matching. */
export interface CompanyName {
  /**
   * Trimmed, spaces collapsed, wrapping quotes removed; casing kept unless the input was ALL CAPS,
   * which is re-cased word by word with acronyms kept (`KPMG AUDIT GMBH` → `KPMG Audit GmbH`).
   */
  display: string;
  /** Lower-case, ASCII-folded, punctuation-free, legal form removed: `Stripe, Inc.` → `stripe`. */
  key: string;
  /** The legal form that was removed from the key, as a conventional label (`Inc.`, `GmbH`, `s.r.o.`). */
  legalForm?: string;
  /**
   * True when the value is not an employer: `Self-employed`, `Freelance`, `Stealth`, `Confidential`,
   * `Retired`, or a placeholder such as `N/A` or `-`.
   */
  nonCompany: boolean;
}

const whitespaceRun = /\s+/g;
const wrappingQuotes = /^[\s"'“”„‘’«»`,;]+|[\s"'“”„‘’«»`,;]+$/g;
// One character wrappingQuotes removes: a name that neither starts nor ends with one keeps its text.
const wrappingCharacter = /^[\s"'“”„‘’«»`,;]$/;
// Whitespace that replacing each run by one space would change: a run of two or more, or a tab, new line or other space character.
const uncollapsedWhitespace = /\s{2,}|[^\S ]/;
const joiningPunctuation = /[.'’`´]/g;
const ampersand = /&/g;
const otherPunctuation = /[^\p{L}\p{N}&]+/gu;
const hasLowerCase = /\p{Ll}/u;
const asciiOnly = /^[\x00-\x7f]*$/;
const hasUpperCase = /\p{Lu}/u;

/** Match keys of values that describe a situation rather than an employer. */
const nonCompanyKeys = new Set([
  'self employed',
  'selfemployed',
  'self',
  'freelance',
  'freelancer',
  'freelancing',
  'freelance consultant',
  'independent',
  'independent consultant',
  'independent contractor',
  'stealth',
  'stealth mode',
  'stealth startup',
  'stealth mode startup',
  'stealth company',
  'confidential',
  'undisclosed',
  'private',
  'retired',
  'unemployed',
  'between jobs',
  'open to work',
  'looking for new opportunities',
  'looking for opportunities',
  'various',
  'n a',
  'none',
  'unknown',
]);

/**
 * Cleans a company name for display and derives its matching key: `Stripe`, `Stripe Inc` and
 * `Stripe, Inc.` all get the key `stripe`. The key is ASCII-folded (NFKD, diacritics removed),
 * lower-case and punctuation-free, with a leading `the` and legal forms from many countries removed
 * (Inc., LLC, Ltd, GmbH & Co. KG, s.r.o., Sp. z o.o., AB (publ), K.K., …); a legal form that is the
 * whole name (`Limited`) is kept. `&` becomes `and`. Non-employers (`Self-employed`, `Stealth`, `N/A`)
 * are flagged with `nonCompany`. Blank input returns `undefined`.
 *
 * @example normalizeCompanyName('"ACME, INC."') // { display: 'Acme, Inc.', key: 'acme', legalForm: 'Inc.', nonCompany: false }
 */
export function normalizeCompanyName(raw: string): CompanyName | undefined {
  const cached = companyNameOf(raw);
  return cached === undefined ? undefined : { ...cached };
}

/**
 * {@link normalizeCompanyName} without the copy: the result is shared by every call with the same
 * text, so callers must not change it.
 *
 * @internal
 */
export const companyNameOf: (raw: string) => Readonly<CompanyName> | undefined = boundedMemo(compute);

function compute(raw: string): CompanyName | undefined {
  // Most names have neither a whitespace run to collapse nor wrapping quotes: no copies for them.
  let display = uncollapsedWhitespace.test(raw) ? raw.replace(whitespaceRun, ' ') : raw;
  if (display.length > 0 && (wrappingCharacter.test(display.charAt(0)) || wrappingCharacter.test(display.charAt(display.length - 1)))) {
    display = display.replace(wrappingQuotes, '');
  }
  if (display.length === 0) {
    if (raw.trim().length === 0) return undefined;
    display = raw.trim();
  }
  if (hasUpperCase.test(display) && !hasLowerCase.test(display)) display = recaseCompanyName(display);
  const { key, legalForm } = companyKeyOf(display);
  const nonCompany = isPlaceholderValue(display) || key.length === 0 || nonCompanyKeys.has(key);
  return legalForm === undefined ? { display, key, nonCompany } : { display, key, legalForm, nonCompany };
}

function companyKeyOf(display: string): { key: string; legalForm?: string } {
  const tokens = keyTokens(display);
  if (tokens.length === 0) return { key: '' };
  if (tokens.length > 1 && tokens[0] === 'the') tokens.shift();

  const removed: string[] = [];
  let stripped = true;
  while (stripped && tokens.length > 1) {
    stripped = false;
    const longest = legalFormLastWords.has(tokens[tokens.length - 1] ?? '') ? Math.min(longestLegalFormTokens, tokens.length - 1) : 0;
    for (let length = longest; length >= 1; length--) {
      const candidate = length === 1 ? (tokens[tokens.length - 1] as string) : tokens.slice(tokens.length - length).join(' ');
      const label = legalFormSuffixes.get(candidate);
      if (label === undefined) continue;
      removed.unshift(candidate === 'as' && !display.includes('.') ? 'AS' : label);
      tokens.length -= length;
      stripped = true;
      break;
    }
    // "Johnson & Co" leaves a dangling "&".
    while (tokens.length > 1 && (tokens[tokens.length - 1] === '&' || tokens[tokens.length - 1] === 'and')) tokens.pop();
  }
  const prefix = tokens.length > 1 ? legalFormPrefixes.get(tokens[0] ?? '') : undefined;
  if (prefix !== undefined) {
    tokens.shift();
    removed.unshift(prefix);
  }
  const key = (tokens.includes('&') ? tokens.map((token) => (token === '&' ? 'and' : token)) : tokens).join(' ');
  return removed.length > 0 ? { key, legalForm: removed.join(' ') } : { key };
}

/**
 * The words of the key before legal forms are removed: folded to ASCII, lower case, `&` a word of
 * its own, `.` and apostrophes dropped (`s.r.o.` → `sro`), any other punctuation a word break.
 */
function keyTokens(display: string): string[] {
  if (asciiOnly.test(display)) return asciiKeyTokens(display.toLowerCase());
  const folded = foldToAscii(display)
    .toLowerCase()
    .replace(ampersand, ' & ')
    .replace(joiningPunctuation, '')
    .replace(otherPunctuation, ' ')
    .trim();
  return folded.length === 0 ? [] : folded.split(' ');
}

/** keyTokens for lower-case ASCII text, in one pass instead of four regular expression replacements. */
function asciiKeyTokens(lower: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  let joined = false;
  for (let index = 0; index <= lower.length; index++) {
    const code = index < lower.length ? lower.charCodeAt(index) : 32;
    // a-z, 0-9, and . ' ` (which join the letters around them)
    const joining = code === 46 || code === 39 || code === 96;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || joining) {
      if (start < 0) start = index;
      if (joining) joined = true;
      continue;
    }
    if (start >= 0) {
      const token = joined ? lower.slice(start, index).replace(joiningPunctuation, '') : lower.slice(start, index);
      if (token.length > 0) tokens.push(token);
      start = -1;
      joined = false;
    }
    if (code === 38) tokens.push('&');
  }
  return tokens;
}

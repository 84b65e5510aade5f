import { isNameParticle } from './name-vocabulary.js';

const hasLowerCase = /\p{Ll}/u;
const hasUpperCase = /\p{Lu}/u;
const apostropheName = /^(\p{L})(['’])(\p{L})/u;
const mcName = /^mc(\p{L})/u;
const romanNumeral = /^(?:ii|iii|iv|vi|vii|viii)$/;
// Two consonants are initials (`DJ`, `TJ`, `KC`), not a name; Ng is a surname, St a saint.
const twoInitials = /^[b-df-hj-np-tv-xz]{2}$/;
const consonantNames = new Set(['ng', 'st']);

/** Mac- surnames whose next letter is capitalized; others (Mack, Macy, Machado) are not touched. */
const macNames = new Set([
  'macdonald',
  'macleod',
  'mackenzie',
  'macmillan',
  'macgregor',
  'macarthur',
  'macintyre',
  'macneil',
  'macpherson',
  'mackay',
  'maclean',
  'macaulay',
  'macinnes',
  'macrae',
  'mackinnon',
  'macqueen',
  'macfarlane',
  'macdougall',
  'maclachlan',
  'macdonnell',
  'macintosh',
  'mackintosh',
  'maclaren',
  'macneill',
  'macnamara',
]);

/**
 * Re-cases a name written in ALL CAPS or all lower case: `JOHN MCDONALD` → `John McDonald`,
 * `o'brien` → `O'Brien`, `mary-jane` → `Mary-Jane`, `JAN VAN DER BERG` → `Jan van der Berg`,
 * `maria de la cruz` → `Maria de la Cruz`, `DJ SMITH` → `DJ Smith` (two consonants are initials).
 * Particles stay lower-case except as the first or last word.
 * Mixed-case input is returned unchanged, since its casing is presumably intended (`danah boyd` is
 * the one casualty of this rule). The result has the same number of space-separated words.
 *
 * @example fixNameCasing('JEAN-LUC MACDONALD') // 'Jean-Luc MacDonald'
 */
export function fixNameCasing(name: string): string {
  const casing = asciiCasing(name);
  const hasUpper = casing === undefined ? hasUpperCase.test(name) : casing.upper;
  const hasLower = casing === undefined ? hasLowerCase.test(name) : casing.lower;
  if (hasUpper === hasLower) return name;
  const words = name.toLowerCase().split(' ');
  const last = words.length - 1;
  return words
    .map((word, index) => {
      if (index > 0 && index < last && isNameParticle(word)) return word;
      return word.split('-').map(capitalizeNamePart).join('-');
    })
    .join(' ');
}

const noLetters = { upper: false, lower: false };
const upperOnly = { upper: true, lower: false };
const lowerOnly = { upper: false, lower: true };
const bothCases = { upper: true, lower: true };

/**
 * Whether an ASCII name has upper- and lower-case letters (`A-Z` and `a-z` are all of ASCII's
 * `\p{Lu}` and `\p{Ll}`), in one scan instead of two Unicode pattern tests; `undefined` for any
 * other text, which the patterns decide.
 */
function asciiCasing(name: string): { upper: boolean; lower: boolean } | undefined {
  let upper = false;
  let lower = false;
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if (code >= 128) return undefined;
    if (code >= 65 && code <= 90) upper = true;
    else if (code >= 97 && code <= 122) lower = true;
  }
  return upper ? (lower ? bothCases : upperOnly) : lower ? lowerOnly : noLetters;
}

function capitalizeNamePart(part: string): string {
  return twoInitials.test(part) && !consonantNames.has(part) ? part.toUpperCase() : capitalizePart(part);
}

/**
 * One lower-case word (or hyphen-separated part of one) with its first letter capitalized, and the
 * letters after `Mc`, a known `Mac`, or an `O'`-style apostrophe; Roman numerals in capitals.
 *
 * @internal
 */
export function capitalizePart(part: string): string {
  if (part.length === 0) return part;
  if (romanNumeral.test(part)) return part.toUpperCase();
  const apostrophe = apostropheName.exec(part);
  if (apostrophe) {
    return `${(apostrophe[1] ?? '').toUpperCase()}${apostrophe[2] ?? ''}${(apostrophe[3] ?? '').toUpperCase()}${part.slice(apostrophe[0].length)}`;
  }
  if (part.length > 3 && mcName.test(part)) return `Mc${(part[2] ?? '').toUpperCase()}${part.slice(3)}`;
  if (macNames.has(part)) return `Mac${(part[3] ?? '').toUpperCase()}${part.slice(4)}`;
  const first = part.codePointAt(0) ?? 0;
  const firstLength = first > 0xffff ? 2 : 1;
  return part.slice(0, firstLength).toUpperCase() + part.slice(firstLength);
}

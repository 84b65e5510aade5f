import { isNameParticle } from './name-vocabulary.js';

const hasLowerCase = /\p{Ll}/u;
const hasUpperCase = /\p{Lu}/u;
const apostropheName = /^(\p{L})(['’])(\p{L})/u;
const mcName = /^mc(\p{L})/u;
const romanNumeral = /^(?:ii|iii|iv|vi|vii|viii)$/;

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
 * `maria de la cruz` → `Maria de la Cruz`. Particles stay lower-case except as the first or last word.
 * Mixed-case input is returned unchanged, since its casing is presumably intended (`danah boyd` is
 * the one casualty of this rule). The result has the same number of space-separated words.
 *
 * @example fixNameCasing('JEAN-LUC MACDONALD') // 'Jean-Luc MacDonald'
 */
export function fixNameCasing(name: string): string {
  const hasUpper = hasUpperCase.test(name);
  const hasLower = hasLowerCase.test(name);
  if (hasUpper === hasLower) return name;
  const words = name.toLowerCase().split(' ');
  const last = words.length - 1;
  return words
    .map((word, index) => {
      if (index > 0 && index < last && isNameParticle(word)) return word;
      return word.split('-').map(capitalizePart).join('-');
    })
    .join(' ');
}

function capitalizePart(part: string): string {
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

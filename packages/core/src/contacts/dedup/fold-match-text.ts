/**
 * The non-ASCII half of `normalizeForMatch` (field-comparators.ts): accents folded, Latin letters
 * that do not decompose spelled in ASCII, Cyrillic and Greek transliterated, and the letters and
 * digits of every other script kept, so a name in Hangul, Han, kana or Arabic still takes part in
 * matching instead of folding to ''.
 */

/** Latin letters that NFKD does not decompose, as they are written in plain ASCII (Jørgen → jorgen, Groß → gross, Yılmaz → yilmaz). */
const latinSpellings: Readonly<Record<string, string>> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', ı: 'i', þ: 'th', ħ: 'h' };

function spellInLatin(letter: string): string {
  return latinSpellings[letter] ?? letter;
}

/**
 * Lower-case Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh)
 * and Greek letters in Latin, after accents are stripped (й is и by then, ё is е, ά is α). Cyrillic as
 * BGN/PCGN writes it (ю yu, я ya, х kh: the spellings of Western address books, Yuri, Tatyana),
 * Greek as ELOT 743 (passports: Giorgos Papadopoulos); the variants either system leaves open
 * (Dmitrii / Dmitriy, Sergei / Sergey) are one typo apart, which the name comparator absorbs.
 * @see https://en.wikipedia.org/wiki/BGN/PCGN_romanization_of_Russian
 * @see https://en.wikipedia.org/wiki/Romanization_of_Greek#Greek_(ELOT_743)
 */
const transliterations: ReadonlyMap<string, string> = new Map([
  ['а', 'a'], ['б', 'b'], ['в', 'v'], ['г', 'g'], ['д', 'd'], ['е', 'e'], ['ж', 'zh'], ['з', 'z'], ['и', 'i'], ['к', 'k'],
  ['л', 'l'], ['м', 'm'], ['н', 'n'], ['о', 'o'], ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'], ['у', 'u'], ['ф', 'f'],
  ['х', 'kh'], ['ц', 'ts'], ['ч', 'ch'], ['ш', 'sh'], ['щ', 'shch'], ['ъ', ''], ['ы', 'y'], ['ь', ''], ['э', 'e'], ['ю', 'yu'],
  ['я', 'ya'], ['і', 'i'], ['є', 'ye'], ['ґ', 'g'], ['ђ', 'dj'], ['ј', 'j'], ['љ', 'lj'], ['њ', 'nj'], ['ћ', 'c'], ['џ', 'dz'],
  ['ѕ', 'dz'], ['ә', 'a'], ['ғ', 'gh'], ['қ', 'q'], ['ң', 'ng'], ['ө', 'o'], ['ұ', 'u'], ['ү', 'u'], ['һ', 'h'],
  ['α', 'a'], ['β', 'v'], ['γ', 'g'], ['δ', 'd'], ['ε', 'e'], ['ζ', 'z'], ['η', 'i'], ['θ', 'th'], ['ι', 'i'], ['κ', 'k'],
  ['λ', 'l'], ['μ', 'm'], ['ν', 'n'], ['ξ', 'x'], ['ο', 'o'], ['π', 'p'], ['ρ', 'r'], ['σ', 's'], ['ς', 's'], ['τ', 't'],
  ['υ', 'y'], ['φ', 'f'], ['χ', 'ch'], ['ψ', 'ps'], ['ω', 'o'],
]);

/** Greek υ after these vowels: ου is ou, αυ av, ευ ev (ELOT 743, before a vowel or voiced consonant; close enough for matching). */
const upsilonAfter: Readonly<Record<string, string>> = { ο: 'u', α: 'v', ε: 'v' };

/** `text` with its Cyrillic and Greek letters in Latin (`transliterations`); other characters kept. */
function transliterate(text: string): string {
  let out = '';
  let previous = '';
  for (const character of text) {
    const latin = character === 'υ' ? (upsilonAfter[previous] ?? 'y') : transliterations.get(character);
    out += latin ?? character;
    previous = character;
  }
  return out;
}

/**
 * Match text of a lower-cased value holding a non-ASCII character: compatibility-decomposed
 * (NFKD: full-width and half-width forms, ligatures), Latin, Greek and Cyrillic accents, Hebrew
 * points and Arabic vowel marks and tatweel removed (أ إ آ fold to ا), Cyrillic and Greek in Latin, recomposed (NFC:
 * a Hangul syllable or a kana with its voicing mark is one character again), and every run of
 * characters that are neither letters, digits nor combining marks (of any script) one space.
 * Pure ASCII after folding, it takes the ASCII path (a-z and 0-9) with no Unicode regex.
 * @example foldMatchText('zoë') // 'zoe'
 * @example foldMatchText('иван петров') // 'ivan petrov'
 * @example foldMatchText('山田 太郎') // '山田 太郎'
 */
export function foldMatchText(lower: string): string {
  const folded = lower
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u0591-\u05c7\u0640\u064b-\u065f\u0670]/g, '')
    .replace(/[ßøæœłđðıþħ]/g, spellInLatin);
  if (!/[^\u0000-\u007f]/.test(folded)) return folded.replace(/[^a-z0-9]+/g, ' ').trim();
  const latin = /[\u0370-\u03ff\u0400-\u04ff]/.test(folded) ? transliterate(folded) : folded;
  return latin.normalize('NFC').replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ').trim();
}

const asciiOnly = /^[\x00-\x7f]*$/;
const combiningMarks = /\p{M}+/gu;
// Letters that NFKD does not decompose into a base letter plus a mark.
const specialLetters = /[ßæÆøØœŒłŁđĐþÞıðÐħĦ]/g;
const specialReplacements: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'OE',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
};

/**
 * Folds text to ASCII where a close Latin equivalent exists: NFKD decomposition, combining marks
 * removed, and a few letters that do not decompose (ß → ss, ø → o, ł → l, …) replaced. Case is kept;
 * characters without an ASCII equivalent (CJK, Cyrillic) are kept as they are.
 *
 * @example foldToAscii('Škoda Müller') // 'Skoda Muller'
 */
export function foldToAscii(text: string): string {
  if (asciiOnly.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .replace(specialLetters, (letter) => specialReplacements[letter] ?? letter);
}

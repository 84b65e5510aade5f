/**
 * Blocking codes of names: American Soundex of a lower-case ASCII word (`robert` → `r163`), so
 * names that sound alike share a block even when a typo changes their spelling, and `nameKey` for
 * names in any script.
 */

// codes for a..z; 0 = vowel-like (separates), 7 = h/w (does not separate)
const codes = [0, 1, 2, 3, 0, 1, 2, 7, 0, 2, 2, 4, 5, 5, 0, 1, 2, 6, 2, 3, 0, 1, 7, 2, 0, 2];

/** Soundex code, or '' when the word has no letter a-z. */
export function phoneticKey(word: string): string {
  let output = '';
  let last = -1;
  for (let i = 0; i < word.length && output.length < 4; i++) {
    const index = word.charCodeAt(i) - 97;
    if (index < 0 || index > 25) continue;
    const code = codes[index] ?? 0;
    if (output.length === 0) {
      output = word[i] ?? '';
      last = code;
      continue;
    }
    if (code === 7) continue;
    if (code !== 0 && code !== last) output += String(code);
    last = code;
  }
  return output.length === 0 ? '' : output.padEnd(4, '0');
}

/**
 * Blocking code of a normalized name: its Soundex (`phoneticKey`), or for a name with no letter
 * a-z but characters of another script (Hangul, Han, kana, Arabic, …: `normalizeForMatch` keeps
 * them, and writes Cyrillic and Greek in Latin) the name itself without spaces, since Soundex
 * codes only Latin letters and a Korean or Chinese name is two to four characters anyway; '' for
 * a name with neither.
 * @example nameKey('robert') // 'r163'
 * @example nameKey('민 준') // '민준'
 */
export function nameKey(word: string): string {
  const code = phoneticKey(word);
  if (code !== '') return code;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return word.replace(/ /g, '');
  return '';
}

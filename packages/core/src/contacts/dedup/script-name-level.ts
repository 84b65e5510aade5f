/**
 * Names that stay outside ASCII after `normalizeForMatch` (Hangul, Han, kana, Arabic, Hebrew,
 * Thai, Devanagari, …; Cyrillic and Greek are transliterated before): their comparison level.
 * The Latin rules do not carry over: a Korean, Chinese or Japanese name is two to four syllables,
 * each a character, so one character apart (민준 / 민주, 山田 / 山本) is another name, not a typo,
 * and the letter-count heuristics of `compareNameLevel` bucket code units by their low 7 bits.
 */
import { withinOneEdit } from './edit-distance.js';

/** True when `text` holds a code unit outside ASCII. */
export function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return true;
  return false;
}

/** Script classes of `scriptOf` below 16: syllables or ideographs, one character per syllable. */
const hangul = 1;
const kana = 2;
const han = 3;

/**
 * Script of a code unit outside ASCII: Hangul (jamo, compatibility jamo, syllables), kana
 * (hiragana, katakana), Han (CJK ideographs: unified, extension A, compatibility, and surrogates,
 * as extension B and beyond lie outside the BMP), or for other scripts 16 + the code unit's
 * 256-character block (Arabic, Hebrew, Thai, Devanagari each fill their own).
 */
function scriptOfCode(code: number): number {
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f) || (code >= 0xac00 && code <= 0xd7af)) return hangul;
  if (code >= 0x3040 && code <= 0x30ff) return kana;
  if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xd800 && code <= 0xdfff) || (code >= 0xf900 && code <= 0xfaff)) return han;
  return 16 + (code >> 8);
}

/** True for a code unit of a script written a syllable a character: Hangul, kana or Han (腾, 소, ミ). */
export function isSyllabic(code: number): boolean {
  return code > 127 && scriptOfCode(code) < 16;
}

/** Script of a name: 0 for ASCII, else `scriptOfCode` of its first code unit outside ASCII. */
function scriptOf(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return scriptOfCode(code);
  }
  return 0;
}

/**
 * Shortest name, in code units, in an alphabetic script other than Latin whose one typo is weak
 * agreement: shorter names one letter apart are often two names (محمد / محمود, Mohammed / Mahmoud).
 */
const minTypoLength = 5;

/**
 * Level (as `compareNameLevel`) of two different names without spaces, one of them non-ASCII:
 * -1 (no evidence, as if one were missing) for names written in two scripts (김민준 / Kim Minjun,
 * 王伟 / Wang Wei, 桜 / さくら: one person's name is often written both ways, and nothing here can
 * tell whether they agree); 1 for two names of one alphabetic script (Arabic, Hebrew, Thai, …),
 * 5+ characters each, one typo apart; 0 otherwise: Hangul, Han and kana names that differ at all.
 */
export function scriptNameLevel(a: string, b: string): number {
  const script = scriptOf(a);
  if (script !== scriptOf(b)) return -1;
  if (script < 16) return 0;
  return a.length >= minTypoLength && b.length >= minTypoLength && withinOneEdit(a, b) ? 1 : 0;
}

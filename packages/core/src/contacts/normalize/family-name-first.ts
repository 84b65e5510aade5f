import { foldToAscii } from './fold-to-ascii.js';

/** A name written family name first, split into its parts (each a list of the written words). */
export interface FamilyFirstName {
  /** The family name: `김`, `山田`, `Nguyễn`. */
  family: string[];
  /** Words between the family and the given name: `Văn` in `Nguyễn Văn An`; often empty. */
  middle: string[];
  /** The given name: `민준`, `太郎`, `An`. Empty when the name cannot be split (see below). */
  given: string[];
}

// Hangul syllables, and the scripts of a name written in East Asian script (Han, kana, Hangul).
const hangulSyllables = /^[\uac00-\ud7a3]+$/;
const eastAsianWord = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\u3005]+$/u;
const hanOrHangul = /[\p{Script=Han}\p{Script=Hangul}]/u;
// Letters only Vietnamese writes: đ, ă, ơ, ư, ĩ, ũ and the Latin Extended Additional block
// (U+1EA0-U+1EF9: dot below, hook above, and tilde on â/ê/ô/ơ/ư), in NFC. French, Portuguese and
// Spanish accents (é, à, ô, ã) are not among them.
const vietnameseLetters = /[đĐăĂơƠưƯĩĨũŨ\u1ea0-\u1ef9]/u;

/**
 * The most common Korean family names, one syllable each (about 95 % of the population; Statistics
 * Korea, 2015 census).
 */
const koreanFamilyNames = new Set(
  '김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 라 태 목 형 피'.split(' '),
);
/** Korean family names of two syllables, tried first: `남궁민수` is 남궁 / 민수. */
const koreanCompoundFamilyNames = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방']);

/** Common Vietnamese family names, folded to ASCII (Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, …). */
const vietnameseFamilyNames = new Set(['nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly']);
/** Common Vietnamese middle names, folded: Văn, Thị, Đức, Minh, Ngọc, Hữu. */
const vietnameseMiddleNames = new Set(['van', 'thi', 'duc', 'minh', 'ngoc', 'huu']);

/**
 * Splits a name that is written family name first, for the cases where that order is reliable; any
 * other name returns `undefined` and is read given name first. `words` is the name without
 * honorifics and suffixes, one word per element, as written.
 *
 * - Korean in Hangul, one word of 2-4 syllables starting with a common family name: `김민준` →
 *   김 / 민준; a two-syllable family name is tried first (`남궁민수` → 남궁 / 민수).
 * - East Asian script (Han, kana, Hangul) with a space: the first word is the family name
 *   (`山田 太郎` → 山田 / 太郎, `王 小明` → 王 / 小明, `김 민준`). The first word must hold Han or Hangul,
 *   so a foreign name in katakana (`ジョン スミス`) is not turned round.
 * - East Asian script without a space that is not a Korean name as above (`山田太郎`, `王小明`):
 *   where a Japanese family name ends is not knowable, so the name is returned whole in `family`
 *   with an empty `given`, and the caller keeps it as a full name only.
 * - Vietnamese, two or more words starting with a common family name (Nguyễn, Trần, Lê, Phạm,
 *   Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý; with or without accents), when the
 *   name looks Vietnamese: it has a letter only Vietnamese writes (`ễ`, `ư`, `đ`, `ạ`, …), or it has
 *   three or more words with a common middle name second (Văn, Thị, Đức, Minh, Ngọc, Hữu). The
 *   family name is the first word, the given name the last: `Nguyễn Văn An` → Nguyễn / Văn / An,
 *   `Nguyen Thi Lan` → Nguyen / Thi / Lan. `Jean Le Pen`, `Thanh Le` and `Le Pen Marine` stay
 *   given name first (no Vietnamese letter, no common middle name), as does `An Nguyen`, the
 *   order Vietnamese names take abroad.
 *
 * @example familyNameFirst(['김민준']) // { family: ['김'], middle: [], given: ['민준'] }
 * @example familyNameFirst(['Nguyễn', 'Văn', 'An']) // { family: ['Nguyễn'], middle: ['Văn'], given: ['An'] }
 * @internal
 */
export function familyNameFirst(words: readonly string[]): FamilyFirstName | undefined {
  const first = words[0];
  if (first === undefined) return undefined;
  if (words.every((word) => eastAsianWord.test(word))) {
    if (words.length > 1) {
      return hanOrHangul.test(first) ? { family: [first], middle: words.slice(1, -1), given: words.slice(-1) } : undefined;
    }
    return splitKorean(first) ?? { family: [first], middle: [], given: [] };
  }
  if (words.length < 2 || !vietnameseFamilyNames.has(foldToAscii(first).toLowerCase())) return undefined;
  const looksVietnamese =
    words.some((word) => vietnameseLetters.test(word.normalize('NFC'))) ||
    (words.length >= 3 && vietnameseMiddleNames.has(foldToAscii(words[1] ?? '').toLowerCase()));
  return looksVietnamese ? { family: [first], middle: words.slice(1, -1), given: words.slice(-1) } : undefined;
}

function splitKorean(word: string): FamilyFirstName | undefined {
  if (!hangulSyllables.test(word) || word.length < 2 || word.length > 4) return undefined;
  if (word.length >= 3 && koreanCompoundFamilyNames.has(word.slice(0, 2))) {
    return { family: [word.slice(0, 2)], middle: [], given: [word.slice(2)] };
  }
  return koreanFamilyNames.has(word.slice(0, 1)) ? { family: [word.slice(0, 1)], middle: [], given: [word.slice(1)] } : undefined;
}

/**
 * True when every word of `text` is in East Asian script (Han, kana, Hangul), as in `山田`, `민준`:
 * such a name is written family name first. @internal
 */
export function isEastAsianScript(text: string): boolean {
  return text.length > 0 && text.split(' ').every((word) => eastAsianWord.test(word));
}

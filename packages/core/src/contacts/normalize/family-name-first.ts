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

/**
 * Chinese family names of two characters, simplified and traditional (欧阳 and 歐陽), tried first:
 * `欧阳娜娜` is 欧阳 / 娜娜. Any other Chinese family name is one character.
 */
const chineseCompoundFamilyNames = new Set(
  (
    '欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 令狐 慕容 尉迟 尉遲 公孙 公孫 夏侯 长孙 長孫 宇文 司徒 轩辕 軒轅 ' +
    '端木 西门 西門 南宫 南宮 澹台 澹臺 万俟 萬俟 闻人 聞人 赫连 赫連 呼延 独孤 獨孤 申屠 钟离 鍾離 太史 司空 百里 ' +
    '濮阳 濮陽 淳于 单于 單于 公羊 公冶 拓跋 东郭 東郭 左丘 第五'
  ).split(' '),
);
const hanCharacters = /^\p{Script=Han}+$/u;
/** 々 repeats the character before it (佐々木) in Japanese; Chinese names do not use it. */
const japaneseIterationMark = '\u3005';

/** How {@link familyNameFirst} reads a name. */
export interface FamilyNameFirstOptions {
  /**
   * The row looks Japanese (kana, a `.jp` address or website, Japan as its country, a +81 number):
   * a name in Han script without a space is kept whole, since a Japanese family name has one to
   * three characters. Default false: such a name is read as Chinese.
   */
  japanese?: boolean;
}

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
 * - Chinese in Han script, one word of 2-4 characters: a two-character family name when the name
 *   starts with one (`欧阳娜娜` → 欧阳 / 娜娜, `諸葛亮`), else the first character (`王小明` → 王 /
 *   小明), as long as the given name is one or two characters, as Chinese given names are.
 * - Any other East Asian script without a space (`山田太郎`, whose one-character family name would
 *   leave a three-character given name; `佐々木希` with the Japanese 々; every Han name when
 *   `options.japanese` says the row looks Japanese, since where a Japanese family name ends is not
 *   knowable): the name is returned whole in `family` with an empty `given`, and the caller keeps
 *   it as a full name only.
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
 * @example familyNameFirst(['欧阳娜娜']) // { family: ['欧阳'], middle: [], given: ['娜娜'] }
 * @example familyNameFirst(['Nguyễn', 'Văn', 'An']) // { family: ['Nguyễn'], middle: ['Văn'], given: ['An'] }
 * @internal
 */
export function familyNameFirst(words: readonly string[], options: FamilyNameFirstOptions = {}): FamilyFirstName | undefined {
  const first = words[0];
  if (first === undefined) return undefined;
  if (words.every((word) => eastAsianWord.test(word))) {
    if (words.length > 1) {
      return hanOrHangul.test(first) ? { family: [first], middle: words.slice(1, -1), given: words.slice(-1) } : undefined;
    }
    return splitKorean(first) ?? (options.japanese === true ? undefined : splitChinese(first)) ?? { family: [first], middle: [], given: [] };
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

function splitChinese(word: string): FamilyFirstName | undefined {
  if (!hanCharacters.test(word) || word.includes(japaneseIterationMark)) return undefined;
  // By code point: a rare character (CJK Extension B, 𠮷) is two UTF-16 units.
  const characters = [...word];
  if (characters.length < 2 || characters.length > 4) return undefined;
  const familyLength = characters.length >= 3 && chineseCompoundFamilyNames.has(characters.slice(0, 2).join('')) ? 2 : 1;
  const given = characters.slice(familyLength);
  return given.length <= 2 ? { family: [characters.slice(0, familyLength).join('')], middle: [], given: [given.join('')] } : undefined;
}

/**
 * True when every word of `text` is in East Asian script (Han, kana, Hangul), as in `山田`, `민준`:
 * such a name is written family name first. @internal
 */
export function isEastAsianScript(text: string): boolean {
  return text.length > 0 && text.split(' ').every((word) => eastAsianWord.test(word));
}

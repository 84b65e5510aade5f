/**
 * Realistic typing mistakes for synthetic duplicates.
 * @internal
 */
import type { SeededRandom } from './seeded-random.js';

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Letters next to each letter on a QWERTY keyboard (same row and the rows above and below). */
const keyboardNeighbours: Readonly<Record<string, string>> = (() => {
  const neighbours: Record<string, string> = {};
  keyboardRows.forEach((row, rowIndex) => {
    for (let column = 0; column < row.length; column++) {
      const letter = row[column] ?? '';
      let near = (row[column - 1] ?? '') + (row[column + 1] ?? '');
      for (const otherRow of [keyboardRows[rowIndex - 1], keyboardRows[rowIndex + 1]]) {
        if (otherRow !== undefined) near += (otherRow[column] ?? '') + (otherRow[column - 1] ?? '');
      }
      neighbours[letter] = near;
    }
  });
  return neighbours;
})();

/** The kinds of typo `typo()` makes. */
export type TypoKind = 'transpose' | 'drop' | 'double' | 'neighbour';

/**
 * Introduces one typo into `word`: two adjacent letters swapped, a letter dropped, a letter doubled,
 * or a letter replaced by a keyboard neighbour. The first letter is left alone, as people rarely
 * mistype it. Words shorter than three characters get a doubled letter.
 */
export function typo(random: SeededRandom, word: string, kind?: TypoKind): string {
  if (word.length < 3) return word + word.slice(-1);
  const chosen: TypoKind = kind ?? random.weighted<TypoKind>([
    ['transpose', 3],
    ['drop', 3],
    ['double', 2],
    ['neighbour', 3],
  ]);
  const position = random.int(1, word.length - 1);
  const letter = word[position] ?? '';
  switch (chosen) {
    case 'transpose': {
      const at = Math.min(position, word.length - 2);
      const first = word[at] ?? '';
      const second = word[at + 1] ?? '';
      if (first === second) return word.slice(0, at) + word.slice(at + 1);
      return word.slice(0, at) + second + first + word.slice(at + 2);
    }
    case 'drop':
      return word.slice(0, position) + word.slice(position + 1);
    case 'double':
      return word.slice(0, position) + letter + word.slice(position);
    case 'neighbour': {
      const lower = letter.toLowerCase();
      const near = keyboardNeighbours[lower];
      if (near === undefined || near.length === 0) return word.slice(0, position) + word.slice(position + 1);
      let replacement = near[random.int(0, near.length - 1)] ?? lower;
      if (lower !== letter) replacement = replacement.toUpperCase();
      return word.slice(0, position) + replacement + word.slice(position + 1);
    }
  }
}

/** Capitalizes each space- or hyphen-separated part: `jane-marie` → `Jane-Marie`. */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_match, separator: string, letter: string) => separator + letter.toUpperCase());
}

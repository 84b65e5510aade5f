import { boundedMemo } from './bounded-memo.js';
import { isPlaceholderValue } from './is-placeholder-value.js';

const listSeparators = /\s+:::\s+|[,;|\n]/;
const whitespaceRun = /\s+/g;

/**
 * Splits list cells (technologies, tags) on `,` `;` `|` new lines and ` ::: `, trims each item to
 * single spaces, drops blanks and placeholders, and keeps the first of items equal ignoring case.
 *
 * @example splitList(['Salesforce, HubSpot ::: salesforce']) // ['Salesforce', 'HubSpot']
 */
export function splitList(cells: readonly string[] | undefined): string[] {
  if (cells === undefined) return [];
  if (cells.length === 1) return [...splitCell(cells[0] ?? '')];
  const result: string[] = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    for (const item of splitCell(cell)) {
      const key = item.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(item);
    }
  }
  return result;
}

// A company's technology list repeats on every one of its contacts: each cell is split once. The
// cached arrays are never handed out (splitList copies them).
const splitCell = boundedMemo((cell: string): readonly string[] => {
  const result: string[] = [];
  const seen = new Set<string>();
  for (const piece of cell.split(listSeparators)) {
    const item = piece.trim().replace(whitespaceRun, ' ');
    if (item.length === 0 || isPlaceholderValue(item)) continue;
    const key = item.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(item);
  }
  return result;
});

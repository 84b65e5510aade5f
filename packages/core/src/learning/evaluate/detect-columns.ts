import { parseNumber } from './parse-number.js';

/** One input column. */
export interface DetectedColumn {
  name: string;
  index: number;
}

/** How the columns of a labelled table are used. */
export interface DetectedColumns {
  numeric: DetectedColumn[];
  categorical: DetectedColumn[];
  /** Left out, with the reason (excluded, empty, or an identifier with a distinct value on most rows). */
  skipped: Array<{ name: string; reason: string }>;
}

/** Share of non-empty cells that must parse as numbers for a column to be numeric. */
const numericShare = 0.95;
/** A text column whose distinct values exceed this share of rows is an identifier (ids, emails), not a feature. */
const identifierShare = 0.5;

/** Detects numeric and categorical columns from the training rows. */
export function detectColumns(header: string[], rows: string[][], excluded: ReadonlySet<number>): DetectedColumns {
  const detected: DetectedColumns = { numeric: [], categorical: [], skipped: [] };
  header.forEach((name, index) => {
    if (excluded.has(index)) {
      detected.skipped.push({ name, reason: 'excluded' });
      return;
    }
    let filled = 0;
    let numbers = 0;
    const distinct = new Set<string>();
    for (const cells of rows) {
      const cell = (cells[index] ?? '').trim();
      if (cell === '') continue;
      filled += 1;
      if (parseNumber(cell) !== undefined) numbers += 1;
      distinct.add(cell);
    }
    if (filled === 0) detected.skipped.push({ name, reason: 'empty' });
    else if (numbers >= numericShare * filled) detected.numeric.push({ name, index });
    else if (distinct.size > identifierShare * rows.length && distinct.size > 20) detected.skipped.push({ name, reason: 'identifier' });
    else detected.categorical.push({ name, index });
  });
  return detected;
}

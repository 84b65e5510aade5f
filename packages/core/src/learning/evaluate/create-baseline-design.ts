import type { CategoricalReader } from './categorical-readers.js';
import type { DetectedColumn } from './detect-columns.js';
import { parseNumber } from './parse-number.js';

/** Most frequent levels per categorical input kept as one-hot columns of the baseline. */
const baselineLevels = 50;

/**
 * Dense design rows for the logistic-regression baseline, learned from the training rows only:
 * standardized numbers (a missing number scores the training mean) and one-hot columns for the
 * most frequent levels seen in training (an unseen level scores all zeros).
 */
export function createBaselineDesign(
  trainRows: readonly string[][],
  numericColumns: readonly DetectedColumn[],
  readers: readonly CategoricalReader[],
): (cells: readonly string[]) => number[] {
  const numeric = numericColumns.map((column) => {
    let count = 0;
    let sum = 0;
    let squares = 0;
    for (const cells of trainRows) {
      const value = parseNumber(cells[column.index] ?? '');
      if (value === undefined) continue;
      count += 1;
      sum += value;
      squares += value * value;
    }
    const mean = count > 0 ? sum / count : 0;
    const spread = count > 1 ? Math.sqrt(Math.max(0, (squares - count * mean * mean) / (count - 1))) : 0;
    return { index: column.index, mean, spread: spread > 0 ? spread : 1 };
  });
  const categorical = readers.map((reader) => {
    const counts = new Map<string, number>();
    for (const cells of trainRows) {
      const value = reader.read(cells);
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const levels = [...counts].sort((a, b) => b[1] - a[1]).slice(0, baselineLevels).map(([value]) => value);
    return { read: reader.read, levels: new Map(levels.map((value, position) => [value, position])) };
  });
  const width = numeric.length + categorical.reduce((sum, column) => sum + column.levels.size, 0);
  return (cells) => {
    const row = new Array<number>(width).fill(0);
    numeric.forEach((column, position) => {
      const value = parseNumber(cells[column.index] ?? '');
      row[position] = value === undefined ? 0 : (value - column.mean) / column.spread;
    });
    let offset = numeric.length;
    for (const column of categorical) {
      const value = column.read(cells);
      const level = value === undefined ? undefined : column.levels.get(value);
      if (level !== undefined) row[offset + level] = 1;
      offset += column.levels.size;
    }
    return row;
  };
}

import type { DetectedDateColumn } from './detect-columns.js';
import { parseDateParts } from './parse-date-parts.js';

/** Share of the changes between consecutive dated rows that must go back in time to call a file newest-first. */
const backwardShare = 0.9;

/**
 * The first date column whose rows run newest first (as CRM exports often sort them), or
 * undefined. The evaluation tests on the last rows in file order; in such a file those are the
 * oldest, so the model would be trained on the future of its test rows.
 */
export function findReverseOrder(rows: readonly string[][], dates: readonly DetectedDateColumn[]): string | undefined {
  for (const column of dates) {
    let backward = 0;
    let forward = 0;
    let previous: number | undefined;
    for (const cells of rows) {
      const time = parseDateParts(cells[column.index] ?? '', column.order)?.writtenTime;
      if (time === undefined) continue;
      if (previous !== undefined && time < previous) backward += 1;
      else if (previous !== undefined && time > previous) forward += 1;
      previous = time;
    }
    if (backward > 0 && backward >= backwardShare * (backward + forward)) return column.name;
  }
  return undefined;
}

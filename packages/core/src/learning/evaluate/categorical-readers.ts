import type { DetectedColumns } from './detect-columns.js';
import { parseDateParts } from './parse-date-parts.js';

/** One categorical input of the evaluated models: its feature name and how to read it from a row. */
export interface CategoricalReader {
  /** Feature name: the column's, or `<column> weekday` / `<column> hour` for a date column. */
  name: string;
  /** The level of a row, or undefined when the cell is empty or unreadable. */
  read(cells: readonly string[]): string | undefined;
}

/** Readers of the categorical columns, then of each date column's weekday and (with times) hour. */
export function categoricalReaders(columns: DetectedColumns): CategoricalReader[] {
  const readers: CategoricalReader[] = columns.categorical.map((column) => ({
    name: column.name,
    read: (cells) => {
      const value = (cells[column.index] ?? '').trim();
      return value === '' ? undefined : value;
    },
  }));
  for (const column of columns.dates) {
    readers.push({ name: `${column.name} weekday`, read: (cells) => parseDateParts(cells[column.index] ?? '')?.weekday });
    if (column.hasTime) {
      readers.push({
        name: `${column.name} hour`,
        read: (cells) => {
          const hour = parseDateParts(cells[column.index] ?? '')?.hour;
          return hour === undefined ? undefined : String(hour);
        },
      });
    }
  }
  return readers;
}

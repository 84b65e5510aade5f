import type { DetectedColumns } from './detect-columns.js';
import { parseDateParts } from './parse-date-parts.js';

/** One categorical input of the evaluated models: its feature name and how to read it from a row. */
export interface CategoricalReader {
  /** Feature name: the column's, or `<column> weekday` / `<column> hour` for a date column; unique among the inputs (see {@link inputNames}). */
  name: string;
  /** The level of a row, or undefined when the cell is empty or unreadable. */
  read(cells: readonly string[]): string | undefined;
}

/**
 * A unique feature name for each input column and derived input. A header may repeat a name
 * (`Title`, `Title`), and a column may be named like an input derived from another (`sent weekday`
 * beside the date column `sent`): sharing a name, two inputs would be one feature whose value the
 * later overwrites. The first column keeps its name; a repeat becomes `Title (column 5)`, and a
 * derived input that a column's name already claims gets ` (from <column>)`.
 */
export function inputNames(header: readonly string[]): { column(index: number): string; derived(name: string, from: string): string } {
  const taken = new Set<string>();
  const columns = header.map((name, index) => {
    const unique = taken.has(name) ? `${name} (column ${index + 1})` : name;
    taken.add(unique);
    return unique;
  });
  return {
    column: (index) => columns[index] ?? `column ${index + 1}`,
    derived: (name, from) => {
      let unique = name;
      for (let attempt = 1; taken.has(unique); attempt += 1) unique = attempt === 1 ? `${name} (from ${from})` : `${name} (from ${from}, ${attempt})`;
      taken.add(unique);
      return unique;
    },
  };
}

/** Readers of the categorical columns, then of each date column's weekday and (with times) hour. */
export function categoricalReaders(columns: DetectedColumns, names: ReturnType<typeof inputNames>): CategoricalReader[] {
  const readers: CategoricalReader[] = columns.categorical.map((column) => ({
    name: names.column(column.index),
    read: (cells) => {
      const value = (cells[column.index] ?? '').trim();
      return value === '' ? undefined : value;
    },
  }));
  for (const column of columns.dates) {
    const from = names.column(column.index);
    readers.push({ name: names.derived(`${from} weekday`, from), read: (cells) => parseDateParts(cells[column.index] ?? '', column.order)?.weekday });
    if (column.hasTime) {
      readers.push({
        name: names.derived(`${from} hour`, from),
        read: (cells) => {
          const hour = parseDateParts(cells[column.index] ?? '', column.order)?.hour;
          return hour === undefined ? undefined : String(hour);
        },
      });
    }
  }
  return readers;
}

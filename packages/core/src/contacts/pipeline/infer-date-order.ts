import type { ColumnMapping } from '../import/index.js';
import { normalizeDate } from '../normalize/index.js';
import { readNumericDateOrder } from '../normalize/numeric-date-order.js';

/** How a file writes its numeric dates, as `inferDateOrder` read it from a sample. */
export interface InferredDateOrder {
  /** `day-first` or `month-first` when the sample shows it; `undefined` when it does not (read month-first). */
  prefer: 'day-first' | 'month-first' | undefined;
  /** Date columns with ambiguous numeric dates (`03/04/2026`), when no value showed the order. */
  ambiguousColumns: string[];
  /** One ambiguous value as written, for the warning. */
  example?: string;
}

/**
 * Reads from sample rows whether a file writes its numeric dates day-first or month-first, by
 * `readNumericDateOrder`'s rule (a first number above 12, `25/12/1990`, shows day-first; a second
 * above 12, `12/25/1990`, month-first). All date columns of the file count together (one file, one
 * convention); when they disagree or show nothing, `prefer` is `undefined`, and when they show
 * nothing the columns with ambiguous dates are listed, so the reader can say how it read them.
 *
 * @example inferDateOrder(mapping, [['Ada', '25/12/1990']]).prefer // 'day-first'
 */
export function inferDateOrder(mapping: ColumnMapping, sample: readonly (readonly string[])[]): InferredDateOrder {
  const columns = mapping.columns.filter((column) => column.field === 'birthDate' || column.field === 'connectedOn' || (column.field === 'custom' && column.type === 'date'));
  let dayFirst = 0;
  let monthFirst = 0;
  const ambiguousColumns: string[] = [];
  let example: string | undefined;
  for (const column of columns) {
    // Only dates the importer can read count (`31/02/1990` is none); dotted dates are always day-first.
    const values = sample.map((row) => row[column.index] ?? '').filter((value) => normalizeDate(value, { prefer: 'day-first' }) !== undefined);
    const evidence = readNumericDateOrder(values, { separators: '/-' });
    dayFirst += evidence.dayFirst;
    monthFirst += evidence.monthFirst;
    if (evidence.ambiguous !== undefined) {
      ambiguousColumns.push(column.column);
      example ??= evidence.ambiguous;
    }
  }
  if (dayFirst > 0 && monthFirst === 0) return { prefer: 'day-first', ambiguousColumns: [] };
  if (monthFirst > 0 && dayFirst === 0) return { prefer: 'month-first', ambiguousColumns: [] };
  // Both kinds: each value that reads one way is read so, the others month-first; nothing to infer.
  if (dayFirst > 0 || example === undefined) return { prefer: undefined, ambiguousColumns: [] };
  return { prefer: undefined, ambiguousColumns, example };
}

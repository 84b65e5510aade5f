import { inferHistoryDateOrder, type InferredHistoryDateOrder } from '../events/infer-history-date-order.js';
import type { DateOrder } from '../events/parse-history-date.js';
import { parseDateParts } from './parse-date-parts.js';
import { parseNumber } from './parse-number.js';

/** One input column. */
export interface DetectedColumn {
  name: string;
  index: number;
}

/** A date column, used through the weekday and (when the cells have times) the hour it holds. */
export interface DetectedDateColumn extends DetectedColumn {
  hasTime: boolean;
  /** Order of its slash and dot dates, inferred from its values as the events import infers it (`inferHistoryDateOrder`). */
  order: DateOrder;
}

/** How the columns of a labelled table are used. */
export interface DetectedColumns {
  numeric: DetectedColumn[];
  categorical: DetectedColumn[];
  /** Date columns (ISO, slash or dot, month-name dates): the raw dates of the test rows never occur in training, their weekday and hour do. */
  dates: DetectedDateColumn[];
  /** Left out, with the reason (excluded, empty, or an identifier with a distinct value on most rows). */
  skipped: Array<{ name: string; reason: string }>;
}

/** Share of non-empty cells that must parse as numbers (or dates) for a column to be numeric (or a date). */
const numericShare = 0.95;
/** A text column whose distinct values exceed this share of rows is an identifier (ids, emails), not a feature. */
const identifierShare = 0.5;
/** Fewer distinct values than this never make an identifier (a small file's titles are not ids). */
const identifierMinimum = 20;
// contact_id, ID, Lead Id, row_number, contactId: names of keys rather than measurements.
const identifierName = /(?:^|[\s_.#-])(?:id|no|nr|number|num|key|index|row)$|^#$/i;
const camelIdentifierName = /[a-z]Id$/;

// What spreadsheets and CRMs write for "no value": a number column holding them is still a number column.
const missingMarkers = new Set(['n/a', 'na', '#n/a', 'nan', 'null', 'none', 'unknown', '-', '--', '—', '?']);

/**
 * The order of each column's slash and dot dates: `dateOrder` when given (it wins, as in the events
 * import), else read from all of the column's values by `inferHistoryDateOrder`, with `ambiguous`
 * set when none tells. Pass every row, not only the training rows: the order is the file's
 * spelling, not something learned, and one test row may be the only one that tells it.
 */
export function inferDateOrders(header: readonly string[], rows: readonly (readonly string[])[], dateOrder?: DateOrder): InferredHistoryDateOrder[] {
  return header.map((_, index) => (dateOrder === undefined ? inferHistoryDateOrder(rows.map((cells) => cells[index] ?? '')) : { order: dateOrder }));
}

/**
 * Detects numeric, date and categorical columns from the training rows; a date column's order is
 * `orders[index]` (from {@link inferDateOrders}), else inferred from these rows.
 */
export function detectColumns(header: string[], rows: string[][], excluded: ReadonlySet<number>, orders?: readonly InferredHistoryDateOrder[]): DetectedColumns {
  const detected: DetectedColumns = { numeric: [], categorical: [], dates: [], skipped: [] };
  header.forEach((name, index) => {
    if (excluded.has(index)) {
      detected.skipped.push({ name, reason: 'excluded' });
      return;
    }
    const { order } = orders?.[index] ?? inferHistoryDateOrder(rows.map((cells) => cells[index] ?? ''));
    let filled = 0;
    let markers = 0;
    let numbers = 0;
    let dates = 0;
    let times = 0;
    let increasing = true;
    let previous = Number.NEGATIVE_INFINITY;
    let integers = true;
    const distinct = new Set<string>();
    for (const cells of rows) {
      const cell = (cells[index] ?? '').trim();
      if (cell === '') continue;
      filled += 1;
      if (missingMarkers.has(cell.toLowerCase())) markers += 1;
      const value = parseNumber(cell);
      if (value !== undefined) {
        numbers += 1;
        if (!Number.isInteger(value)) integers = false;
        if (!(value > previous)) increasing = false;
        previous = value;
      } else {
        const parts = parseDateParts(cell, order);
        if (parts) {
          dates += 1;
          if (parts.hour !== undefined) times += 1;
        }
      }
      distinct.add(cell);
    }
    const unique = distinct.size === filled && filled >= identifierMinimum;
    if (filled === 0) detected.skipped.push({ name, reason: 'empty' });
    else if (numbers > 0 && numbers >= numericShare * (filled - markers)) {
      // A whole number on every row, each one different and either counting up or named like a key, is a row id:
      // as a feature it would only encode the row's position (its time), which the test rows lie outside of.
      if (unique && integers && (increasing || identifierName.test(name) || camelIdentifierName.test(name))) detected.skipped.push({ name, reason: 'identifier' });
      else detected.numeric.push({ name, index });
    } else if (dates >= numericShare * filled) detected.dates.push({ name, index, hasTime: times >= numericShare * dates, order });
    else if (distinct.size > identifierShare * rows.length && distinct.size > identifierMinimum) detected.skipped.push({ name, reason: 'identifier' });
    else detected.categorical.push({ name, index });
  });
  return detected;
}

import { readNumericDateOrder } from '../../contacts/normalize/numeric-date-order.js';
import type { DateOrder } from './parse-history-date.js';

/** The order `inferHistoryDateOrder` read, and whether the values left it open. */
export interface InferredHistoryDateOrder {
  order: DateOrder;
  /** A slash date that reads both ways (`03/04/2026`), when no value showed the order and the dates are not dotted: read month-first. */
  ambiguous?: string;
}

/**
 * The warning for slash dates `inferHistoryDateOrder` left open, naming where they are (`events.csv`,
 * `"sent"`) and, when known, one of them: read month-first, and the option that reads them day-first.
 */
export function ambiguousDateOrderWarning(where: string, example?: string): string {
  const why = example === undefined ? '' : ` (none has a day or month above 12, e.g. "${example}")`;
  return `Slash dates in ${where} could be day-first or month-first${why}; read them month-first. Pass dateOrder: 'dmy' if they are day-first.`;
}

/**
 * The order of a history's slash and dot dates (`parseHistoryDate` reads both): the first value
 * that reads only one way decides (`25/03/2026` day-first, `03/25/2026` month-first, by
 * `readNumericDateOrder`); with none, dotted dates (`02.03.2026`) are day-first (German, Russian, ...
 * conventions, as the contact import reads them), others month-first, with the ambiguous value.
 * The one rule of the events import and the reply-model evaluation.
 *
 * @example inferHistoryDateOrder(['01/06/2025', '25/06/2025']) // { order: 'dmy' }
 */
export function inferHistoryDateOrder(values: Iterable<string>): InferredHistoryDateOrder {
  const evidence = readNumericDateOrder(values, { separators: '/.', stopAtFirst: true });
  const dotted = evidence.first === undefined && evidence.ambiguous !== undefined && /^\d{1,2}\.\d{1,2}\./.test(evidence.ambiguous);
  const order: DateOrder = evidence.first === 'day-first' || dotted ? 'dmy' : 'mdy';
  return evidence.first === undefined && evidence.ambiguous !== undefined && !dotted ? { order, ambiguous: evidence.ambiguous } : { order };
}

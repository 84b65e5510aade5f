/** Which number a numeric date writes first: the day (`25/12/1990`) or the month (`12/25/1990`). */
export type NumericDateOrder = 'day-first' | 'month-first';

/** What numeric dates show about their order, as `readNumericDateOrder` counted it. */
export interface NumericDateEvidence {
  /** Values that read only day-first (`25/12/1990`). */
  dayFirst: number;
  /** Values that read only month-first (`12/25/1990`). */
  monthFirst: number;
  /** The order of the first value that reads only one way; undefined when none does. */
  first?: NumericDateOrder;
  /** The first value that reads both ways as two different dates (`03/04/2026`), trimmed. */
  ambiguous?: string;
}

/** How `readNumericDateOrder` reads its values. */
export interface NumericDateOrderOptions {
  /**
   * The separators of a numeric date: `/-` for contact files (`normalizeDate` reads dotted dates
   * day-first whatever the file shows), `/.` for event histories (`parseHistoryDate` reads dots and
   * slashes alike, and no dashes).
   */
  separators: '/-' | '/.';
  /** Stop at the first value that reads only one way (then `dayFirst + monthFirst` is at most 1). Default false. */
  stopAtFirst?: boolean;
}

// Two numbers of at most two digits, then a year of two or four (`15/01/2026`, `1/15/26 9:30`).
const numericDates = {
  '/-': /^\s*(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})\b/,
  '/.': /^\s*(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})\b/,
} as const;

/**
 * Reads whether numeric dates put the day or the month first, from the values that read only one
 * way: a first number above 12 (`25/12/1990`) shows day-first, a second above 12 (`12/25/1990`)
 * month-first. Values that are not numeric dates, and those that read the same both ways
 * (`04/04/2026`), show nothing. The one rule behind the contact import's `inferDateOrder` (every
 * date column of the file counts; values that disagree decide nothing) and the events import (the
 * first value that tells decides).
 *
 * @example readNumericDateOrder(['03/04/2026', '25/12/1990'], { separators: '/-' }) // { dayFirst: 1, monthFirst: 0, first: 'day-first', ambiguous: '03/04/2026' }
 */
export function readNumericDateOrder(values: Iterable<string>, options: NumericDateOrderOptions): NumericDateEvidence {
  const pattern = numericDates[options.separators];
  const evidence: NumericDateEvidence = { dayFirst: 0, monthFirst: 0 };
  for (const value of values) {
    const match = pattern.exec(value);
    if (match === null) continue;
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12 && second <= 12) {
      evidence.dayFirst++;
      evidence.first ??= 'day-first';
    } else if (second > 12 && first <= 12) {
      evidence.monthFirst++;
      evidence.first ??= 'month-first';
    } else {
      if (first !== second && first <= 12) evidence.ambiguous ??= value.trim();
      continue;
    }
    if (options.stopAtFirst) break;
  }
  return evidence;
}

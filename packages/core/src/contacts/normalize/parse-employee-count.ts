import { boundedMemo } from './bounded-memo.js';

/** An employee count read from a number or a size band. */
export interface EmployeeCount {
  /** The number, or the lower bound of a band (`51-200` → 51, `10,001+` → 10001). */
  count: number;
  /** The band as written, normalized (`51-200`, `10001+`), when the input was a band. */
  range?: string;
}

const noise = /\b(?:employees?|staff|people|mitarbeiter|zamestnancu|empleados|about|approx|approximately|ca|circa|~)\b\.?|[~≈]/gi;
const band = /^(\d[\d.,\s]*)\s*(k)?\s*(?:-|–|—|to|bis|až|a)\s*(\d[\d.,\s]*)\s*(k)?$/i;
const openBand = /^(>\s*|over\s+|more than\s+)?(\d[\d.,\s]*)\s*(k)?\s*(\+|or more|and more|and above)?$/i;
const thousandsSeparator = /[,\s]|\.(?=\d{3}(?:\D|$))/g;
const soloLabels = /^(?:myself only|self employed|self-employed|just me|solo|1 person)$/i;

/**
 * Reads an employee count from a number (`250`, `1,200`, `1.200`, `1.5k`) or a size band (`51-200`,
 * `51 to 200`, `10,001+`, `1k-5k`, `51-200 employees`). A band gives its lower bound as `count`
 * (the only figure the band guarantees, so a fit rule like "at least 50 employees" never over-counts)
 * and keeps the band in `range`. `Myself Only` (LinkedIn) is 1. Anything else returns `undefined`.
 *
 * @example parseEmployeeCount('51-200') // { count: 51, range: '51-200' }
 */
export function parseEmployeeCount(raw: string): EmployeeCount | undefined {
  const cached = memoized(raw);
  return cached === undefined ? undefined : { ...cached };
}

// Size bands (`51-200`, `11-50`) are a handful of values repeated on every row.
const memoized = boundedMemo(compute);

function compute(raw: string): EmployeeCount | undefined {
  const text = raw.replace(noise, ' ').trim();
  if (text.length === 0) return undefined;
  if (soloLabels.test(text)) return { count: 1 };
  const bandMatch = band.exec(text);
  if (bandMatch) {
    const low = toNumber(bandMatch[1] ?? '', bandMatch[2] ?? bandMatch[4]);
    const high = toNumber(bandMatch[3] ?? '', bandMatch[4]);
    if (low === undefined || high === undefined || high < low) return undefined;
    return { count: low, range: `${low}-${high}` };
  }
  const openMatch = openBand.exec(text);
  if (openMatch) {
    const count = toNumber(openMatch[2] ?? '', openMatch[3]);
    if (count === undefined) return undefined;
    const open = openMatch[1] !== undefined || openMatch[4] !== undefined;
    return open ? { count, range: `${count}+` } : { count };
  }
  return undefined;
}

function toNumber(digits: string, thousands: string | undefined): number | undefined {
  const value = Number(digits.trim().replace(thousandsSeparator, ''));
  if (!Number.isFinite(value) || value < 0) return undefined;
  const scaled = thousands === undefined ? value : value * 1000;
  return Number.isInteger(scaled) ? scaled : Math.round(scaled);
}

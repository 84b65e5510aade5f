/** Options for {@link normalizeDate}. */
export interface NormalizeDateOptions {
  /**
   * How to read an ambiguous numeric date such as `03/04/1990` when neither number is above 12:
   * `month-first` (US) reads March 4, `day-first` reads 3 April. Dotted dates (`15.03.1990`) are
   * always day-first. Default `month-first`.
   */
  prefer?: 'month-first' | 'day-first';
  /**
   * Two-digit years below this value are 20xx, the others 19xx (`7-Feb-22` → 2022, `01/02/65` →
   * 1965). Default 30, the spreadsheet convention.
   */
  twoDigitYearPivot?: number;
}

const compact = /^(\d{4})(\d{2})(\d{2})$/;
const isoLike = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
// A numeric date, optionally followed by a time as report exports write it (`1/15/2026, 9:30 AM`,
// `15.01.2026 10:22:05`, `15-01-2026T10:22Z`); the time is dropped, as for ISO date-times.
const numeric = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:,?(?: |T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)? ?(?:[ap]\.?m\.?)? ?(?:z|utc|gmt|[+-]\d{2}:?\d{2})?)?$/i;
const dayMonthName = /^(\d{1,2})(?:st|nd|rd|th)?\.?[\s-]+([\p{L}]+)\.?,?[\s-]+(\d{4}|\d{2})$/u;
const monthNameDay = /^([\p{L}]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4}|\d{2})$/u;
const whitespaceRun = /\s+/g;

/** Month names and abbreviations in English, German, French, Spanish and Czech (folded where needed). */
const monthNames: readonly (readonly string[])[] = [
  ['jan', 'january', 'januar', 'janvier', 'enero', 'ene', 'leden', 'ledna', 'jänner', 'janv'],
  ['feb', 'february', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'únor', 'února'],
  ['mar', 'march', 'märz', 'marz', 'mrz', 'mars', 'marzo', 'březen', 'března'],
  ['apr', 'april', 'avril', 'avr', 'abril', 'abr', 'duben', 'dubna'],
  ['may', 'mai', 'mayo', 'květen', 'května'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'červen', 'června'],
  ['jul', 'july', 'juli', 'juillet', 'juil', 'julio', 'červenec', 'července'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'ago', 'srpen', 'srpna'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'září'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'říjen', 'října'],
  ['nov', 'november', 'novembre', 'noviembre', 'listopad', 'listopadu'],
  ['dec', 'december', 'dez', 'dezember', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'prosinec', 'prosince'],
];

const months = new Map<string, number>();
monthNames.forEach((names, index) => {
  for (const name of names) months.set(name, index + 1);
});

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Parses a date into ISO `YYYY-MM-DD`. Accepts `19081209` (yyyymmdd, as in the Febrl data sets),
 * `1971-06-24` (with or without a time), `12 Mar 2021`, `7-Feb-22`, `March 12, 2021`, `12th March 2021`,
 * numeric `03/15/1990` or `15/03/1990` (a part above 12 decides; otherwise `options.prefer`, default
 * month-first), also with a time after it (`1/15/2026, 9:30 AM`) and dotted day-first `15.03.1990`. Month names in English, German, French, Spanish and
 * Czech. Impossible dates (`2021-02-30`) and anything else return `undefined`.
 *
 * @example normalizeDate('7-Feb-22') // '2022-02-07'
 */
export function normalizeDate(raw: string, options: NormalizeDateOptions = {}): string | undefined {
  const text = raw.trim().replace(whitespaceRun, ' ');
  if (text.length < 6 || text.length > 40) return undefined;
  const pivot = options.twoDigitYearPivot ?? 30;

  let match = compact.exec(text) ?? isoLike.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));

  match = numeric.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = fullYear(match[4] ?? '', pivot);
    const dayFirst = match[2] === '.' || first > 12 || (second <= 12 && options.prefer === 'day-first');
    return dayFirst ? isoDate(year, second, first) : isoDate(year, first, second);
  }

  match = dayMonthName.exec(text);
  if (match) {
    const month = months.get((match[2] ?? '').toLowerCase());
    return month === undefined ? undefined : isoDate(fullYear(match[3] ?? '', pivot), month, Number(match[1]));
  }

  match = monthNameDay.exec(text);
  if (match) {
    const month = months.get((match[1] ?? '').toLowerCase());
    return month === undefined ? undefined : isoDate(fullYear(match[3] ?? '', pivot), month, Number(match[2]));
  }
  return undefined;
}

function fullYear(digits: string, pivot: number): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < pivot ? 2000 + year : 1900 + year;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const limit = month === 2 && leap ? 29 : (daysInMonth[month - 1] ?? 31);
  if (day > limit) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

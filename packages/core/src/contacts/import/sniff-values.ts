/** What one cell value looks like. */
export type ValueKind =
  | 'email'
  | 'linkedin'
  | 'linkedin-company'
  | 'url'
  | 'date'
  | 'digits'
  | 'phone'
  | 'postcode'
  | 'number'
  | 'id'
  | 'text';

/** Shares of a column's sample values by kind, plus a few traits. */
export interface ValueProfile {
  /** Non-empty sample values looked at. */
  count: number;
  /** Share of values of each kind, in [0, 1]. */
  shares: Partial<Record<ValueKind, number>>;
  /** Share of values ending in a legal-entity suffix (Inc, Ltd, GmbH, ...). */
  company: number;
  /** Share of values that are 4-10 digits (postcodes, short ids, local phone numbers). */
  shortDigits: number;
  /** Share of 8-digit values that read as a valid yyyymmdd date. */
  compactDate: number;
  /** Share of all-digit values of 7 to 15 digits (phone numbers without separators). */
  phoneDigits: number;
  /** Share of honorifics (Mr, Dr, Ms, ...): Outlook's `Title` column holds them. */
  honorific: number;
  /** Share of numeric ranges such as `51-200` or `1,001-5,000` (company size bands). */
  range: number;
  /** Share of yes/no flags (`true`, `false`, `yes`, `no`, `0`, `1`): opt-out and do-not-call columns hold them. */
  flag: number;
}

// Salesforce's weekly Data Export writes checkboxes as 0 and 1.
const flagPattern = /^(true|false|yes|no|0|1)$/i;
const honorificPattern = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|rev|herr|frau|mme|mlle)\.?$/i;
const emailPattern = /^[^\s@"<>,;]+@[^\s@"<>,;]+\.[a-z]{2,}$/i;
const linkedinPattern = /linkedin\.com\/(in|pub)\//i;
const linkedinCompanyPattern = /linkedin\.com\/(company|school|showcase)\//i;
const urlPattern = /^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?(\/\S*)?$/i;
const datePatterns = [
  /^\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
  /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}( \d{1,2}:\d{2}(:\d{2})?( ?[AP]M)?)?$/i,
  /^\d{1,2}[ -][a-z]{3,9}\.?[ -]\d{2,4}$/i,
  /^[a-z]{3,9}\.? \d{1,2},? \d{4}$/i,
];
const phonePattern = /^(\+|00)?[\d\s().\-/]{7,24}(\s*(x|ext\.?)\s*\d{1,6})?$/i;
const postcodePatterns = [
  /^\d{5}-\d{4}$/,
  /^[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}$/i,
  /^[a-z]\d[a-z] ?\d[a-z]\d$/i,
  /^\d{4} ?[a-z]{2}$/i,
  /^\d{2}-\d{3}$/,
];
const e164Pattern = /^\+\d{7,15}$/;
const numberPattern = /^[-+]?(\d{1,3}([,. ]\d{3})+|\d+)([.,]\d+)?$/;
const rangePattern = /^\d{1,3}(,?\d{3})*\s*[-–]\s*\d{1,3}(,?\d{3})*$|^\d+\+$/;
const idPattern = /^[a-z0-9][a-z0-9_\-:.]*$/i;
const companySuffixPattern =
  /\b(inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|s\.?a|ag|b\.?v|pty|srl|sarl|oy|ab|llp|lp|kg|nv|spa|pvt|company|group|holdings)\.?$/i;

/** Classifies one non-empty, trimmed value. */
export function valueKind(value: string): ValueKind {
  if (value.includes('@') && emailPattern.test(value)) return 'email';
  if (linkedinCompanyPattern.test(value)) return 'linkedin-company';
  if (linkedinPattern.test(value)) return 'linkedin';
  if (!value.includes(' ') && urlPattern.test(value) && /[a-z]/i.test(value) && !/^\d+(\.\d+)+$/.test(value)) return 'url';
  for (const pattern of datePatterns) if (pattern.test(value)) return 'date';
  if (/^\d+$/.test(value)) return 'digits';
  // E.164 (`+34962179649`, as Compound's export writes phones): a plus and 7-15 digits is a phone
  // number, not a signed number (numberPattern below would take it).
  if (e164Pattern.test(value)) return 'phone';
  if (phonePattern.test(value) && countDigits(value) >= 7 && !numberPattern.test(value)) return 'phone';
  for (const pattern of postcodePatterns) if (pattern.test(value)) return 'postcode';
  if (numberPattern.test(value)) return 'number';
  if (idPattern.test(value) && /\d/.test(value)) return 'id';
  return 'text';
}

/** Profiles the non-empty values of one column of a sample. */
export function profileValues(values: readonly string[]): ValueProfile {
  const counts: Partial<Record<ValueKind, number>> = {};
  let count = 0;
  let company = 0;
  let shortDigits = 0;
  let compactDate = 0;
  let phoneDigits = 0;
  let range = 0;
  let honorific = 0;
  let flag = 0;
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    count++;
    const kind = valueKind(value);
    counts[kind] = (counts[kind] ?? 0) + 1;
    if (kind === 'text' && companySuffixPattern.test(value)) company++;
    if (kind === 'digits') {
      if (value.length >= 4 && value.length <= 10) shortDigits++;
      if (value.length >= 7 && value.length <= 15) phoneDigits++;
      if (value.length === 8 && isCompactDate(value)) compactDate++;
    }
    if (rangePattern.test(value)) range++;
    if (honorificPattern.test(value)) honorific++;
    if (flagPattern.test(value)) flag++;
  }
  const shares: Partial<Record<ValueKind, number>> = {};
  for (const [kind, times] of Object.entries(counts) as Array<[ValueKind, number]>) shares[kind] = times / count;
  const share = (times: number) => (count === 0 ? 0 : times / count);
  return {
    count,
    shares,
    company: share(company),
    shortDigits: share(shortDigits),
    compactDate: share(compactDate),
    phoneDigits: share(phoneDigits),
    range: share(range),
    honorific: share(honorific),
    flag: share(flag),
  };
}

function isCompactDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(4, 6));
  const day = Number(value.slice(6, 8));
  return year >= 1800 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function countDigits(value: string): number {
  let digits = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

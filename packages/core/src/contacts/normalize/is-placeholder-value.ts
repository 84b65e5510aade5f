const placeholders = new Set([
  '',
  '-',
  '--',
  '---',
  '.',
  '?',
  '??',
  '/',
  '_',
  'n/a',
  'n.a.',
  'n.a',
  'na',
  '#n/a',
  'none',
  'null',
  'nil',
  'undefined',
  'unknown',
  'tbd',
  'tba',
  'not available',
  'not applicable',
  'no data',
  'empty',
  'xxx',
  // What Salesforce Web-to-Lead writes into a required field (LastName, Company) left blank.
  '[not provided]',
  // Empty dates as Outlook (`0/0/00`, German `0.0.00`) and databases (`0000-00-00`) write them.
  '0/0/00',
  '0.0.00',
  '0.0.0000',
  '0/0/0000',
  '00/00/00',
  '00/00/0000',
  '00.00.0000',
  '0000-00-00',
]);

/**
 * True for cell values that mean "no value": empty or blank, `-`, `N/A`, `#N/A`, `none`, `null`,
 * `unknown`, `TBD`, Salesforce's `[not provided]`, zero dates such as `0/0/00` and similar (case-insensitive). Normalizers treat these as missing, not as data.
 */
export function isPlaceholderValue(text: string): boolean {
  return isTrimmedPlaceholder(text.trim());
}

/**
 * {@link isPlaceholderValue} for text that has no surrounding whitespace (already trimmed).
 *
 * @internal
 */
export function isTrimmedPlaceholder(trimmed: string): boolean {
  if (trimmed.length > 16) return false;
  // Called for every cell: most values start with a letter no placeholder starts with, and are
  // rejected here without lower-casing a copy.
  if (trimmed.length > 0) {
    const first = trimmed.charCodeAt(0) | 0x20;
    if (first >= 128 || placeholderFirstCharacters[first] === 0) return false;
  }
  return placeholders.has(trimmed.toLowerCase());
}

// First characters of the placeholders (all ASCII), with the ASCII case bit set (`| 0x20` maps `N`
// to `n`; for punctuation it maps to other codes, so both forms are marked).
const placeholderFirstCharacters = new Uint8Array(128);
for (const value of placeholders) {
  if (value.length === 0) continue;
  placeholderFirstCharacters[value.charCodeAt(0)] = 1;
  placeholderFirstCharacters[value.charCodeAt(0) | 0x20] = 1;
}

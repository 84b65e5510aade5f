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
]);

/**
 * True for cell values that mean "no value": empty or blank, `-`, `N/A`, `#N/A`, `none`, `null`,
 * `unknown`, `TBD` and similar (case-insensitive). Normalizers treat these as missing, not as data.
 */
export function isPlaceholderValue(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 16) return false;
  return placeholders.has(trimmed.toLowerCase());
}

// `=` anything, or a function call (`@SUM(`, `+HYPERLINK(`) or a DDE command (`+cmd|`) after `+`, `-` or `@`.
const formulaStart = /^(?:=|[+\-@]\s*[A-Za-z][\w.]*\s*[(|])/;

/**
 * Whether a cell is what a spreadsheet would run as a formula: it starts with `=`, or with `+`, `-`
 * or `@` followed by a function call or a DDE command (`@SUM(A1)`, `+cmd|' /C calc'!A0`). A bare
 * `+`, `-` or `@` is not enough: phone numbers, negative numbers and handles start with them.
 *
 * @example looksLikeFormula('=HYPERLINK("http://x","y")') // true
 * @example looksLikeFormula('+44 20 7946 0000') // false
 */
export function looksLikeFormula(value: string): boolean {
  const first = value.charCodeAt(0);
  // `=`, `+`, `-`, `@`: most cells start with none of them and skip the pattern.
  if (first !== 61 && first !== 43 && first !== 45 && first !== 64) return false;
  return formulaStart.test(value);
}

/**
 * Neutralizes a CSV cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) by prefixing a single quote, as OWASP's CSV-injection guidance
 * recommends. Other cells are returned unchanged.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * A cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return), or one that already starts with quotes before such a character: the second kind
 * is quoted too, so that `restoreFormula` can take exactly one quote off every quoted cell and give
 * back the cell as it was (`'+1` is written `''+1`, never `'+1`, which is what `+1` becomes).
 */
const quotedCell = /^'*[=+\-@\t\r]/;

/**
 * Neutralizes a CSV cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) by prefixing a single quote, as OWASP's CSV-injection guidance
 * recommends. A cell that starts with quotes before one of those characters gets one more quote, so
 * `restoreFormula` can undo it. Other cells are returned unchanged.
 *
 * @example neutralizeFormula('+31 6 1234 5678') // "'+31 6 1234 5678"
 */
export function neutralizeFormula(cell: string): string {
  return quotedCell.test(cell) ? `'${cell}` : cell;
}

/**
 * Undoes `neutralizeFormula`: a cell that starts with a quote followed by more quotes and a
 * formula character (`'+31 6 1234 5678`, `''+1`) loses its first quote. Other cells, including one
 * that starts with a quote before anything else (`'Tis`), are returned unchanged. Only for files
 * Compound's export wrote: elsewhere a leading quote is the user's own.
 *
 * @example restoreFormula("'=HYPERLINK(\"x\")") // '=HYPERLINK("x")'
 */
export function restoreFormula(cell: string): string {
  return cell.charCodeAt(0) === 39 && quotedCell.test(cell.slice(1)) ? cell.slice(1) : cell;
}

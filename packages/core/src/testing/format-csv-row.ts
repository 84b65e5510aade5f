const needsQuotes = /[",\r\n]/;

/**
 * Formats one CSV record (RFC 4180): fields holding the delimiter, a double quote, a carriage return or
 * a line feed are quoted, and quotes inside are doubled. No line terminator is added.
 *
 * @param values Cell values in column order.
 * @param delimiter Field separator. Default `,`.
 * @example
 * formatCsvRow(['Doe, Jane', 'say "hi"']); // '"Doe, Jane","say ""hi"""'
 */
export function formatCsvRow(values: readonly string[], delimiter = ','): string {
  let line = '';
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? '';
    if (index > 0) line += delimiter;
    const quote = value !== '' && (needsQuotes.test(value) || (delimiter !== ',' && value.includes(delimiter)));
    line += quote ? `"${value.replaceAll('"', '""')}"` : value;
  }
  return line;
}

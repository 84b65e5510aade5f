/**
 * The key a header is looked up by in a format's column table: trimmed, lower-cased, inner
 * whitespace collapsed (`"E-mail 1 - Value"` → `e-mail 1 - value`).
 */
export function formatHeaderKey(header: string): string {
  return header.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The words of a header: camelCase split, lower-cased, punctuation and underscores as spaces
 * (`"date_of_birth"` → `['date', 'of', 'birth']`, `"companyName"` → `['company', 'name']`).
 */
export function headerWords(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * The words of a header run together, so `first name`, `First_Name`, `firstName` and `FIRSTNAME`
 * share one key: `firstname`.
 */
export function compactHeaderKey(header: string): string {
  return headerWords(header).join('');
}

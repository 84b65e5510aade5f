import { CompoundError } from '../../errors/index.js';
import { closestName } from './closest-name.js';
import { compactHeaderKey, formatHeaderKey } from './header-key.js';

/**
 * Column → field (or type) options resolved to column indexes. A field or type written in another
 * case or with separators (`Company`, `first_name`, `LinkedIn URL`) is the one it names; an unknown
 * one, or a column the header lacks, throws `mapping-invalid` naming the valid choices and the
 * closest one to a typo.
 *
 * @internal
 */
export function resolveColumnOptions(header: readonly string[], entries: Record<string, string>, validList: readonly string[], what: 'field' | 'type', file: string): Map<number, string> {
  const resolved = new Map<number, string>();
  for (const [column, written] of Object.entries(entries)) {
    const value = validList.includes(written) ? written : validList.find((name) => compactHeaderKey(name) === compactHeaderKey(written));
    if (value === undefined) {
      const guess = closestName(written, validList);
      throw new CompoundError({
        code: 'mapping-invalid',
        message: `Unknown ${what} "${written}" for column "${column}"${guess === undefined ? '' : ` (did you mean ${guess}?)`}. Valid ${what}s: ${validList.join(', ')}.`,
        context: { field: column },
      });
    }
    let index = header.indexOf(column);
    if (index === -1) index = header.findIndex((name) => formatHeaderKey(name) === formatHeaderKey(column));
    if (index === -1) {
      const guess = closestName(column, header);
      throw new CompoundError({
        code: 'mapping-invalid',
        message: `No column named "${column}" in ${file}${guess === undefined ? '' : ` (did you mean "${guess}"?)`}. Columns: ${header.map((name) => `"${name}"`).join(', ')}.`,
        context: { field: column, ...(file === 'the file' ? {} : { file }) },
      });
    }
    resolved.set(index, value);
  }
  return resolved;
}

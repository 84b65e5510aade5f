import { isTrimmedPlaceholder } from './is-placeholder-value.js';

/**
 * The first value of a field's cells that is not blank or a placeholder (`N/A`, `-`), trimmed.
 *
 * @internal
 */
export function firstValue(values: readonly string[] | undefined): string | undefined {
  if (values === undefined) return undefined;
  for (let index = 0; index < values.length; index++) {
    const trimmed = (values[index] ?? '').trim();
    if (trimmed.length > 0 && !isTrimmedPlaceholder(trimmed)) return trimmed;
  }
  return undefined;
}

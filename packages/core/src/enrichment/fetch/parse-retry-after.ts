/**
 * Reads a `Retry-After` header: delay-seconds (`120`) or an HTTP date.
 * @see https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 * @param now Current time in ms since the epoch (for the date form). Default: `Date.now()`.
 * @returns milliseconds to wait (0 or more), or undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (header === null || header === undefined) return undefined;
  const text = header.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

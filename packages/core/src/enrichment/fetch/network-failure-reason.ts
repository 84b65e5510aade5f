/**
 * Why a fetch failed, for a message: Node's fetch says only "fetch failed", and the system error
 * code under it (`ENOTFOUND`, `ECONNREFUSED`, `ECONNRESET`) says why; it is added when not already there.
 * @example networkFailureReason(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } })) // 'fetch failed (ENOTFOUND)'
 */
export function networkFailureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  return code === '' || message.includes(code) ? message : `${message} (${code})`;
}

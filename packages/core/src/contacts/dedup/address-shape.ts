/**
 * Cheap checks of an address's shape: whether a record has an address to be found by (blocking) and
 * whether a shared address is an exact key (comparison).
 */

/**
 * True when `email` has the shape of a valid address: one `@` after a local part, a domain not
 * starting with a dot, and a top-level label of 2+ letters. Record features keep garbled
 * addresses (`poppy.foxo3@rivera.c6m`) after the valid ones, so the first address tells whether a
 * record has one to be found by.
 */
export function addressShaped(email: string): boolean {
  const at = email.indexOf('@');
  const dot = email.lastIndexOf('.');
  if (at <= 0 || email.indexOf('@', at + 1) >= 0 || email.charCodeAt(at + 1) === 46 || dot <= at + 1 || email.length - dot <= 2) return false;
  for (let i = dot + 1; i < email.length; i++) {
    const code = email.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/**
 * True when both lists hold one same address that has the shape of a valid one: only such a shared
 * address is an exact key (two rows with the same garbled or placeholder-like text are not).
 */
export function sharesShapedAddress(a: readonly string[], b: readonly string[]): boolean {
  for (const address of a) if (b.includes(address) && addressShaped(address)) return true;
  return false;
}

/**
 * A cheap prefilter for email comparison: the shape of a record's address list (length and a
 * character mask) is read before the addresses themselves, so most candidate pairs whose
 * addresses cannot be equal or one typo apart are told apart without touching either string.
 */

/**
 * Shape of a record's email list, read before its strings: the length of its only address, -1
 * with none, -2 with several; and a mask of the address's characters (by code mod 32).
 */
export function emailShape(emails: readonly string[], masks: Int32Array, index: number): number {
  if (emails.length !== 1) return emails.length === 0 ? -1 : -2;
  const address = emails[0] ?? '';
  masks[index] = characterMask(address);
  return address.length;
}

/**
 * Mask of the characters of `text` (bit `code mod 32`): a string holds another only when its mask
 * covers the other's, so a mask answers most "does this address spell that name" questions
 * without reading the address.
 */
export function characterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}

/** Number of set bits of a 32-bit integer. */
export function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 63;
}

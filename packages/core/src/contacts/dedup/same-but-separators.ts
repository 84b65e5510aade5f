/**
 * Addresses written with other separators: `rocio.martin@x.com`, `rocio_martin@x.com` and
 * `rocio-martin@x.com` spell one name at one domain. Lists (and people typing an address from
 * memory) swap the separator between the words of a local part far more often than two colleagues
 * get addresses that differ only in it: a company gives its staff one pattern. Pure string checks,
 * run per compared pair, so they allocate nothing.
 */

/** True for `.`, `_` and `-`, the characters that join the words of a local part. */
function isSeparator(code: number): boolean {
  return code === 46 || code === 95 || code === 45;
}

/**
 * True when two addresses are equal but for the separators (`.`, `_`, `-`) of their local parts:
 * the same letters and digits in the same order before the `@`, and the same domain
 * (`rocio.martin@x.com` / `rocio_martin@x.com`, `maria.del.carmen@x.com` / `mariadelcarmen@x.com`).
 * Equal addresses are too. The domain is compared whole: `a.b@x.com` / `a.b@xcom` are not alike.
 */
export function sameButSeparators(x: string, y: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < x.length && isSeparator(x.charCodeAt(i))) i++;
    while (j < y.length && isSeparator(y.charCodeAt(j))) j++;
    if (i >= x.length || j >= y.length) return false;
    const code = x.charCodeAt(i);
    if (code !== y.charCodeAt(j)) return false;
    i++;
    j++;
    // the `@`: the domains follow, every character of them counts
    if (code === 64) break;
  }
  if (x.length - i !== y.length - j) return false;
  for (; i < x.length; i++, j++) if (x.charCodeAt(i) !== y.charCodeAt(j)) return false;
  return true;
}

/** True when an address of `a` and one of `b` are equal but for the separators of their local parts (`sameButSeparators`). */
export function shareAddressButSeparators(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (sameButSeparators(x, y)) return true;
  return false;
}

/** One MX record (as `node:dns/promises` `resolveMx` returns it). */
export interface MxRecord {
  exchange: string;
  priority: number;
}

/** Looks up the MX records of a domain; injected so tests never touch DNS. */
export type ResolveMx = (domain: string) => Promise<MxRecord[]>;

/** What the MX lookup found: `found` with hosts, `none` (the domain takes no mail), or `not-run`. */
export type MxCheck = { status: 'found'; hosts: string[] } | { status: 'none' } | { status: 'not-run'; reason: string };

// DNS answers that mean "this domain has no mail exchanger" (as opposed to "we could not ask").
const noRecordCodes = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);

/**
 * Checks that a domain has mail exchangers, best priority first. A resolver failure that is not a
 * definite "no record" (timeouts, refused connections, no network) is `not-run`, never `none`.
 */
export async function checkEmailMx(domain: string, resolveMx: ResolveMx | undefined): Promise<MxCheck> {
  if (resolveMx === undefined) return { status: 'not-run', reason: 'offline' };
  try {
    const records = await resolveMx(domain);
    const hosts = records
      .filter((record) => record.exchange.length > 0 && record.exchange !== '.')
      .sort((left, right) => left.priority - right.priority)
      .map((record) => record.exchange);
    // RFC 7505 "null MX" (a single `.` exchange) says the domain accepts no mail.
    return hosts.length > 0 ? { status: 'found', hosts } : { status: 'none' };
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (noRecordCodes.has(code)) return { status: 'none' };
    return { status: 'not-run', reason: `DNS lookup failed${code ? ` (${code})` : ''}` };
  }
}

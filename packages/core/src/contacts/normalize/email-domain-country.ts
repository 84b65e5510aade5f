import { isSupportedCountry } from 'libphonenumber-js';
import type { EmailInfo } from '../contact.js';

/**
 * Country-code top-level domains that are mostly registered for their letters, not their country
 * (`.io`, `.co`, `.ai`, `.me`, `.tv`, …), and the codes that name no one country (`.eu`, `.su`):
 * an address there says nothing of where its owner is.
 */
const genericUse = new Set(['ac', 'ag', 'ai', 'am', 'bz', 'cc', 'cf', 'co', 'cx', 'eu', 'fm', 'ga', 'gd', 'gg', 'gl', 'gq', 'io', 'la', 'ly', 'me', 'ml', 'ms', 'mu', 'nu', 'sh', 'so', 'st', 'su', 'sx', 'tk', 'to', 'tv', 'vc', 'ws']);

/** What a row's email domains say of its country. */
export interface EmailDomainCountry {
  /** ISO 3166-1 alpha-2 code (`.uk` is GB). */
  country: string;
  /** The top-level domain it was read from, e.g. `.uk`. */
  tld: string;
}

/**
 * The country of a row's email addresses' country-code domains (`ada@firm.co.uk` → GB, `max@web.de`
 * → DE), when every valid address with one agrees; `undefined` when none has one (`.com`, `.io`) or
 * two disagree. Weak evidence: used only where the row says nothing else (see `normalizeContact`).
 *
 * @example emailDomainCountry([{ address: 'ada@firm.co.uk', valid: true, role: false, free: false, disposable: false }]) // { country: 'GB', tld: '.uk' }
 */
export function emailDomainCountry(emails: readonly EmailInfo[]): EmailDomainCountry | undefined {
  let found: EmailDomainCountry | undefined;
  for (const email of emails) {
    if (!email.valid) continue;
    const tld = email.address.slice(email.address.lastIndexOf('.') + 1);
    if (tld.length !== 2 || genericUse.has(tld)) continue;
    const country = tld === 'uk' ? 'GB' : tld.toUpperCase();
    if (!isSupportedCountry(country)) continue;
    if (found !== undefined && found.country !== country) return undefined;
    found = { country, tld: `.${tld}` };
  }
  return found;
}

/** The start of the warning on a phone number read by its email domain's country: the number was kept, so it is no invalid phone. */
export const emailCountryPhoneWarning = /^no country for this row: read with country [A-Z]{2}, from its email domain/;

/** The warning on a phone number read as a number of `found.country`. */
export function emailCountryPhoneReason(found: EmailDomainCountry): string {
  return `no country for this row: read with country ${found.country}, from its email domain (${found.tld}); add a Country column or pass --country CC if that is wrong`;
}

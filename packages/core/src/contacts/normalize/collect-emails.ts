import type { EmailInfo, FieldIssue } from '../contact.js';
import { normalizeEmails, pushNewAddress } from './normalize-email.js';

/** A row's email cells, read. */
export interface CollectedEmails {
  /** Every address, in rank order: valid personal ones, then role and disposable ones, then invalid ones. */
  emails: EmailInfo[];
  /** Exchange addresses (see {@link isExchangeAddress}) as written, once each. */
  exchangeAddresses: string[];
}

// `/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=…`, also
// with the `EX:` or `X500:` type in front, as Outlook and Exchange write them.
const exchangeAddress = /^(?:ex:|x500:)?\/o=[^/]*(?:\/ou=[^/]*)*\/cn=/i;

/**
 * Whether a cell holds an Exchange (X.500 legacy DN) address rather than an email address. Outlook
 * exports one in `E-mail Address` (with `E-mail Type` = `EX`) for a contact in the same Exchange
 * organization: it names a mailbox, but no one can send mail to it from outside.
 *
 * @example isExchangeAddress('/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f2a-jdoe') // true
 */
export function isExchangeAddress(cell: string): boolean {
  return exchangeAddress.test(cell);
}

/** Why an Exchange address in an email column gives no email. */
export function exchangeAddressReason(customKey: string): string {
  return `Exchange (X.500) address, not an email address: kept in custom.${customKey}; export from Outlook with SMTP addresses to get the email`;
}

/**
 * Reads a row's email cells: every address of every cell once, in rank order (Array.prototype.sort
 * is stable, so column order survives within each rank). Invalid addresses are kept with
 * `valid: false` and reported in `issues`; an Exchange address is not an email at all and is
 * returned apart (the caller keeps it and reports it).
 */
export function collectEmails(cells: readonly string[] | undefined, issues: FieldIssue[]): CollectedEmails {
  const exchangeAddresses: string[] = [];
  if (cells === undefined) return { emails: [], exchangeAddresses };
  let emails: EmailInfo[];
  if (cells.length === 1 && !isExchangeAddress((cells[0] as string).trim())) {
    // One cell (most rows): its addresses are all new to the row, and the array is normalizeEmails' own.
    emails = normalizeEmails(cells[0] as string);
    for (const email of emails) if (!email.valid) issues.push(invalidEmailIssue(email));
  } else {
    emails = [];
    for (const cell of cells) {
      const trimmed = cell.trim();
      if (isExchangeAddress(trimmed)) {
        if (!exchangeAddresses.includes(trimmed)) exchangeAddresses.push(trimmed);
        continue;
      }
      for (const email of normalizeEmails(cell)) if (pushNewAddress(emails, email) && !email.valid) issues.push(invalidEmailIssue(email));
    }
  }
  // most lists are in rank order already, and sort would copy them
  return { emails: inRankOrder(emails) ? emails : emails.sort((left, right) => emailRank(left) - emailRank(right)), exchangeAddresses };
}

function emailRank(email: EmailInfo): number {
  if (!email.valid) return 2;
  return email.role || email.disposable ? 1 : 0;
}

function invalidEmailIssue(email: EmailInfo): FieldIssue {
  return { field: 'email', value: email.address, reason: 'invalid email address' };
}

function inRankOrder(emails: readonly EmailInfo[]): boolean {
  for (let index = 1; index < emails.length; index++) {
    if (emailRank(emails[index - 1] as EmailInfo) > emailRank(emails[index] as EmailInfo)) return false;
  }
  return true;
}

import type { EmailInfo } from '../contact.js';
import { isDisposableEmailDomain } from './is-disposable-email-domain.js';
import { isFreeMailDomain } from './is-free-mail-domain.js';
import { isPlaceholderValue } from './is-placeholder-value.js';
import { boundedMemo } from './bounded-memo.js';

/** Shared mailboxes rather than a person: info@, sales@, noreply@, … (compared without a `+tag`). */
const roleLocalParts = new Set([
  'info',
  'information',
  'sales',
  'support',
  'help',
  'helpdesk',
  'admin',
  'administrator',
  'hello',
  'hi',
  'hey',
  'contact',
  'contactus',
  'contact-us',
  'office',
  'team',
  'all',
  'everyone',
  'staff',
  'noreply',
  'no-reply',
  'no_reply',
  'donotreply',
  'do-not-reply',
  'do_not_reply',
  'mailer-daemon',
  'postmaster',
  'hostmaster',
  'webmaster',
  'abuse',
  'root',
  'security',
  'privacy',
  'legal',
  'compliance',
  'marketing',
  'press',
  'media',
  'pr',
  'news',
  'newsletter',
  'billing',
  'accounts',
  'accounting',
  'finance',
  'invoice',
  'invoices',
  'payments',
  'hr',
  'jobs',
  'careers',
  'recruiting',
  'recruitment',
  'talent',
  'enquiries',
  'enquiry',
  'inquiries',
  'inquiry',
  'mail',
  'email',
  'service',
  'services',
  'customerservice',
  'customer.service',
  'orders',
  'order',
  'shop',
  'store',
  'bookings',
  'booking',
  'reservations',
  'feedback',
  'partners',
  'partnerships',
  'investors',
  'ir',
  'ops',
  'operations',
  'it',
  'tech',
  'dev',
  'notifications',
  'alerts',
  'procurement',
  'purchasing',
  'reception',
  'general',
  'studio',
  'kontakt',
  'buero',
  'büro',
  'kancelar',
  'obchod',
  'podpora',
  'fakturace',
  'bureau',
  'contacto',
  'ventas',
  'vertrieb',
]);

// A practical subset of RFC 5321/5322/6531: dot-atom local part, letter/digit domain labels, and a
// top-level label of letters (or an IDN `xn--` label). Quoted local parts and IP literals are refused.
const localPartPattern = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
// The same local part in ASCII only: most addresses match it, and it is cheaper than the Unicode
// classes above (anything it accepts, `localPartPattern` accepts too).
const asciiLocalPart = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const domainPattern = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;
const angleAddress = /<([^<>]*)>/;
const mailtoPrefix = /^mailto:/i;
const edgeJunk = /^[\s"'`‘’“”«»(\[{.,;:]+|[\s"'`‘’“”«»)\]}.,;:]+$/g;
// One character edgeJunk removes at either end (the union of both sets).
const edgeJunkCharacter = /^[\s"'`‘’“”«»()\[\]{}.,;:]$/;
const plainSeparators = /\s+:::\s+|[;,\n\r\t]+/;
// The characters every match of plainSeparators holds one of: most cells have none.
const separatorCharacters = /[:;,\n\r\t]/;
const whitespace = /\s+/;

/**
 * Normalizes one email address: trims it, takes the address out of a display form
 * (`"Jane Doe" <jane@x.com>`), strips `mailto:` and a `?subject=` query, removes wrapping quotes and
 * trailing punctuation, lower-cases it, checks its syntax and flags role, free-mail and disposable
 * mailboxes. An address that fails the syntax check is returned with `valid: false` (the caller
 * decides whether to keep it). Empty and placeholder values (`-`, `N/A`) return `undefined`.
 *
 * @example normalizeEmail('Jane <Jane@Acme.com>') // { address: 'jane@acme.com', valid: true, role: false, free: false, disposable: false }
 */
export function normalizeEmail(raw: string): EmailInfo | undefined {
  let text = raw.trim();
  if (text.length === 0 || isPlaceholderValue(text)) return undefined;
  const angle = angleAddress.exec(text);
  if (angle) text = angle[1] ?? '';
  text = text.trim();
  if ((text.charCodeAt(0) | 0x20) === 109) text = text.replace(mailtoPrefix, '');
  // A `?subject=` query follows the domain (`mailto:a@x.com?subject=hi`); `?` before the `@` is a
  // legal local-part character.
  const query = text.indexOf('@') >= 0 ? text.indexOf('?', text.indexOf('@')) : -1;
  if (query >= 0) text = text.slice(0, query);
  text = withoutEdgeJunk(text);
  // "Jane Doe jane@x.com": a display name without angle brackets.
  if (whitespace.test(text)) text = text.split(whitespace).find((word) => word.includes('@')) ?? text;
  text = withoutEdgeJunk(text).toLowerCase();
  if (text.length === 0 || isPlaceholderValue(text)) return undefined;

  const at = text.lastIndexOf('@');
  const local = at > 0 ? text.slice(0, at) : '';
  const domain = at > 0 ? text.slice(at + 1) : '';
  const facts = domain.length > 0 ? domainFacts(domain) : noDomain;
  const valid =
    at > 0 &&
    text.length <= 254 &&
    local.length <= 64 &&
    (asciiLocalPart.test(local) || localPartPattern.test(local)) &&
    facts.valid;
  const plus = local.indexOf('+');
  const mailbox = plus > 0 ? local.slice(0, plus) : local;
  return {
    address: text,
    valid,
    role: at > 0 && roleLocalParts.has(mailbox),
    free: facts.free,
    disposable: facts.disposable,
  };
}

/** `text` without edgeJunk; most addresses neither start nor end with any, and are returned as they are. */
function withoutEdgeJunk(text: string): string {
  if (text.length === 0 || (!edgeJunkCharacter.test(text.charAt(0)) && !edgeJunkCharacter.test(text.charAt(text.length - 1)))) return text;
  return text.replace(edgeJunk, '');
}

interface DomainFacts {
  valid: boolean;
  free: boolean;
  disposable: boolean;
}

const noDomain: DomainFacts = { valid: false, free: false, disposable: false };

// Company and free-mail domains repeat across a list: each is checked once.
const domainFacts = boundedMemo(
  (domain: string): DomainFacts => ({
    valid: domainPattern.test(domain),
    free: isFreeMailDomain(domain),
    disposable: isDisposableEmailDomain(domain),
  }),
);

/**
 * Normalizes a cell that may hold several addresses separated by `;`, `,`, new lines, spaces or
 * Google's ` ::: `, in the order given, without duplicates. Commas and semicolons inside a quoted
 * display name (`"Doe, Jane" <jane@x.com>`) do not split.
 *
 * @example normalizeEmails('a@x.com ::: B@y.com') // two EmailInfo values
 */
export function normalizeEmails(raw: string): EmailInfo[] {
  const pieces = splitEmailCell(raw);
  // Most cells hold one address: an array of its final size, not grown by a push.
  if (pieces.length === 1) {
    const info = normalizeEmail(pieces[0] as string);
    return info === undefined ? [] : [info];
  }
  const result: EmailInfo[] = [];
  for (const piece of pieces) {
    const info = normalizeEmail(piece);
    if (info !== undefined) pushNewAddress(result, info);
  }
  return result;
}

// Up to this many addresses a linear scan finds duplicates faster than a Set (most cells and
// contacts have one to three); longer lists get a Set, kept beside the array.
const linearScanLimit = 16;
const addressSets = new WeakMap<EmailInfo[], Set<string>>();

/**
 * Appends `email` to `emails` unless its address is there already; returns whether it did. Only
 * for arrays that grow through this function.
 * @internal
 */
export function pushNewAddress(emails: EmailInfo[], email: EmailInfo): boolean {
  if (emails.length < linearScanLimit) {
    for (const known of emails) if (known.address === email.address) return false;
    emails.push(email);
    return true;
  }
  let seen = addressSets.get(emails);
  if (seen === undefined) {
    seen = new Set(emails.map((known) => known.address));
    addressSets.set(emails, seen);
  }
  if (seen.has(email.address)) return false;
  seen.add(email.address);
  emails.push(email);
  return true;
}

function splitEmailCell(raw: string): string[] {
  const pieces =
    raw.includes('"') || raw.includes('<')
      ? splitOutsideQuotes(raw.replaceAll(' ::: ', ';'))
      : separatorCharacters.test(raw)
        ? raw.split(plainSeparators)
        : [raw];
  const result: string[] = [];
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (trimmed.length === 0) continue;
    // "a@x.com b@y.com": several bare addresses separated by spaces only.
    if (!trimmed.includes('<') && trimmed.indexOf('@') !== trimmed.lastIndexOf('@') && whitespace.test(trimmed)) {
      for (const word of trimmed.split(whitespace)) if (word.length > 0) result.push(word);
    } else {
      result.push(trimmed);
    }
  }
  return result;
}

function splitOutsideQuotes(text: string): string[] {
  // Most cells hold one address (`Jane <jane@x.com>`): nothing to split.
  if (!text.includes(';') && !text.includes(',') && !text.includes('\n')) return [text];
  const pieces: string[] = [];
  let start = 0;
  let inQuotes = false;
  let inAngle = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (char === '<' && !inQuotes) inAngle = true;
    else if (char === '>' && !inQuotes) inAngle = false;
    else if ((char === ';' || char === ',' || char === '\n') && !inQuotes && !inAngle) {
      pieces.push(text.slice(start, index));
      start = index + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

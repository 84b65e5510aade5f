/**
 * What an email address or a LinkedIn slug says about whose name a record carries: a record whose
 * own address spells the other record's name (ondrej.horak@ on "Ondra Horak") has a typo or a
 * nickname in its name, not a different person. Pure string checks, run per compared pair, so
 * they search in place and allocate nothing on the common path.
 */
import { emailLetters } from './key-texts.js';

/**
 * True when a record's address at `domain` vouches for its own spelling of a name part on which
 * the two records differ: it spells `own` and not `other` (or `other` only inside `own`:
 * andreas@ vouches for Andreas against Andrea; `other` counts only inside one word of the local
 * part, so andrea.schneider@ vouches for Andrea although its letters run together spell "andreas").
 * A typo in a name its address does not spell
 * (revecca on rebecca.edwards@, williamm on w.scott@) is not vouched for. Pass '' for a part on
 * which the records agree.
 */
export function addressVouchesForName(emails: readonly string[], domain: string, first: string, otherFirst: string, last: string, otherLast: string): boolean {
  const address = emails.find((email) => email.endsWith(`@${domain}`));
  if (address === undefined) return false;
  const letters = emailLetters(address);
  const vouches = (own: string, other: string): boolean =>
    own.length >= 3 && letters.includes(own) && (own.includes(other) || !inOneWord(address, other));
  return (first !== '' && vouches(first, otherFirst)) || (last !== '' && vouches(last, otherLast));
}

/**
 * True when `word` lies inside one run of letters of `email`'s local part: `andrea.schneider@`
 * does not spell "andreas" (its letters run together do), `andreaschneider@` does.
 */
function inOneWord(email: string, word: string): boolean {
  const end = email.indexOf('@');
  for (let from = wordAt(email, word, 0, end); from >= 0; from = wordAt(email, word, from + 1, end)) {
    let letters = true;
    for (let i = from; i < from + word.length && letters; i++) letters = email.charCodeAt(i) >= 97 && email.charCodeAt(i) <= 122;
    if (letters) return true;
  }
  return false;
}

/**
 * True when two records whose first names differ (a nickname the table does not know: Nikki and
 * Nicole Collins) share an address that spells one of the two first names in full, the first
 * names share their initial and the last names agree: the address is that person's own, not a
 * couple's or a recycled `jevans@`.
 */
export function nicknameMailbox(emailsA: readonly string[], emailsB: readonly string[], firstA: string, firstB: string, lastLevel: number): boolean {
  if (lastLevel < 2 || firstA.length < 3 || firstB.length < 3 || firstA.charCodeAt(0) !== firstB.charCodeAt(0)) return false;
  for (const address of emailsA) {
    if (!emailsB.includes(address)) continue;
    const letters = emailLetters(address);
    if (letters.includes(firstA) || letters.includes(firstB)) return true;
  }
  return false;
}

/**
 * Where `text` next holds `word`, from `from` on and ending at or before `end`; -1 when it does not
 * (the scan every check here runs over a local part: no substring is allocated, it runs per pair).
 */
function wordAt(text: string, word: string, from: number, end: number): number {
  const at = text.indexOf(word, from);
  return at >= 0 && at + word.length <= end ? at : -1;
}

/** True when `text` holds `word` ending at or before `end` somewhere other than inside `shield` ('' for none). */
function holdsOutside(text: string, word: string, end: number, shield: string): boolean {
  const shielded = shield.length > word.length && shield.includes(word);
  for (let at = wordAt(text, word, 0, end); at >= 0; at = wordAt(text, word, at + 1, end)) {
    if (!shielded) return true;
    let inside = false;
    for (let start = Math.max(0, at + word.length - shield.length); start <= at && !inside; start++) inside = text.startsWith(shield, start);
    if (!inside) return true;
  }
  return false;
}

/**
 * True when `text` (up to `end`) spells `other` (3+ letters) but not `own`, or `own` only as part
 * of `other` (chris in christine). `other` inside the record's own last name does not count:
 * j.eriksson@ spells Erik only as part of Eriksson.
 */
function spellsInstead(text: string, end: number, own: string, other: string, ownLast: string): boolean {
  if (!holdsOutside(text, other, end, ownLast)) return false;
  return other.includes(own) || wordAt(text, own, 0, end) < 0;
}

/**
 * True when the local part of one of a record's addresses or its LinkedIn slug spells the other
 * record's first name instead of its own (`ondrej.horak@` on a record named "Ondra Horak"), not
 * as part of the record's own last name (`ownLast`: `m.sorensen@` does not spell Søren).
 */
export function spellsOtherName(emails: readonly string[], slug: string, own: string, other: string, ownLast = ''): boolean {
  // with another initial the other name must be longer (kuba on jakub@, paco on francisco-martin):
  // three letters of a different name turn up inside many addresses
  if (own === '' || own === other || other.length < 3 || (own.charCodeAt(0) !== other.charCodeAt(0) && other.length < 4)) return false;
  for (const address of emails) if (spellsInstead(address, address.indexOf('@'), own, other, ownLast)) return true;
  return slug !== '' && spellsInstead(slug, slug.length, own, other, ownLast);
}

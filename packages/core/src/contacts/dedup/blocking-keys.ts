/**
 * Blocking keys of one record: records that share any key become candidate pairs. Several keys
 * per record keep recall high when one field has a typo (a name typo still shares the birth date,
 * a postcode typo still shares the email).
 */
import { phoneticKey } from './phonetic-key.js';
import type { RecordFeatures } from './record-features.js';

function initial(value: string): string {
  return value.length === 0 ? '' : value.charAt(0);
}

/**
 * Role of a record under a loose (single-name) key: a probe pairs with every record of the block,
 * a target only with probes; keys emitted without a role pair every two records of their block.
 * A large loose block is ordered by the name it is keyed on (`byLast`: the last name), then birth
 * date, so a probe meets its namesakes born closest to it.
 */
export interface LooseRole {
  probe: boolean;
  byLast: boolean;
}

/** Letters of an address's local part: `roberta.25@x.com` → `roberta`. */
export function emailLetters(email: string): string {
  return email.slice(0, email.indexOf('@')).replace(/[^a-z]+/g, '');
}

/** A `YYYYMMDD` date with day and month in sorted order, so a day/month swap keeps the key. */
export function dateKey(date: string): string {
  if (date.length !== 8) return date;
  const month = date.slice(4, 6);
  const day = date.slice(6, 8);
  return month <= day ? date : `${date.slice(0, 4)}${day}${month}`;
}

/** Directions, street types and unit words: they vary between spellings of one address (w / west, st / street). */
const streetNoise = new Set(['n', 's', 'e', 'w', 'north', 'south', 'east', 'west', 'st', 'street', 'ave', 'av', 'avenue', 'dr', 'drive', 'rd', 'road', 'blvd', 'boulevard', 'pl', 'place', 'ln', 'lane', 'ct', 'court', 'way', 'pkwy', 'parkway', 'hwy', 'highway', 'sq', 'square', 'ter', 'terrace', 'cir', 'circle', 'apt', 'unit', 'suite', 'ste', 'floor', 'fl', 'building', 'bldg']);

/**
 * Street key: with a house number, the number and the first three letters of the street name that
 * follows it (directions and street types skipped: `1020 w bryn mawr ave` and `1020 west bryn mawr`
 * share `1020 bry`); without one, the longest word's first five letters.
 */
export function streetKey(tokens: readonly string[]): string {
  let number = '';
  let name = '';
  let longest = '';
  for (const token of tokens) {
    const digit = /^\d/.test(token);
    if (number === '' && digit) number = token;
    else if (number !== '' && name === '' && !streetNoise.has(token)) name = token;
    if (!digit && token.length > longest.length) longest = token;
  }
  if (number !== '' && name !== '') return `${number} ${name.slice(0, 3)}`;
  return longest === '' ? '' : `${number} ${longest.slice(0, 5)}`;
}

/**
 * Calls `emit` with every blocking key of record `index`, each prefixed with its kind so keys of
 * different kinds never collide: exact email, email local part (letters only), LinkedIn slug,
 * phone, phonetic first+last (order-free, so swapped names share it), postcode + initial, birth
 * date (day and month order-free), city + phonetic last name, company + phonetic last name, street
 * number + name, exact custom email / phone / id / postcode values, and single phonetic names.
 *
 * A single phonetic name, the first two letters of both names and city + first name are loose
 * keys (big blocks, many pairs in big lists), so each is a probe key for the records that need it
 * (one name missing, or no identifier to be found by) and a target key for the others: blocking
 * pairs a probe with every record of its block but never two targets, so a record known only as
 * "Green, born 1984" still meets "Thomas Green" who has an email address, while two complete
 * records never pair through a surname alone.
 */
export function forEachBlockingKey(features: RecordFeatures, index: number, emit: (key: string, role?: LooseRole) => void): void {
  const first = features.first[index] ?? '';
  const last = features.last[index] ?? '';
  const firstCode = phoneticKey(first);
  const lastCode = phoneticKey(last);
  for (const email of features.emails[index] ?? []) {
    emit(`e:${email}`);
    // letters only: a digit or a dot typed differently (roberta25@ and roberta_25@) still meets
    const local = emailLetters(email);
    if (local.length >= 4) emit(`l:${local}`);
  }
  const linkedin = features.linkedin[index] ?? '';
  if (linkedin !== '') emit(`i:${linkedin}`);
  for (const phone of features.phones[index] ?? []) emit(`p:${phone}`);
  const incomplete = firstCode === '' || lastCode === '';
  const probe = incomplete || ((features.emails[index] ?? []).length === 0 && (features.phones[index] ?? []).length === 0 && linkedin === '');
  if (firstCode !== '' && lastCode !== '') {
    emit(firstCode < lastCode ? `n:${firstCode}:${lastCode}` : `n:${lastCode}:${firstCode}`);
    // name prefixes catch typos past the second letter; a loose key (big blocks in big lists)
    emit(`m:${first.slice(0, 2)}:${last.slice(0, 2)}`, { probe, byLast: true });
  } else if (firstCode !== '' || lastCode !== '') {
    emit(`n:${firstCode}${lastCode}`);
  }
  const postcode = features.postcode[index] ?? '';
  if (postcode !== '') {
    if (last !== '') emit(`z:${postcode}:${initial(last)}`);
    if (first !== '') emit(`y:${postcode}:${initial(first)}`);
  }
  const birthDate = features.birthDate[index] ?? '';
  if (birthDate !== '') {
    emit(`b:${dateKey(birthDate)}`);
    const year = birthDate.slice(0, 4);
    if (firstCode !== '') emit(`f:${firstCode}:${year}`);
    if (lastCode !== '') emit(`g:${lastCode}:${year}`);
    emit(`v:${birthDate.slice(4)}:${initial(first)}${initial(last)}`);
  }
  // records with no name at all (organisations) share one block, ordered by company or email:
  // a sorted neighbourhood over the nameless records
  if (firstCode === '' && lastCode === '') emit('h:');
  else if (incomplete) {
    // one name only: it may be either name (a surname typed as the first name)
    const code = firstCode + lastCode;
    emit(`hf:${code}`, { probe, byLast: false });
    emit(`hl:${code}`, { probe, byLast: true });
  } else {
    emit(`hf:${firstCode}`, { probe, byLast: false });
    emit(`hl:${lastCode}`, { probe, byLast: true });
  }
  const city = features.city[index] ?? '';
  if (city !== '') {
    if (lastCode !== '') emit(`c:${city}:${lastCode}`);
    if (firstCode !== '') emit(`c:${city}:${firstCode}`, { probe, byLast: false });
  }
  const company = features.company[index] ?? '';
  const domain = features.domain[index] ?? '';
  if (lastCode !== '') {
    if (company !== '') emit(`o:${company}:${lastCode}`);
    if (domain !== '') emit(`d:${domain}:${lastCode}`);
  } else if (company !== '') {
    const words = company.split(' ');
    emit(`k:${words.slice(0, 2).join(' ')}`);
  }
  const street = streetKey(features.street[index] ?? []);
  if (street !== '') emit(`s:${street}`);
  for (const column of features.custom) {
    const value = column.values[index] ?? '';
    if (value === '') continue;
    const type = column.type;
    if (type === 'email' || type === 'phone' || type === 'id' || type === 'url') emit(`x:${column.key}:${value}`);
    else if (type === 'address') {
      const key = streetKey(column.tokens[index] ?? []);
      if (key !== '') emit(`s:${key}`);
    }
  }
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

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

function streetKey(tokens: readonly string[]): string {
  let number = '';
  let word = '';
  for (const token of tokens) {
    if (number === '' && /^\d/.test(token)) number = token;
    else if (token.length > word.length && !/^\d/.test(token)) word = token;
  }
  return word === '' ? '' : `${number} ${word.slice(0, 5)}`;
}

/**
 * Calls `emit` with every blocking key of record `index`, each prefixed with its kind so keys of
 * different kinds never collide: exact email, email local part, LinkedIn slug, phone, phonetic
 * first+last (order-free, so swapped names share it), postcode + initial, birth date,
 * city + phonetic last name, company + phonetic last name, street number + name, and exact custom
 * email / phone / id / postcode values.
 */
export function forEachBlockingKey(features: RecordFeatures, index: number, emit: (key: string) => void): void {
  const first = features.first[index] ?? '';
  const last = features.last[index] ?? '';
  const firstCode = phoneticKey(first);
  const lastCode = phoneticKey(last);
  for (const email of features.emails[index] ?? []) {
    emit(`e:${email}`);
    const local = email.slice(0, email.indexOf('@'));
    if (local.length >= 4) emit(`l:${local}`);
  }
  const linkedin = features.linkedin[index] ?? '';
  if (linkedin !== '') emit(`i:${linkedin}`);
  for (const phone of features.phones[index] ?? []) emit(`p:${phone}`);
  if (firstCode !== '' && lastCode !== '') {
    emit(firstCode < lastCode ? `n:${firstCode}:${lastCode}` : `n:${lastCode}:${firstCode}`);
    emit(`m:${first.slice(0, 2)}:${last.slice(0, 2)}`);
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
    emit(`b:${birthDate}`);
    const year = birthDate.slice(0, 4);
    if (firstCode !== '') emit(`f:${firstCode}:${year}`);
    if (lastCode !== '') emit(`g:${lastCode}:${year}`);
    emit(`v:${birthDate.slice(4)}:${initial(first)}${initial(last)}`);
  }
  if (firstCode === '' || lastCode === '') emit(`h:${firstCode}${lastCode}`);
  else if ((features.emails[index] ?? []).length === 0 && (features.phones[index] ?? []).length === 0 && linkedin === '') {
    // single-name keys are loose (big blocks, many pairs); records with an identifier are found by it
    emit(`h:${firstCode}`);
    emit(`h:${lastCode}`);
  }
  const city = features.city[index] ?? '';
  if (city !== '') {
    if (lastCode !== '') emit(`c:${city}:${lastCode}`);
    if (firstCode !== '') emit(`c:${city}:${firstCode}`);
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

/**
 * Blocking keys of one record: records that share any key become candidate pairs. Several keys
 * per record keep recall high when one field has a typo (a name typo still shares the birth date,
 * a postcode typo still shares the email).
 */
import { addressShaped } from './address-shape.js';
import { emitCityYear, emitYearLetters, mixDateKey } from './date-keys.js';
import { countAsciiLetters, emitLocalEnds, firstLetterAt, minGarbledLetters, mixAsciiLetters, slugNameEnd, spellsName } from './address-letters.js';
import { emitLocalDigits, emitShortLocal } from './email-keys.js';
import { fnvOffset, hashOf, mixCode, mixLetters, mixPrefix, mixText } from './key-hash.js';
import { houseNumber, streetKey } from './key-texts.js';
import { canonicalGivenName } from './nicknames.js';
import { spellsOrganisation } from './organisation-letters.js';
import { nameKey } from './phonetic-key.js';
import { boundedMemo } from '../normalize/bounded-memo.js';
import { identifyingColumn, keyedType } from './shared-columns.js';
import type { RecordFeatures } from './record-features.js';

/**
 * Role bits of a key: none for an ordinary key (its block pairs every two records); under a loose
 * (single-name) key a probe (`probeBit`) pairs with every record of the block, a target
 * (`targetBit`) only with probes. `byLastBit` orders a large loose block by the last name (else by
 * the first), then birth date, so a probe meets its namesakes born closest to it.
 */
export const targetBit = 1;
export const probeBit = 2;
export const byLastBit = 4;

/** FNV state after a key's kind prefix (`e:`): keys of different kinds never share a text. */
function kind(prefix: string): number {
  return mixText(fnvOffset, prefix);
}

const emailKind = kind('e:');
const lettersKind = kind('l:');
const numberedKind = kind('d:');
const linkedinKind = kind('i:');
const phoneKind = kind('p:');
const namesKind = kind('n:');
const prefixesKind = kind('m:');
const postcodeLastKind = kind('z:');
const postcodeFirstKind = kind('y:');
const birthDateKind = kind('b:');
const firstYearKind = kind('f:');
const lastYearKind = kind('g:');
const dayInitialsKind = kind('v:');
const namelessKind = kind('h:');
const inboxKind = kind('r:');
const firstNameKind = kind('hf:');
const lastNameKind = kind('hl:');
const cityKind = kind('c:');
const companyKind = kind('o:');
const companyWordsKind = kind('k:');
const streetKind = kind('s:');
const houseNumberKind = kind('sn:');
const customKind = kind('x:');
const nameLettersKind = kind('q:');
const colon = 58;

/**
 * `nameKey` memoized: names repeat across records (9,400 distinct first and last names on 200,000
 * synthetic records), and each Soundex code built is a few short strings to allocate.
 */
const memoNameKey = boundedMemo(nameKey, 100_000);
const asterisk = 42;

/**
 * Name-shaped email local parts a named record may own, as `q:` targets (an address's letters are
 * the probe): first + last, initial + last and first + initial (`lauraking`, `lking`, `laurak`), so
 * "Laura King" with only a phone meets `l.king@…` even when the address's record has no name or a
 * mistyped one. Targets never pair with each other: two namesakes do not meet through this key.
 */
function emitNamePatterns(first: string, last: string, emit: (hash: number, role: number) => void): void {
  const firstLetters = countAsciiLetters(first);
  const lastLetters = countAsciiLetters(last);
  if (firstLetters === 0 || lastLetters === 0) return;
  const firstInitial = first.charCodeAt(firstLetterAt(first));
  const lastInitial = last.charCodeAt(firstLetterAt(last));
  if (firstLetters + lastLetters >= 4) emit(hashOf(mixAsciiLetters(mixAsciiLetters(nameLettersKind, first), last)), targetBit);
  if (1 + lastLetters >= 4) emit(hashOf(mixAsciiLetters(mixCode(nameLettersKind, firstInitial), last)), targetBit);
  if (firstLetters + 1 >= 4) emit(hashOf(mixCode(mixAsciiLetters(nameLettersKind, first), lastInitial)), targetBit);
}

/**
 * True when record `index` has an identifier: an address shaped like one, a phone, a LinkedIn
 * profile, or a filled `identifyingColumn` (an id, email or phone column that is not shared).
 */
function identified(features: RecordFeatures, index: number): boolean {
  if (addressShaped(features.emails[index]?.[0] ?? '') || (features.phones[index]?.length ?? 0) > 0 || (features.linkedin[index] ?? '') !== '') return true;
  for (const column of features.custom) if (identifyingColumn(column) && (column.values[index] ?? '') !== '') return true;
  return false;
}

/** True when the first two code units of `a` sort before those of `b`. */
function prefixBefore(a: string, b: string): boolean {
  const a0 = a.charCodeAt(0) || 0;
  const b0 = b.charCodeAt(0) || 0;
  if (a0 !== b0) return a0 < b0;
  return (a.charCodeAt(1) || 0) < (b.charCodeAt(1) || 0);
}

/**
 * Hash of an organisation's key state with two initials, order-free. A module function, not a
 * closure per record: under tsx (keepNames) each closure made costs a `__name` call (~0.4 s at 1M).
 */
function initialsKey(state: number, a: number, b: number): number {
  return hashOf(mixCode(mixCode(mixCode(state, asterisk), Math.min(a, b)), Math.max(a, b)));
}

/** Hash of the order-free key of two phonetic names (swapped first and last names share it). */
function namesKey(a: string, b: string): number {
  const low = a < b ? a : b;
  const high = a < b ? b : a;
  return hashOf(mixText(mixCode(mixText(namesKind, low), colon), high));
}

/**
 * Calls `emit` with the hash (`hashKey` of the text) and role bits of every blocking key of record
 * `index`. Each key's text starts with its kind so keys of different kinds never collide: exact
 * email, email local part (letters only; letters and digits when it has digits), LinkedIn slug,
 * phone, phonetic first+last (order-free, so swapped names share it; a diminutive also as its full
 * name), postcode + initial, birth date (day and month order-free), city + phonetic last name,
 * company + phonetic last name, company + both initials, street number + name (and for a record
 * with no name, the house number alone and its role addresses: info@, sales@), exact custom
 * email / phone / id / postcode values, and single phonetic names. An address's letters also probe
 * the name patterns of named records (`emitNamePatterns`), as does a LinkedIn slug's name part,
 * and city + birth year is loose; a local part of 6+ letters that does not spell its record's name
 * keys by its first and by its last five letters with the domain's initial (`emitLocalEnds`), one
 * of 2-3 letters and digits by itself and the domain's initial, one with 2+ digits by its initial,
 * digits and the domain's initial (email-keys.ts).
 *
 * A single phonetic name, the first two letters of both names and city + first name are loose
 * keys (big blocks, many pairs in big lists), so each is a probe key for the records that need it
 * (one name missing, or no identifier to be found by) and a target key for the others: blocking
 * pairs a probe with every record of its block but never two targets, so a record known only as
 * "Green, born 1984" still meets "Thomas Green" who has an email address, while two complete
 * records never pair through a surname alone.
 */
export function forEachBlockingKey(features: RecordFeatures, index: number, emit: (hash: number, role: number) => void): void {
  const first = features.first[index] ?? '';
  const last = features.last[index] ?? '';
  const firstCode = memoNameKey(first);
  const lastCode = memoNameKey(last);
  const fullFirst = canonicalGivenName(first);
  const emails = features.emails[index] ?? [];
  for (const email of emails) {
    emit(hashOf(mixText(emailKind, email)), 0);
    // letters only (see emailLetters): a digit or a dot typed differently (roberta25@ and roberta_25@) still meets
    let local = lettersKind;
    // letters and digits, whatever the domain: t.m39@brooks-sawyer.com meets t.m39@brooks-sawer.com
    let numbered = numberedKind;
    // the same letters as a probe for the name patterns of named records (emitNamePatterns)
    let named = nameLettersKind;
    let letters = 0;
    let digits = 0;
    const at = email.indexOf('@');
    for (let i = 0; i < at; i++) {
      const code = email.charCodeAt(i);
      if (code >= 48 && code <= 57) {
        numbered = mixCode(numbered, code);
        digits++;
      }
      if (code < 97 || code > 122) continue;
      local = mixCode(local, code);
      numbered = mixCode(numbered, code);
      named = mixCode(named, code);
      letters++;
    }
    if (letters >= 4) {
      emit(hashOf(local), 0);
      emit(hashOf(named), probeBit);
    }
    if (digits > 0 && letters > 0 && letters + digits >= 4) emit(hashOf(numbered), 0);
    // only an address that does not spell its record's name (or of a record missing one): one that
    // does is found through the name keys, and in a big list its ends are shared by namesakes
    // (`micha` at gmail; as a loose target on every address it cost ~5% of the 200k dedup time)
    const garbled = firstCode === '' || lastCode === '' || !(spellsName(email, at, first) || spellsName(email, at, last));
    if (letters >= minGarbledLetters && garbled) emitLocalEnds(email, at, emit);
    // initials too short for the letters key (`j.c@white.org` / `j.c@wrte.ohg`)
    if (letters < 4) emitShortLocal(email, at, emit);
    // loose: a probe for an address that may be garbled, a target for one that spells its record's name
    if (digits >= 2) emitLocalDigits(email, at, garbled ? probeBit : targetBit, emit);
  }
  const linkedin = features.linkedin[index] ?? '';
  if (linkedin !== '') {
    emit(hashOf(mixText(linkedinKind, linkedin)), 0);
    // a slug's name part probes the name patterns as an address's letters do
    const end = slugNameEnd(linkedin);
    if (countAsciiLetters(linkedin, 0, end) >= 4) emit(hashOf(mixAsciiLetters(nameLettersKind, linkedin, 0, end)), probeBit);
  }
  const phones = features.phones[index] ?? [];
  for (const phone of phones) emit(hashOf(mixText(phoneKind, phone)), 0);
  const incomplete = firstCode === '' || lastCode === '';
  // a record with only a garbled address has no identifier to be found by either
  const loose = incomplete || (!addressShaped(emails[0] ?? '') && phones.length === 0 && linkedin === '') ? probeBit : targetBit;
  if (firstCode !== '' && lastCode !== '') {
    emit(namesKey(firstCode, lastCode), 0);
    // a diminutive keys as its full name too (tony evans meets anthony evans)
    const fullCode = fullFirst === first ? firstCode : memoNameKey(fullFirst);
    if (fullCode !== firstCode) emit(namesKey(fullCode, lastCode), 0);
    // name prefixes catch typos past the second letter, order-free (a swap with a typo keeps
    // them); a loose key (big blocks in big lists)
    const low = prefixBefore(last, first) ? last : first;
    const high = low === first ? last : first;
    emit(hashOf(mixPrefix(mixCode(mixPrefix(prefixesKind, low, 2), colon), high, 2)), loose | byLastBit);
    emitNamePatterns(first, last, emit);
  } else if (firstCode !== '' || lastCode !== '') {
    emit(hashOf(mixText(mixText(namesKind, firstCode), lastCode)), 0);
  }
  const postcode = features.postcode[index] ?? '';
  if (postcode !== '') {
    if (last !== '') emit(hashOf(mixPrefix(mixCode(mixText(postcodeLastKind, postcode), colon), last, 1)), 0);
    if (first !== '') emit(hashOf(mixPrefix(mixCode(mixText(postcodeFirstKind, postcode), colon), first, 1)), 0);
  }
  const birthDate = features.birthDate[index] ?? '';
  if (birthDate !== '') {
    emit(hashOf(mixDateKey(birthDateKind, birthDate)), 0);
    if (firstCode !== '') emit(hashOf(mixPrefix(mixCode(mixText(firstYearKind, firstCode), colon), birthDate, 4)), 0);
    if (lastCode !== '') emit(hashOf(mixPrefix(mixCode(mixText(lastYearKind, lastCode), colon), birthDate, 4)), 0);
    const day = mixCode(mixText(dayInitialsKind, birthDate, Math.min(4, birthDate.length)), colon);
    emit(hashOf(mixPrefix(mixPrefix(day, first, 1), last, 1)), 0);
    // loose: a probe for a record with one name or no identifier to be found by (an id column counts)
    if (birthDate.length === 8) emitYearLetters(birthDate, first, last, incomplete || !identified(features, index) ? probeBit : targetBit, emit);
  }
  // records with no name at all (organisations) share one block, ordered by company or email:
  // a sorted neighbourhood over the nameless records
  if (firstCode === '' && lastCode === '') {
    emit(hashOf(namelessKind), 0);
    // a record that is only a shared inbox (info@, sales@) by its address
    for (const inbox of features.inboxes[index] ?? []) emit(hashOf(mixText(inboxKind, inbox)), 0);
  } else if (incomplete) {
    // one name only: it may be either name (a surname typed as the first name)
    const code = firstCode + lastCode;
    emit(hashOf(mixText(firstNameKind, code)), loose);
    emit(hashOf(mixText(lastNameKind, code)), loose | byLastBit);
  } else {
    emit(hashOf(mixText(firstNameKind, firstCode)), loose);
    emit(hashOf(mixText(lastNameKind, lastCode)), loose | byLastBit);
  }
  const city = features.city[index] ?? '';
  if (city !== '') {
    const cityState = mixCode(mixText(cityKind, city), colon);
    if (lastCode !== '') emit(hashOf(mixText(cityState, lastCode)), 0);
    if (firstCode !== '') emit(hashOf(mixText(cityState, firstCode)), loose);
    // city + birth year (date-keys.ts), loose: a probe for a record missing a name
    emitCityYear(city, birthDate, incomplete ? probeBit : targetBit, emit);
  }
  const company = features.company[index] ?? '';
  const domain = features.domain[index] ?? '';
  if (firstCode !== '' || lastCode !== '') {
    // the company and the domain spelled alike (organisation-letters.ts), each with either name's
    // code: a record naming its company meets one with only the company's domain, and a typo or a
    // swap in one name keeps the other
    const dot = domain.indexOf('.');
    const domainEnd = dot < 0 ? domain.length : dot;
    const companyState = spellsOrganisation(company) ? mixCode(mixLetters(companyKind, company), colon) : 0;
    const domainState = spellsOrganisation(domain, 0, domainEnd) ? mixCode(mixLetters(companyKind, domain, 0, domainEnd), colon) : 0;
    const codes = firstCode === lastCode ? 1 : 2;
    for (let k = 0; k < codes; k++) {
      const code = k === 0 ? lastCode : firstCode;
      if (code === '') continue;
      if (companyState !== 0) emit(hashOf(mixText(companyState, code)), 0);
      if (domainState !== 0 && domainState !== companyState) emit(hashOf(mixText(domainState, code)), 0);
    }
    if (firstCode !== '' && lastCode !== '') {
      // both initials, order-free, of the full given name (ted → edward): a typo in each name
      // ("jammes evasn" and "jeas evans" at one company) or a swap keeps them
      const a = fullFirst.charCodeAt(0);
      const b = last.charCodeAt(0);
      if (companyState !== 0) emit(initialsKey(companyState, a, b), 0);
      if (domainState !== 0 && domainState !== companyState) emit(initialsKey(domainState, a, b), 0);
    }
  }
  if (lastCode === '' && company !== '') {
    // the first two words
    const space = company.indexOf(' ');
    const second = space < 0 ? -1 : company.indexOf(' ', space + 1);
    emit(hashOf(mixText(companyWordsKind, company, 0, second < 0 ? company.length : second)), 0);
  }
  const streetTokens = features.street[index] ?? [];
  const street = streetKey(streetTokens);
  if (street !== '') emit(hashOf(mixText(streetKind, street)), 0);
  if (firstCode === '' && lastCode === '') {
    // an organisation's site by its house number alone: the street's name is written many ways
    // (`8128 s dr martin luther king dr` / `8128 s king drive`, `1900 w vanburen`) and a list of
    // organisations holds few records per number; records with a person's name never get it
    const number = houseNumber(streetTokens);
    if (number !== '') emit(hashOf(mixText(houseNumberKind, number)), 0);
  }
  for (const column of features.custom) {
    const value = column.values[index] ?? '';
    if (value === '') continue;
    const type = column.type;
    if (keyedType(type)) {
      // a shared column (a house number typed as an id) is loose: a probe for a record with one
      // name or no identifier, a target for the others
      const role = column.shared === true ? (incomplete || !identified(features, index) ? probeBit : targetBit) : 0;
      emit(hashOf(mixText(mixCode(mixText(customKind, column.key), colon), value)), role);
    }
    else if (type === 'address') {
      const key = streetKey(column.tokens[index] ?? []);
      if (key !== '') emit(hashOf(mixText(streetKind, key)), 0);
    }
  }
}

/**
 * Compares two records field by field into comparison levels (-1 = missing on either side), and
 * flags exact keys and hard conflicts. Built once per feature table; the returned `compare` writes
 * into a caller-owned Int8Array, so scoring millions of pairs allocates nothing per pair.
 */
import type { FieldType } from '../contact.js';
import {
  compareAddressLevel,
  compareDateLevel,
  compareEmailLevel,
  compareIdLevel,
  compareNameLevel,
  comparePhoneLevel,
  comparePostcodeLevel,
  compareTextLevel,
  levelCounts,
} from './field-comparators.js';
import { createLevelCache, createStringInterner } from './interned-similarity.js';
import { jaroWinkler } from './jaro-winkler.js';
import type { RecordFeatures } from './record-features.js';

/** The pair shares a valid non-role email address and the first names do not clearly differ (couples share mailboxes). */
export const exactEmail = 1;
/** The pair shares a LinkedIn profile slug. */
export const exactLinkedin = 2;
/** The pair shares a phone used by few records, and the names agree. */
export const exactPhone = 4;
/**
 * A hard conflict: two different LinkedIn profiles; two different work emails at one domain with
 * different names; or a first or last name that clearly differs (level 0, after trying the swap)
 * without a shared LinkedIn profile, custom identifier (an SSN) or email address
 * (a shared address with different first names is a shared mailbox, so it does not count). Co-workers and relatives share surnames, companies, cities,
 * phones and mailboxes, and those fields are not independent of each other, so no sum of their
 * weights may outvote a different name.
 */
export const conflict = 8;

/** The first or last names (present on both sides) agree only weakly (level 1): alone they do not tell two relatives or co-workers apart. */
export const weakNames = 16;
/** The pair shares the exact value of a custom identifier, email or phone column (an SSN, a CRM id). */
export const exactCustomId = 32;

/** One compared field: its name and its number of non-missing levels. */
export interface ComparedField {
  name: string;
  levels: number;
}

/** A record comparer for one feature table. */
export interface RecordComparer {
  fields: ComparedField[];
  /** Radix multiplier of each field in a pattern code. */
  multipliers: number[];
  /**
   * Writes the level of each field (or -1) for records `a` and `b` of `left` and `right` tables
   * into `levels`; returns exact-key and conflict flags.
   */
  compare(a: number, b: number, levels: Int8Array): number;
  /** Pattern code of a level vector (`Σ (level + 1) × multiplier`). */
  patternCode(levels: Int8Array): number;
}

/** Comparer settings. */
export interface CompareOptions {
  /** A phone on more records than this is treated as shared (a switchboard): agreement on it is weak and never an exact key. Default 3. */
  sharedPhoneLimit?: number;
}

type Builtin = 'firstName' | 'lastName' | 'email' | 'phone' | 'linkedin' | 'company' | 'city' | 'postcode' | 'region' | 'street' | 'birthDate';

const builtinLevels: Record<Builtin, number> = {
  firstName: 4,
  lastName: 4,
  email: 3,
  phone: 3,
  linkedin: 2,
  company: 3,
  city: 3,
  postcode: 3,
  region: 2,
  street: 4,
  birthDate: 4,
};

function hasAny(values: readonly (string | readonly string[])[]): boolean {
  for (const value of values) if (value.length > 0) return true;
  return false;
}

function compareCustom(type: FieldType, a: string, b: string, tokensA: readonly string[], tokensB: readonly string[]): number {
  switch (type) {
    case 'name':
      return compareNameLevel(a, b);
    case 'email':
      return compareEmailLevel([a], [b]);
    case 'phone':
      return comparePhoneLevel(a, b);
    case 'address':
      return compareAddressLevel(tokensA, tokensB);
    case 'postcode':
      return comparePostcodeLevel(a, b);
    case 'date':
      return compareDateLevel(a, b);
    case 'id':
      return compareIdLevel(a, b);
    case 'url':
      return a === b ? 1 : 0;
    default:
      return compareTextLevel(a, b, tokensA, tokensB);
  }
}

/**
 * Comparer over two feature tables (the same table for batch dedup; the index and one new record
 * for incremental resolution). Fields absent from every record of `left` are left out; fields are
 * added while the pattern code stays an exact integer (< 2^52).
 */
export function createRecordComparer(left: RecordFeatures, right: RecordFeatures = left, options: CompareOptions = {}): RecordComparer {
  const sharedLimit = options.sharedPhoneLimit ?? 3;
  const phoneCounts = new Map<string, number>();
  for (const phones of left.phones) for (const phone of phones) phoneCounts.set(phone, (phoneCounts.get(phone) ?? 0) + 1);
  const sharedPhones = new Set<string>();
  for (const [phone, count] of phoneCounts) if (count > sharedLimit) sharedPhones.add(phone);

  const columns: Record<Builtin, readonly (string | readonly string[])[]> = {
    firstName: left.first,
    lastName: left.last,
    email: left.emails,
    phone: left.phones,
    linkedin: left.linkedin,
    company: left.company,
    city: left.city,
    postcode: left.postcode,
    region: left.region,
    street: left.street,
    birthDate: left.birthDate,
  };
  const fields: ComparedField[] = [];
  const multipliers: number[] = [];
  const slots: Record<string, number> = {};
  let product = 1;
  const tryAdd = (name: string, levels: number): boolean => {
    if (product * (levels + 1) >= 2 ** 52) return false;
    slots[name] = fields.length;
    fields.push({ name, levels });
    multipliers.push(product);
    product *= levels + 1;
    return true;
  };
  for (const name of Object.keys(builtinLevels) as Builtin[]) if (hasAny(columns[name])) tryAdd(name, builtinLevels[name]);
  const customSlots: { slot: number; column: number }[] = [];
  left.custom.forEach((column, index) => {
    const partner = right.custom[index];
    if (partner?.key !== column.key || !hasAny(column.values)) return;
    if (tryAdd(`custom.${column.key}`, levelCounts[column.type])) customSlots.push({ slot: fields.length - 1, column: index });
  });
  const slot = (name: Builtin): number => slots[name] ?? -1;
  const [sFirst, sLast, sEmail, sPhone, sLinkedin, sCompany, sCity, sPostcode, sRegion, sStreet, sBirth] = (
    ['firstName', 'lastName', 'email', 'phone', 'linkedin', 'company', 'city', 'postcode', 'region', 'street', 'birthDate'] as const
  ).map(slot);

  // names, companies and cities as interned ids (one vocabulary, so a first name can meet a last
  // name when names are swapped); the right table is interned on demand when it is another table
  const interner = createStringInterner();
  const leftFirst = interner.ids(left.first);
  const leftLast = interner.ids(left.last);
  const leftCompany = interner.ids(left.company);
  const leftCity = interner.ids(left.city);
  const same = right === left;
  // records appended to `left` after construction (an index's `add`) are interned on demand too
  const leftId = (ids: Int32Array, values: readonly string[], index: number): number =>
    index < ids.length ? (ids[index] ?? 0) : interner.id(values[index] ?? '');
  const rightId = (ids: Int32Array, values: readonly string[], index: number): number =>
    same ? leftId(ids, values, index) : interner.id(values[index] ?? '');
  const cache = createLevelCache();
  const nameLevel = (idA: number, idB: number, a: string, b: string, given: boolean): number => {
    if (idA === idB) return 3;
    const kind = given ? 0 : 1;
    let level = cache.get(kind, idA, idB);
    if (level < 0) {
      level = compareNameLevel(a, b, given);
      cache.set(kind, idA, idB, level);
    }
    return level;
  };
  /** 1 when two different companies (kind 2) or cities (kind 3) are spelled alike. */
  const similarLevel = (kind: 2 | 3, idA: number, idB: number, a: string, b: string): number => {
    let level = cache.get(kind, idA, idB);
    if (level < 0) {
      const plausible = kind === 3 || (a.charCodeAt(0) === b.charCodeAt(0) && Math.abs(a.length - b.length) <= 4);
      level = plausible && jaroWinkler(a, b) >= 0.9 ? 1 : 0;
      cache.set(kind, idA, idB, level);
    }
    return level;
  };

  const set = (levels: Int8Array, index: number | undefined, level: number): void => {
    if (index !== undefined && index >= 0) levels[index] = level;
  };

  function compare(a: number, b: number, levels: Int8Array): number {
    levels.fill(-1);
    let flags = 0;
    const firstA = left.first[a] ?? '';
    const firstB = right.first[b] ?? '';
    const lastA = left.last[a] ?? '';
    const lastB = right.last[b] ?? '';
    const firstIdA = leftId(leftFirst, left.first, a);
    const lastIdA = leftId(leftLast, left.last, a);
    const firstIdB = rightId(leftFirst, right.first, b);
    const lastIdB = rightId(leftLast, right.last, b);
    let firstLevel = firstA !== '' && firstB !== '' ? nameLevel(firstIdA, firstIdB, firstA, firstB, true) : -1;
    let lastLevel = lastA !== '' && lastB !== '' ? nameLevel(lastIdA, lastIdB, lastA, lastB, false) : -1;
    if (firstA !== '' && lastA !== '' && firstB !== '' && lastB !== '' && firstLevel + lastLevel < 5) {
      const swappedFirst = nameLevel(firstIdA, lastIdB, firstA, lastB, false);
      const swappedLast = nameLevel(lastIdA, firstIdB, lastA, firstB, false);
      if (swappedFirst + swappedLast > firstLevel + lastLevel && swappedFirst >= 2 && swappedLast >= 2) {
        firstLevel = swappedFirst;
        lastLevel = swappedLast;
      }
    }
    set(levels, sFirst, firstLevel);
    set(levels, sLast, lastLevel);
    const namesDisagree = firstLevel === 0 || lastLevel === 0;

    const emailsA = left.emails[a] ?? [];
    const emailsB = right.emails[b] ?? [];
    if (emailsA.length > 0 && emailsB.length > 0) {
      // the same local part at two domains (jan.novak@ at work and at gmail) says no more than the
      // names already do, and would count the names twice
      const level = compareEmailLevel(emailsA, emailsB, false);
      set(levels, sEmail, level);
      // a shared address is an exact key only when the names do not disagree (couples share
      // free-mail mailboxes; generators recycle jevans@ for Joshua and John Evans)
      if (level === 2 && firstLevel !== 0) flags |= exactEmail;
      const domain = left.workDomain[a] ?? '';
      // two different addresses at one company domain belong to two people unless the names are
      // identical (a second alias of the same person); Andrea/Andreas, Lena/Lea are colleagues
      if (level < 2 && domain !== '' && domain === right.workDomain[b] && (firstLevel < 3 || lastLevel < 3)) flags |= conflict;
    }
    const phonesA = left.phones[a] ?? [];
    const phonesB = right.phones[b] ?? [];
    if (phonesA.length > 0 && phonesB.length > 0) {
      let level = 0;
      for (const x of phonesA) {
        for (const y of phonesB) {
          let current = comparePhoneLevel(x, y);
          if (current === 2 && sharedPhones.has(x)) current = 1;
          else if (current === 2 && lastLevel >= 2 && firstLevel !== 0) flags |= exactPhone;
          if (current > level) level = current;
        }
      }
      set(levels, sPhone, level);
    }
    const linkedinA = left.linkedin[a] ?? '';
    const linkedinB = right.linkedin[b] ?? '';
    if (linkedinA !== '' && linkedinB !== '') {
      const equal = linkedinA === linkedinB;
      set(levels, sLinkedin, equal ? 1 : 0);
      flags |= equal ? exactLinkedin : conflict;
    }
    const companyA = left.company[a] ?? '';
    const companyB = right.company[b] ?? '';
    const domainA = left.domain[a] ?? '';
    const domainB = right.domain[b] ?? '';
    if ((companyA !== '' && companyB !== '') || (domainA !== '' && domainB !== '')) {
      let level = 0;
      const companyIdA = leftId(leftCompany, left.company, a);
      const companyIdB = rightId(leftCompany, right.company, b);
      if ((companyA !== '' && companyIdA === companyIdB) || (domainA !== '' && domainA === domainB)) level = 2;
      else if (companyA !== '' && companyB !== '') level = similarLevel(2, companyIdA, companyIdB, companyA, companyB);
      set(levels, sCompany, level);
    }
    const cityA = left.city[a] ?? '';
    const cityB = right.city[b] ?? '';
    if (cityA !== '' && cityB !== '') {
      const cityIdA = leftId(leftCity, left.city, a);
      const cityIdB = rightId(leftCity, right.city, b);
      set(levels, sCity, cityIdA === cityIdB ? 2 : similarLevel(3, cityIdA, cityIdB, cityA, cityB));
    }
    const postcodeA = left.postcode[a] ?? '';
    const postcodeB = right.postcode[b] ?? '';
    if (postcodeA !== '' && postcodeB !== '') set(levels, sPostcode, comparePostcodeLevel(postcodeA, postcodeB));
    const regionA = left.region[a] ?? '';
    const regionB = right.region[b] ?? '';
    if (regionA !== '' && regionB !== '') set(levels, sRegion, regionA === regionB ? 1 : 0);
    const streetA = left.street[a] ?? [];
    const streetB = right.street[b] ?? [];
    if (streetA.length > 0 && streetB.length > 0) set(levels, sStreet, compareAddressLevel(streetA, streetB));
    const birthA = left.birthDate[a] ?? '';
    const birthB = right.birthDate[b] ?? '';
    if (birthA !== '' && birthB !== '') set(levels, sBirth, compareDateLevel(birthA, birthB));
    for (const { slot: target, column } of customSlots) {
      const feature = left.custom[column];
      const other = right.custom[column];
      if (feature === undefined || other === undefined) continue;
      const valueA = feature.values[a] ?? '';
      const valueB = other.values[b] ?? '';
      if (valueA === '' || valueB === '') continue;
      const level = compareCustom(feature.type, valueA, valueB, feature.tokens[a] ?? [], other.tokens[b] ?? []);
      levels[target] = level;
      const type = feature.type;
      if (valueA === valueB && (type === 'id' || type === 'email' || type === 'phone') && valueA.length >= 5) flags |= exactCustomId;
    }
    if (firstLevel === 1 || lastLevel === 1) flags |= weakNames;
    if (namesDisagree && (flags & (exactLinkedin | exactCustomId | exactEmail)) === 0) flags |= conflict;
    return flags;
  }

  function patternCode(levels: Int8Array): number {
    let code = 0;
    for (let f = 0; f < levels.length; f++) code += ((levels[f] ?? -1) + 1) * (multipliers[f] ?? 0);
    return code;
  }

  return { fields, multipliers, compare, patternCode };
}

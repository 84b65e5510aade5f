/**
 * Compares two records field by field into comparison levels (-1 = missing on either side), and
 * flags exact keys and hard conflicts. Built once per feature table; the returned `compare` writes
 * into a caller-owned Int8Array, so scoring millions of pairs allocates nothing per pair.
 */
import { addressVouchesForName, nicknameMailbox, spellsOtherName } from './address-names.js';
import { bitCount, emailShape } from './email-shape.js';
import {
  compareAddressLevel,
  compareCompanyLevel,
  compareCustomLevel,
  compareDateLevel,
  compareEmailLevel,
  compareNameLevel,
  comparePhoneLevel,
  comparePostcodeLevel,
  levelCounts,
} from './field-comparators.js';
import { countIds, countOf, createLevelCache, createStringInterner } from './interned-similarity.js';
import { jaroWinkler } from './jaro-winkler.js';
import { createOrganisationIds } from './organisation-letters.js';
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
 * (a shared address with different first names is a shared mailbox, so it does not count); or two
 * records of an organisation (no person name) at clearly different streets, without such an
 * identifier. Co-workers and relatives share surnames, companies, cities,
 * phones and mailboxes, and those fields are not independent of each other, so no sum of their
 * weights may outvote a different name.
 */
export const conflict = 8;

/** The first or last names (present on both sides) agree only weakly (level 1): alone they do not tell two relatives or co-workers apart. */
export const weakNames = 16;
/** The pair shares the exact value of a custom identifier, email or phone column (an SSN, a CRM id). */
export const exactCustomId = 32;
/**
 * One record has no name at all in a list of named people: a birth date or a city alone cannot say
 * whose record it is, so only an exact identifier may merge it.
 */
export const nameless = 64;

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
  /**
   * Expected number of records in the left table that would share the first and the last name of
   * records `a` and `b` by chance: table size × share of the commoner first name × share of the
   * commoner last name. Far below 1 for a rare full name, far above for "John Smith" in a big list.
   */
  namesakes(a: number, b: number): number;
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

const noValues: readonly string[] = [];

/**
 * Email prefilter bounds: two single addresses whose lengths differ by more, or whose character
 * masks differ in more bits, are taken as different without being read. A typo moves the length
 * by one and the mask by two bits; three or four garbled characters (the most Jaro-Winkler >= 0.9
 * allows in an address of ~25 characters) stay within these bounds.
 */
const maxAddressLengthGap = 3;
const maxAddressMaskGap = 6;

function hasAny(values: readonly (string | readonly string[])[]): boolean {
  for (const value of values) if (value.length > 0) return true;
  return false;
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

  const named = (sFirst ?? -1) >= 0 || (sLast ?? -1) >= 0;
  // names, companies and cities as interned ids (one vocabulary, so a first name can meet a last
  // name when names are swapped); the right table is interned on demand when it is another table
  const interner = createStringInterner();
  const leftFirst = interner.ids(left.first);
  const leftLast = interner.ids(left.last);
  const leftCompany = interner.ids(left.company);
  const leftCity = interner.ids(left.city);
  // first-name initials as one small array: checked before any address of the pair is read
  const leftInitials = new Uint16Array(left.size);
  for (let i = 0; i < left.size; i++) leftInitials[i] = (left.first[i] ?? '').charCodeAt(0) || 0;
  const initialOf = (table: RecordFeatures, index: number, indexed: boolean): number =>
    indexed && index < leftInitials.length ? (leftInitials[index] ?? 0) : (table.first[index] ?? '').charCodeAt(0) || 0;
  const firstCounts = countIds(leftFirst);
  const lastCounts = countIds(leftLast);
  // equality-first fields as ids too: equal values never read the other record's string
  const leftPostcode = interner.ids(left.postcode);
  const leftRegion = interner.ids(left.region);
  const leftBirth = interner.ids(left.birthDate);
  const same = right === left;
  // one address each (the common case) whose lengths differ by more than `maxAddressLengthGap` or
  // whose character masks differ in more than `maxAddressMaskGap` bits are neither equal, nor one
  // edit apart (an edit changes at most two bits), nor garbled alike: level 0 without reading
  // either address
  const emailLengths = new Int32Array(left.size);
  const emailMasks = new Int32Array(left.size);
  for (let i = 0; i < left.size; i++) emailLengths[i] = emailShape(left.emails[i] ?? noValues, emailMasks, i);
  const scratchMasks = new Int32Array(2);
  // records appended to `left` after construction (an index's `add`) are interned on demand too
  const leftId = (ids: Int32Array, values: readonly string[], index: number): number =>
    index < ids.length ? (ids[index] ?? 0) : interner.id(values[index] ?? '');
  const rightId = (ids: Int32Array, values: readonly string[], index: number): number =>
    same ? leftId(ids, values, index) : interner.id(values[index] ?? '');
  /** Id of an equality-first value: interned for the left table only; 1 for any other non-empty value (compared as strings). */
  const plainId = (ids: Int32Array, values: readonly string[], index: number, isLeft: boolean): number =>
    isLeft || same ? leftId(ids, values, index) : (values[index] ?? '') === '' ? 0 : 1;
  // a bigger cache for big files: more distinct name pairs, and a miss costs a Jaro-Winkler
  const cache = createLevelCache(left.size > 300_000 ? 22 : 20);
  // strings are read only on a cache miss: most pairs compare ids already compared, and leaving
  // the other record's strings untouched saves a cache miss per field at a million records
  const nameLevel = (idA: number, idB: number, valuesA: readonly string[], a: number, valuesB: readonly string[], b: number, given: boolean): number => {
    if (idA === idB) return 3;
    const kind = given ? 0 : 1;
    let level = cache.get(kind, idA, idB);
    if (level < 0) {
      level = compareNameLevel(valuesA[a] ?? '', valuesB[b] ?? '', given);
      cache.set(kind, idA, idB, level);
    }
    return level;
  };
  /** 1 when two different companies (kind 2) or cities (kind 3) are spelled alike. */
  const similarLevel = (kind: 2 | 3, idA: number, idB: number, valuesA: readonly string[], indexA: number, valuesB: readonly string[], indexB: number): number => {
    let level = cache.get(kind, idA, idB);
    if (level < 0) {
      const a = valuesA[indexA] ?? '';
      const b = valuesB[indexB] ?? '';
      level = kind === 2 ? compareCompanyLevel(a, b) : jaroWinkler(a, b) >= 0.9 ? 1 : 0;
      cache.set(kind, idA, idB, level);
    }
    return level;
  };

  // company names and domains spelled alike (organisation-letters.ts), as ids of one vocabulary
  const organisations = createOrganisationIds();
  const leftCompanyOrg = Int32Array.from(left.company, organisations.companyId);
  const leftDomainOrg = Int32Array.from(left.domain, organisations.domainId);
  const organisationOf = (ids: Int32Array, values: readonly string[], index: number, isLeft: boolean, spell: (value: string) => number): number =>
    (isLeft || same) && index < ids.length ? (ids[index] ?? 0) : spell(values[index] ?? '');
  /** True when the company of one record is spelled like the domain of the other. */
  const sameOrganisation = (a: number, b: number): boolean => {
    const companyA = organisationOf(leftCompanyOrg, left.company, a, true, organisations.companyId);
    const domainB = organisationOf(leftDomainOrg, right.domain, b, false, organisations.domainId);
    if (companyA !== 0 && companyA === domainB) return true;
    const domainA = organisationOf(leftDomainOrg, left.domain, a, true, organisations.domainId);
    return domainA !== 0 && domainA === organisationOf(leftCompanyOrg, right.company, b, false, organisations.companyId);
  };

  const set = (levels: Int8Array, index: number | undefined, level: number): void => {
    if (index !== undefined && index >= 0) levels[index] = level;
  };

  function compare(a: number, b: number, levels: Int8Array): number {
    levels.fill(-1);
    let flags = 0;
    // id 0 is the empty string
    const firstIdA = leftId(leftFirst, left.first, a);
    const lastIdA = leftId(leftLast, left.last, a);
    const firstIdB = rightId(leftFirst, right.first, b);
    const lastIdB = rightId(leftLast, right.last, b);
    let firstLevel = firstIdA !== 0 && firstIdB !== 0 ? nameLevel(firstIdA, firstIdB, left.first, a, right.first, b, true) : -1;
    let lastLevel = lastIdA !== 0 && lastIdB !== 0 ? nameLevel(lastIdA, lastIdB, left.last, a, right.last, b, false) : -1;
    if (firstIdA !== 0 && lastIdA !== 0 && firstIdB !== 0 && lastIdB !== 0 && firstLevel + lastLevel < 5) {
      const swappedFirst = nameLevel(firstIdA, lastIdB, left.first, a, right.last, b, false);
      const swappedLast = nameLevel(lastIdA, firstIdB, left.last, a, right.first, b, false);
      // swapped names may carry a typo too (moore|osacar for oscar|moore): one side equal, the other alike
      if (swappedFirst + swappedLast > firstLevel + lastLevel && swappedFirst >= 1 && swappedLast >= 1 && swappedFirst + swappedLast >= 4) {
        firstLevel = swappedFirst;
        lastLevel = swappedLast;
      }
    }
    if (firstLevel < 2 && lastLevel < 2) {
      // a record with one name only may hold it in the other column (the surname typed as the
      // first name): its name is compared with the other record's other name too
      const crossFirst = firstIdA !== 0 && lastIdB !== 0 && (lastIdA === 0 || firstIdB === 0) ? nameLevel(firstIdA, lastIdB, left.first, a, right.last, b, false) : -1;
      const crossLast = lastIdA !== 0 && firstIdB !== 0 && (firstIdA === 0 || lastIdB === 0) ? nameLevel(lastIdA, firstIdB, left.last, a, right.first, b, false) : -1;
      if (crossFirst >= 2) {
        if (lastIdA === 0) firstLevel = crossFirst;
        else lastLevel = crossFirst;
      }
      if (crossLast >= 2) {
        if (firstIdA === 0) lastLevel = crossLast;
        else firstLevel = crossLast;
      }
    }
    if (firstLevel >= 0 && firstLevel <= 1 && lastLevel >= 2 && initialOf(left, a, true) === initialOf(right, b, same)) {
      // a first name garbled or shortened past recognition (ondra, jomatha) that the record's own
      // address or profile spells like the other record's (ondrej.horak@): a typo-level agreement
      const firstA = left.first[a] ?? '';
      const firstB = right.first[b] ?? '';
      if (spellsOtherName(left.emails[a] ?? noValues, left.linkedin[a] ?? '', firstA, firstB) || spellsOtherName(right.emails[b] ?? noValues, right.linkedin[b] ?? '', firstB, firstA)) firstLevel = 2;
    }
    set(levels, sFirst, firstLevel);
    set(levels, sLast, lastLevel);
    const namesDisagree = firstLevel === 0 || lastLevel === 0;

    // the other record's value is read only when this one has one: each read of record b is a
    // likely cache miss at a million records
    const builtA = a < emailLengths.length;
    const lengthA = builtA ? (emailLengths[a] ?? -1) : emailShape(left.emails[a] ?? noValues, scratchMasks, 0);
    const builtB = same && b < emailLengths.length;
    const lengthB = lengthA === -1 ? -1 : builtB ? (emailLengths[b] ?? -1) : emailShape(right.emails[b] ?? noValues, scratchMasks, 1);
    if (lengthA !== -1 && lengthB !== -1) {
      let level = 0;
      if (lengthA < 0 || lengthB < 0 || Math.abs(lengthA - lengthB) <= maxAddressLengthGap) {
        const maskA = builtA ? (emailMasks[a] ?? 0) : (scratchMasks[0] ?? 0);
        const maskB = builtB ? (emailMasks[b] ?? 0) : (scratchMasks[1] ?? 0);
        // the same local part at two domains (jan.novak@ at work and at gmail) says no more than the
        // names already do, and would count the names twice
        if (lengthA < 0 || lengthB < 0 || bitCount(maskA ^ maskB) <= maxAddressMaskGap) level = compareEmailLevel(left.emails[a] ?? noValues, right.emails[b] ?? noValues, false);
      }
      set(levels, sEmail, level);
      // a shared address is an exact key only when the names do not disagree (couples share
      // free-mail mailboxes; generators recycle jevans@ for Joshua and John Evans)
      if (level === 2 && (firstLevel !== 0 || nicknameMailbox(left.emails[a] ?? noValues, right.emails[b] ?? noValues, left.first[a] ?? '', right.first[b] ?? '', lastLevel))) flags |= exactEmail;
      const domain = left.workDomain[a] ?? '';
      // two different addresses at one company domain belong to two people when the names clearly
      // differ, or when each address vouches for its own record's spelling of a name part on which
      // they differ (andrea@ and andreas@: Andrea and Andreas are colleagues). A typo its own
      // address does not vouch for is a typo (revecca edwards at rebecca.edwards@, maarten jaansen
      // at maarten@ beside maarten.jansen@)
      if (level < 2 && domain !== '' && domain === right.workDomain[b] && (firstLevel < 3 || lastLevel < 3)) {
        const firstA = firstLevel < 3 ? (left.first[a] ?? '') : '';
        const firstB = firstLevel < 3 ? (right.first[b] ?? '') : '';
        const lastA = lastLevel < 3 ? (left.last[a] ?? '') : '';
        const lastB = lastLevel < 3 ? (right.last[b] ?? '') : '';
        const explained =
          firstLevel >= 2 && lastLevel >= 2 &&
          !(addressVouchesForName(left.emails[a] ?? noValues, domain, firstA, firstB, lastA, lastB) &&
            addressVouchesForName(right.emails[b] ?? noValues, domain, firstB, firstA, lastB, lastA));
        if (!explained) flags |= conflict;
      }
    }
    const phonesA = left.phones[a] ?? noValues;
    const phonesB = phonesA.length === 0 ? noValues : (right.phones[b] ?? noValues);
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
    const linkedinB = linkedinA === '' ? '' : (right.linkedin[b] ?? '');
    if (linkedinA !== '' && linkedinB !== '') {
      const equal = linkedinA === linkedinB;
      set(levels, sLinkedin, equal ? 1 : 0);
      flags |= equal ? exactLinkedin : conflict;
    }
    const companyIdA = leftId(leftCompany, left.company, a);
    const companyIdB = rightId(leftCompany, right.company, b);
    const domainA = left.domain[a] ?? '';
    const domainB = domainA === '' ? '' : (right.domain[b] ?? '');
    let companyLevel = -1;
    if ((companyIdA !== 0 && companyIdB !== 0) || (domainA !== '' && domainB !== '')) {
      companyLevel = 0;
      if ((companyIdA !== 0 && companyIdA === companyIdB) || (domainA !== '' && domainA === domainB)) companyLevel = 2;
      else if (companyIdA !== 0 && companyIdB !== 0) companyLevel = similarLevel(2, companyIdA, companyIdB, left.company, a, right.company, b);
    }
    // a company named on one record and its domain (email or website) on the other: agreement,
    // never disagreement (a company's name need not spell its domain: ibm.com)
    if (companyLevel < 2 && sameOrganisation(a, b)) companyLevel = 2;
    set(levels, sCompany, companyLevel);
    const cityIdA = leftId(leftCity, left.city, a);
    const cityIdB = rightId(leftCity, right.city, b);
    if (cityIdA !== 0 && cityIdB !== 0) {
      set(levels, sCity, cityIdA === cityIdB ? 2 : similarLevel(3, cityIdA, cityIdB, left.city, a, right.city, b));
    }
    // against another table (an index's query) ids of the right side are not interned: equal ids
    // are then never claimed and the strings decide
    const postcodeIdA = plainId(leftPostcode, left.postcode, a, true);
    const postcodeIdB = postcodeIdA === 0 ? 0 : plainId(leftPostcode, right.postcode, b, false);
    if (postcodeIdA !== 0 && postcodeIdB !== 0) {
      set(levels, sPostcode, same && postcodeIdA === postcodeIdB ? 2 : comparePostcodeLevel(left.postcode[a] ?? '', right.postcode[b] ?? ''));
    }
    const regionIdA = plainId(leftRegion, left.region, a, true);
    const regionIdB = regionIdA === 0 ? 0 : plainId(leftRegion, right.region, b, false);
    if (regionIdA !== 0 && regionIdB !== 0) {
      set(levels, sRegion, (same ? regionIdA === regionIdB : left.region[a] === right.region[b]) ? 1 : 0);
    }
    const streetA = left.street[a] ?? noValues;
    const streetB = streetA.length === 0 ? noValues : (right.street[b] ?? noValues);
    let sitesDiffer = false;
    if (streetA.length > 0 && streetB.length > 0) {
      const level = compareAddressLevel(streetA, streetB);
      set(levels, sStreet, level);
      // two records of an organisation (no person name on either) at clearly different streets are
      // two sites of it (a school's two campuses share a name, a phone and a postcode)
      sitesDiffer = level === 0 && firstIdA === 0 && lastIdA === 0 && firstIdB === 0 && lastIdB === 0;
    }
    const birthIdA = plainId(leftBirth, left.birthDate, a, true);
    const birthIdB = birthIdA === 0 ? 0 : plainId(leftBirth, right.birthDate, b, false);
    if (birthIdA !== 0 && birthIdB !== 0) {
      set(levels, sBirth, same && birthIdA === birthIdB ? 3 : compareDateLevel(left.birthDate[a] ?? '', right.birthDate[b] ?? ''));
    }
    for (const { slot: target, column } of customSlots) {
      const feature = left.custom[column];
      const other = right.custom[column];
      if (feature === undefined || other === undefined) continue;
      const valueA = feature.values[a] ?? '';
      const valueB = other.values[b] ?? '';
      if (valueA === '' || valueB === '') continue;
      const level = compareCustomLevel(feature.type, valueA, valueB, feature.tokens[a] ?? [], other.tokens[b] ?? []);
      levels[target] = level;
      const type = feature.type;
      if (valueA === valueB && (type === 'id' || type === 'email' || type === 'phone') && valueA.length >= 5) flags |= exactCustomId;
    }
    if (firstLevel === 1 || lastLevel === 1) flags |= weakNames;
    if (named && ((firstIdA === 0 && lastIdA === 0) || (firstIdB === 0 && lastIdB === 0))) flags |= nameless;
    if ((namesDisagree || sitesDiffer) && (flags & (exactLinkedin | exactCustomId | exactEmail)) === 0) flags |= conflict;
    return flags;
  }

  function namesakes(a: number, b: number): number {
    const size = Math.max(1, left.size);
    const first = Math.max(countOf(firstCounts, leftId(leftFirst, left.first, a)), countOf(firstCounts, rightId(leftFirst, right.first, b)));
    const last = Math.max(countOf(lastCounts, leftId(leftLast, left.last, a)), countOf(lastCounts, rightId(leftLast, right.last, b)));
    return (first / size) * (last / size) * size;
  }

  function patternCode(levels: Int8Array): number {
    let code = 0;
    for (let f = 0; f < levels.length; f++) code += ((levels[f] ?? -1) + 1) * (multipliers[f] ?? 0);
    return code;
  }

  return { fields, multipliers, compare, patternCode, namesakes };
}

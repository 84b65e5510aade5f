/**
 * Compares two records field by field into comparison levels (-1 = missing on either side), and
 * flags exact keys and hard conflicts. Built once per feature table; the returned `compare` writes
 * into a caller-owned Int8Array, so scoring millions of pairs allocates nothing per pair.
 */
import { addressVouchesForName, nicknameMailbox } from './address-names.js';
import { sharesShapedAddress } from './address-shape.js';
import { bitCount } from './email-shape.js';
import { compareAddressLevel, compareCityLevel, compareCompanyLevel, compareCustomLevel, compareDateLevel, compareEmailLevel, compareNameLevel, comparePhoneLevel, comparePostcodeLevel, houseNumberTypo, levelCounts, sameHouseNumber } from './field-comparators.js';
import { countIds, countOf, createLevelCache, createStringInterner, notCached } from './interned-similarity.js';
import { createOrganisationIds } from './organisation-letters.js';
import { phonesSharedBy } from './shared-phones.js';
import { shareAddressButSeparators } from './same-but-separators.js';
import { createRecordRows, rowBirth, rowCity, rowCompany, rowCompanyLetters, rowDomain, rowDomainLetters, rowEmailLength, rowEmailMask, rowFirst, rowInitial, rowLast, rowLinkedin, rowPhones, rowPostcode, rowRegion, rowWorkDomain, titleShift } from './record-rows.js';
import type { RecordFeatures } from './record-features.js';
import { createSpelledFirstNames } from './spelled-first-names.js';
import type { ComparedField, CompareOptions, RecordComparer } from './record-comparison.js';
import { conflict, exactCustomId, exactEmail, exactLinkedin, exactPhone, nameless, weakNames } from './record-comparison.js';

type Builtin = 'firstName' | 'lastName' | 'email' | 'phone' | 'linkedin' | 'company' | 'organisation' | 'city' | 'postcode' | 'region' | 'street' | 'birthDate' | 'title';

const builtinLevels: Record<Builtin, number> = {
  firstName: 4,
  lastName: 4,
  email: 3,
  phone: 3,
  linkedin: 2,
  company: 3,
  // a company named on one record, only a domain on the other: 1 when the name spells the domain
  organisation: 2,
  city: 3,
  postcode: 3,
  region: 2,
  street: 4,
  birthDate: 6,
  title: 3,
};

const noValues: readonly string[] = [];

/** Sum of the values `prefetch` last read. */
let prefetched = 0;

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
  const sharedPhones = phonesSharedBy(left.phones, options.sharedPhoneLimit ?? 3);

  const columns: Record<Builtin, readonly (string | readonly string[])[]> = {
    firstName: left.first,
    lastName: left.last,
    email: left.emails,
    phone: left.phones,
    linkedin: left.linkedin,
    company: left.company,
    // needs companies and domains both (checked below)
    organisation: hasAny(left.company) ? left.domain : [],
    city: left.city,
    postcode: left.postcode,
    region: left.region,
    street: left.street,
    birthDate: left.birthDate,
    title: left.title,
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
  const [sFirst, sLast, sEmail, sPhone, sLinkedin, sCompany, sOrganisation, sCity, sPostcode, sRegion, sStreet, sBirth, sTitle] = (
    ['firstName', 'lastName', 'email', 'phone', 'linkedin', 'company', 'organisation', 'city', 'postcode', 'region', 'street', 'birthDate', 'title'] as const
  ).map(slot);

  const named = (sFirst ?? -1) >= 0 || (sLast ?? -1) >= 0;
  const anyStreet = hasAny(left.street);
  // names, companies, cities and the other equality-first values as interned ids in one
  // vocabulary (so a first name can meet a last name when names are swapped), packed per record
  // (record-rows.ts); the right table, and records appended later, are packed on demand
  const interner = createStringInterner();
  const organisations = createOrganisationIds();
  const rows = createRecordRows(left, interner, organisations);
  const data = rows.data;
  /** Occurrences of each id in one column of the packed rows. */
  const countColumn = (column: number): Int32Array => {
    const ids = new Int32Array(rows.size);
    for (let i = 0; i < rows.size; i++) ids[i] = data[rows.offset(left, i, 0) + column] ?? 0;
    return countIds(ids);
  };
  const firstCounts = countColumn(rowFirst);
  const lastCounts = countColumn(rowLast);
  // a bigger cache for big files: more distinct name pairs, and a miss costs a Jaro-Winkler
  const cache = createLevelCache(left.size > 300_000 ? 22 : 20);
  // strings are read only on a cache miss: most pairs compare ids already compared, and leaving
  // the other record's strings untouched saves a cache miss per field at a million records
  const nameLevel = (idA: number, idB: number, valuesA: readonly string[], a: number, valuesB: readonly string[], b: number, given: boolean): number => {
    if (idA === idB) return 3;
    const kind = given ? 0 : 1;
    let level = cache.get(kind, idA, idB);
    if (level === notCached) {
      level = compareNameLevel(valuesA[a] ?? '', valuesB[b] ?? '', given);
      cache.set(kind, idA, idB, level);
    }
    return level;
  };
  /** 1 when two different companies (kind 2) or cities (kind 3) are spelled alike. */
  const similarLevel = (kind: 2 | 3, idA: number, idB: number, valuesA: readonly string[], indexA: number, valuesB: readonly string[], indexB: number): number => {
    let level = cache.get(kind, idA, idB);
    if (level === notCached) {
      const a = valuesA[indexA] ?? '';
      const b = valuesB[indexB] ?? '';
      level = kind === 2 ? compareCompanyLevel(a, b) : compareCityLevel(a, b);
      cache.set(kind, idA, idB, level);
    }
    return level;
  };

  const spelledFirstNames = createSpelledFirstNames(left, right, data, firstCounts.length);

  const set = (levels: Int8Array, index: number | undefined, level: number): void => {
    if (index !== undefined && index >= 0) levels[index] = level;
  };

  function compare(a: number, b: number, levels: Int8Array): number {
    levels.fill(-1);
    let flags = 0;
    // id 0 is the empty string
    const rowA = rows.offset(left, a, 0);
    const rowB = rows.offset(right, b, 1);
    const firstIdA = data[rowA + rowFirst] ?? 0;
    const lastIdA = data[rowA + rowLast] ?? 0;
    const firstIdB = data[rowB + rowFirst] ?? 0;
    const lastIdB = data[rowB + rowLast] ?? 0;
    let firstLevel = firstIdA !== 0 && firstIdB !== 0 ? nameLevel(firstIdA, firstIdB, left.first, a, right.first, b, true) : -1;
    let lastLevel = lastIdA !== 0 && lastIdB !== 0 ? nameLevel(lastIdA, lastIdB, left.last, a, right.last, b, false) : -1;
    if (firstIdA !== 0 && lastIdA !== 0 && firstIdB !== 0 && lastIdB !== 0 && firstLevel + lastLevel < 5) {
      const swappedFirst = nameLevel(firstIdA, lastIdB, left.first, a, right.last, b, false);
      // swapped names may carry a typo too (moore|osacar for oscar|moore); both must be alike, so the
      // second is compared only when the first is (saves most pairs a likely cache miss at 1M records)
      if (swappedFirst >= 1) {
        const swappedLast = nameLevel(lastIdA, firstIdB, left.last, a, right.first, b, false);
        if (swappedFirst + swappedLast > firstLevel + lastLevel && swappedLast >= 1 && swappedFirst + swappedLast >= 4) {
          firstLevel = swappedFirst;
          lastLevel = swappedLast;
        }
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
    // a first name garbled or shortened past recognition that the record's own address or profile
    // spells like the other record's: a typo-level agreement (spelled-first-names.ts)
    if (firstLevel >= 0 && firstLevel <= 1 && lastLevel >= 2 && spelledFirstNames(a, rowA, firstIdA, b, rowB, firstIdB)) firstLevel = 2;
    set(levels, sFirst, firstLevel);
    set(levels, sLast, lastLevel);
    const namesDisagree = firstLevel === 0 || lastLevel === 0;

    // the other record's value is read only when this one has one: each read of record b is a
    // likely cache miss at a million records
    const lengthA = data[rowA + rowEmailLength] ?? -1;
    const lengthB = lengthA === -1 ? -1 : (data[rowB + rowEmailLength] ?? -1);
    if (lengthA !== -1 && lengthB !== -1) {
      let level = 0;
      if (lengthA < 0 || lengthB < 0 || Math.abs(lengthA - lengthB) <= maxAddressLengthGap) {
        const maskA = data[rowA + rowEmailMask] ?? 0;
        const maskB = data[rowB + rowEmailMask] ?? 0;
        // the same local part at two domains (jan.novak@ at work and at gmail) says no more than the
        // names already do, and would count the names twice
        if (lengthA < 0 || lengthB < 0 || bitCount(maskA ^ maskB) <= maxAddressMaskGap) level = compareEmailLevel(left.emails[a] ?? noValues, right.emails[b] ?? noValues, false);
      }
      set(levels, sEmail, level);
      // a shared address is an exact key only when the names do not disagree (couples share
      // free-mail mailboxes; generators recycle jevans@ for Joshua and John Evans)
      // a garbled address (kept for partial agreement) is no key, even when both rows hold it
      if (
        level === 2 &&
        sharesShapedAddress(left.emails[a] ?? noValues, right.emails[b] ?? noValues) &&
        (firstLevel !== 0 || nicknameMailbox(left.emails[a] ?? noValues, right.emails[b] ?? noValues, left.first[a] ?? '', right.first[b] ?? '', lastLevel))
      ) {
        flags |= exactEmail;
      }
      const workDomain = data[rowA + rowWorkDomain] ?? 0;
      // two different addresses at one company domain belong to two people when the names clearly
      // differ, or when each address vouches for its own record's spelling of a name part on which
      // they differ (andrea@ and andreas@: Andrea and Andreas are colleagues). A typo its own
      // address does not vouch for is a typo (revecca edwards at rebecca.edwards@, maarten jaansen
      // at maarten@ beside maarten.jansen@). Two addresses equal but for a separator (rocio.martin@
      // and rocio_martin@) spell one name, so neither vouches against the other: one mailbox, as a shared one
      if (
        level < 2 &&
        workDomain !== 0 &&
        workDomain === data[rowB + rowWorkDomain] &&
        (firstLevel < 3 || lastLevel < 3) &&
        !shareAddressButSeparators(left.emails[a] ?? noValues, right.emails[b] ?? noValues)
      ) {
        const domain = left.workDomain[a] ?? '';
        const firstA = firstLevel < 3 ? (left.first[a] ?? '') : '';
        const firstB = firstLevel < 3 ? (right.first[b] ?? '') : '';
        const lastA = lastLevel < 3 ? (left.last[a] ?? '') : '';
        const lastB = lastLevel < 3 ? (right.last[b] ?? '') : '';
        // two addresses a typo apart on records whose names agree where both have one (the
        // first name exactly: andrea@ and andreas@ are Andrea and Andreas) are one address
        // mistyped, unless each address spells its own record's name (julien.lefevre@ on Julien
        // Lefèvre, julien.lefebvre@ on Julien Lefebvre: two colleagues)
        const mistyped = level === 1 && (firstLevel === 3 || firstLevel === -1) && (lastLevel >= 2 || lastLevel === -1) && firstLevel + lastLevel >= 1;
        const explained =
          (mistyped || (firstLevel >= 2 && lastLevel >= 2)) &&
          !(
            addressVouchesForName(left.emails[a] ?? noValues, domain, firstA, firstB, lastA, lastB) &&
            addressVouchesForName(right.emails[b] ?? noValues, domain, firstB, firstA, lastB, lastA)
          );
        if (!explained) flags |= conflict;
      }
    }
    /** True when the two records share a phone number (however many other records share it). */
    let samePhone = false;
    if (((data[rowA + rowPhones] ?? 0) & 255) !== 0 && ((data[rowB + rowPhones] ?? 0) & 255) !== 0) {
      const phonesA = left.phones[a] ?? noValues;
      const phonesB = right.phones[b] ?? noValues;
      let level = 0;
      for (const x of phonesA) {
        for (const y of phonesB) {
          let current = comparePhoneLevel(x, y);
          if (current === 2) samePhone = true;
          if (current === 2 && sharedPhones.has(x)) current = 1;
          else if (current === 2 && lastLevel >= 2 && firstLevel !== 0) flags |= exactPhone;
          if (current > level) level = current;
        }
      }
      set(levels, sPhone, level);
    }
    const slugA = data[rowA + rowLinkedin] ?? 0;
    const slugB = slugA === 0 ? 0 : (data[rowB + rowLinkedin] ?? 0);
    if (slugA !== 0 && slugB !== 0) {
      const equal = slugA === slugB && left.linkedin[a] === right.linkedin[b];
      set(levels, sLinkedin, equal ? 1 : 0);
      flags |= equal ? exactLinkedin : conflict;
    }
    const companyIdA = data[rowA + rowCompany] ?? 0;
    const companyIdB = data[rowB + rowCompany] ?? 0;
    const domainA = data[rowA + rowDomain] ?? 0;
    const domainB = data[rowB + rowDomain] ?? 0;
    let companyLevel = -1;
    if ((companyIdA !== 0 && companyIdB !== 0) || (domainA !== 0 && domainB !== 0)) {
      companyLevel = 0;
      if ((companyIdA !== 0 && companyIdA === companyIdB) || (domainA !== 0 && domainA === domainB)) companyLevel = 2;
      // two names with different initials are not spelled alike (compareCompanyLevel): known
      // without the cache or either string
      else if (companyIdA !== 0 && companyIdB !== 0 && (data[rowA + rowInitial] ?? 0) >>> 16 === (data[rowB + rowInitial] ?? 0) >>> 16) {
        companyLevel = similarLevel(2, companyIdA, companyIdB, left.company, a, right.company, b);
      }
    }
    // a company named on one record and its domain (email or website) on the other: agreement,
    // never disagreement (a company's name need not spell its domain: ibm.com)
    const lettersA = data[rowA + rowCompanyLetters] ?? 0;
    const domainLettersA = data[rowA + rowDomainLetters] ?? 0;
    const lettersB = data[rowB + rowCompanyLetters] ?? 0;
    const domainLettersB = data[rowB + rowDomainLetters] ?? 0;
    const spelledAlike = (lettersA !== 0 && lettersA === domainLettersB) || (domainLettersA !== 0 && domainLettersA === lettersB);
    if (companyLevel >= 0 && companyLevel < 2 && spelledAlike) companyLevel = 2;
    set(levels, sCompany, companyLevel);
    // a company named on one side only and a domain on the other only: how often a name fails to
    // spell the domain of the same person's employer is learned like any level (companies whose
    // names do not spell their domains, Deutsche Telekom at telekom.de, make it common and so weak)
    if (companyLevel < 0 && ((lettersA !== 0 && domainLettersB !== 0) || (domainLettersA !== 0 && lettersB !== 0))) set(levels, sOrganisation, spelledAlike ? 1 : 0);
    const cityIdA = data[rowA + rowCity] ?? 0;
    const cityIdB = data[rowB + rowCity] ?? 0;
    if (cityIdA !== 0 && cityIdB !== 0) set(levels, sCity, cityIdA === cityIdB ? 2 : similarLevel(3, cityIdA, cityIdB, left.city, a, right.city, b));
    const titleIdA = (data[rowA + rowPhones] ?? 0) >>> titleShift;
    const titleIdB = titleIdA === 0 ? 0 : (data[rowB + rowPhones] ?? 0) >>> titleShift;
    // two titles of one seniority and function (`titleBand`, in the low half of the initials word) agree weakly
    const bandA = (data[rowA + rowInitial] ?? 0) & 0xffff;
    if (titleIdA !== 0 && titleIdB !== 0) set(levels, sTitle, titleIdA === titleIdB ? 2 : bandA !== 0 && bandA === ((data[rowB + rowInitial] ?? 0) & 0xffff) ? 1 : 0);
    const postcodeIdA = data[rowA + rowPostcode] ?? 0;
    const postcodeIdB = postcodeIdA === 0 ? 0 : (data[rowB + rowPostcode] ?? 0);
    if (postcodeIdA !== 0 && postcodeIdB !== 0) set(levels, sPostcode, postcodeIdA === postcodeIdB ? 2 : comparePostcodeLevel(left.postcode[a] ?? '', right.postcode[b] ?? ''));
    const regionIdA = data[rowA + rowRegion] ?? 0;
    const regionIdB = regionIdA === 0 ? 0 : (data[rowB + rowRegion] ?? 0);
    if (regionIdA !== 0 && regionIdB !== 0) set(levels, sRegion, regionIdA === regionIdB ? 1 : 0);
    // a list without street addresses (most) reads no record's street list, each a likely cache
    // miss; records appended after construction (an index's `add`) may bring the first
    const streetA = anyStreet || a >= rows.size ? (left.street[a] ?? noValues) : noValues;
    const streetB = streetA.length === 0 ? noValues : (right.street[b] ?? noValues);
    let sitesDiffer = false;
    if (streetA.length > 0 && streetB.length > 0) {
      const level = compareAddressLevel(streetA, streetB);
      set(levels, sStreet, level);
      // two records of an organisation (no person name on either) at clearly different streets are
      // two sites of it (a school's two campuses share a name, a phone and a postcode); one house
      // number on two streets with one phone is one site with a street mistyped (`2905 n leavitt`
      // and `2905 n clybourn`, both 348-5528), and so is one street with one phone and house
      // numbers a typo apart (`6940 s merrill` and `6941 s merrill`, both 535-0600)
      sitesDiffer =
        level === 0 && firstIdA === 0 && lastIdA === 0 && firstIdB === 0 && lastIdB === 0 && !(samePhone && (sameHouseNumber(streetA, streetB) || houseNumberTypo(streetA, streetB)));
    }
    const birthIdA = data[rowA + rowBirth] ?? 0;
    const birthIdB = birthIdA === 0 ? 0 : (data[rowB + rowBirth] ?? 0);
    if (birthIdA !== 0 && birthIdB !== 0) {
      set(levels, sBirth, birthIdA === birthIdB ? 5 : compareDateLevel(left.birthDate[a] ?? '', right.birthDate[b] ?? ''));
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
    // two records with no person name that share a role address (info@, sales@) are one contact that
    // is only a shared inbox, unless their companies differ or they are two sites (both kept on
    // records with no name only: `RecordFeatures.inboxes`)
    if (firstIdA === 0 && lastIdA === 0 && firstIdB === 0 && lastIdB === 0 && companyLevel !== 0 && !sitesDiffer && sharesShapedAddress(left.inboxes[a] ?? noValues, right.inboxes[b] ?? noValues)) {
      flags |= exactEmail;
    }
    if (firstLevel === 1 || lastLevel === 1) flags |= weakNames;
    if (named && ((firstIdA === 0 && lastIdA === 0) || (firstIdB === 0 && lastIdB === 0))) flags |= nameless;
    if ((namesDisagree || sitesDiffer) && (flags & (exactLinkedin | exactCustomId | exactEmail)) === 0) flags |= conflict;
    return flags;
  }

  function namesakes(a: number, b: number): number {
    const size = Math.max(1, left.size);
    const rowA = rows.offset(left, a, 0);
    const rowB = rows.offset(right, b, 1);
    const firstA = data[rowA + rowFirst] ?? 0;
    const firstB = data[rowB + rowFirst] ?? 0;
    const lastA = data[rowA + rowLast] ?? 0;
    const lastB = data[rowB + rowLast] ?? 0;
    // a name missing on either side narrows nothing down: every record shares it
    const first = firstA === 0 || firstB === 0 ? size : Math.max(countOf(firstCounts, firstA), countOf(firstCounts, firstB));
    const last = lastA === 0 || lastB === 0 ? size : Math.max(countOf(lastCounts, lastA), countOf(lastCounts, lastB));
    return (first / size) * (last / size) * size;
  }

  function patternCode(levels: Int8Array): number {
    let code = 0;
    for (let f = 0; f < levels.length; f++) code += ((levels[f] ?? -1) + 1) * (multipliers[f] ?? 0);
    return code;
  }

  function prefetch(rights: Uint32Array, from: number, to: number): void {
    let sum = 0;
    for (let k = from; k < to; k++) {
      const b = rights[k] ?? 0;
      const at = rows.offset(right, b, 1);
      // a row's first and last words: 64 bytes not aligned to a cache line span two lines
      sum += (data[at] ?? 0) + (data[at + rowPhones] ?? 0) + (right.phones[b]?.length ?? 0) + (right.emails[b]?.length ?? 0);
    }
    // kept where the optimizer cannot drop the loads
    prefetched = sum;
  }

  return { fields, multipliers, compare, patternCode, namesakes, prefetch };
}

/**
 * Each record's equality-first values (interned ids of names, company, city, postcode, region,
 * birth date, domains, LinkedIn slug, job title) and its email shape packed into one row of 16
 * integers (64 bytes), record after record. Comparing a pair reads one row per record: at a million records
 * each read of the other record is a likely cache miss, and one row costs one miss where a column
 * per value cost one each.
 */
import { emailShape } from './email-shape.js';
import type { StringInterner } from './interned-similarity.js';
import { fnvOffset, mixText } from './key-hash.js';
import type { OrganisationIds } from './organisation-letters.js';
import { type RecordFeatures, touchAhead, touchRecords } from './record-features.js';
import { titleBand } from './title-key.js';

/** Positions of the values in a row. */
export const rowFirst = 0;
export const rowLast = 1;
export const rowCompany = 2;
export const rowCity = 3;
export const rowPostcode = 4;
export const rowRegion = 5;
export const rowBirth = 6;
/** Length of the record's only address, -1 with none, -2 with several (`emailShape`). */
export const rowEmailLength = 7;
/** Character mask of the record's only address. */
export const rowEmailMask = 8;
/** The job title's `titleBand` (0 when none) in the low 16 bits; the first character code of the company name in the high 16. */
export const rowInitial = 9;
/** The company spelled as `organisation-letters.ts` does. */
export const rowCompanyLetters = 10;
/** The domain spelled as `organisation-letters.ts` does. */
export const rowDomainLetters = 11;
export const rowWorkDomain = 12;
export const rowDomain = 13;
/** A hash of the LinkedIn slug (0 when none): slugs are unique per person, so they are hashed, not interned; equal hashes are confirmed on the strings. */
export const rowLinkedin = 14;
/**
 * Number of phones in the low 8 bits; bit 8 (`ownNameSpelled`) set when every address and the
 * LinkedIn slug of the record hold its own first name (vacuously with none): such a record's
 * address cannot spell another first name instead of its own. The bits above (`titleShift`) hold
 * the interned id of the job title key (0 when none, or when the id does not fit: past 2^22 distinct values).
 */
export const rowPhones = 15;
export const ownNameSpelled = 256;
export const titleShift = 9;
const maxTitleId = 2 ** 22;
const rowStride = 16;

/** Packed rows of one feature table, plus two scratch rows for records packed on demand. */
export interface RecordRows {
  /** All rows; a record's values start at the offset `offset` returns. */
  readonly data: Int32Array;
  /**
   * Offset of record `index` of `table`. Records of the table the rows were built for are packed
   * once; records of another table (an index's query) and records appended after construction
   * (an index's `add`) are packed on each call into scratch row `scratch` (0 or 1).
   */
  offset(table: RecordFeatures, index: number, scratch: 0 | 1): number;
  /** Number of records packed at construction. */
  readonly size: number;
}

/** Packs the rows of `table`, interning its values with `interner` and `organisations`. */
export function createRecordRows(table: RecordFeatures, interner: StringInterner, organisations: OrganisationIds): RecordRows {
  const size = table.size;
  const data = new Int32Array((size + 2) * rowStride);
  const mask = new Int32Array(1);
  const pack = (source: RecordFeatures, index: number, at: number): void => {
    const first = source.first[index] ?? '';
    data[at + rowFirst] = interner.id(first);
    data[at + rowLast] = interner.id(source.last[index] ?? '');
    data[at + rowCompany] = interner.id(source.company[index] ?? '');
    data[at + rowCity] = interner.id(source.city[index] ?? '');
    data[at + rowPostcode] = interner.id(source.postcode[index] ?? '');
    data[at + rowRegion] = interner.id(source.region[index] ?? '');
    data[at + rowBirth] = interner.id(source.birthDate[index] ?? '');
    mask[0] = 0;
    data[at + rowEmailLength] = emailShape(source.emails[index] ?? [], mask, 0);
    data[at + rowEmailMask] = mask[0] ?? 0;
    data[at + rowInitial] = Math.min(0xffff, titleBand(source.title[index] ?? '')) | (((source.company[index] ?? '').charCodeAt(0) || 0) << 16);
    data[at + rowCompanyLetters] = organisations.companyId(source.company[index] ?? '');
    data[at + rowDomainLetters] = organisations.domainId(source.domain[index] ?? '');
    data[at + rowWorkDomain] = interner.id(source.workDomain[index] ?? '');
    data[at + rowDomain] = interner.id(source.domain[index] ?? '');
    const slug = source.linkedin[index] ?? '';
    data[at + rowLinkedin] = slug === '' ? 0 : mixText(fnvOffset, slug) | 1;
    const title = interner.id(source.title[index] ?? '');
    data[at + rowPhones] =
      Math.min(255, (source.phones[index] ?? []).length) | (spellsOwnName(source.emails[index] ?? [], slug, first) ? ownNameSpelled : 0) | ((title < maxTitleId ? title : 0) << titleShift);
  };
  for (let index = 0; index < size; index++) {
    if (index % touchAhead === 0) touchRecords(table, index + touchAhead, index + 2 * touchAhead);
    pack(table, index, index * rowStride);
  }
  return {
    data,
    size,
    offset(source, index, scratch) {
      if (source === table && index < size) return index * rowStride;
      const at = (size + scratch) * rowStride;
      pack(source, index, at);
      return at;
    },
  };
}

/** True when every address (local part) and the slug hold `first` (vacuously with none). */
function spellsOwnName(emails: readonly string[], slug: string, first: string): boolean {
  for (const email of emails) {
    const at = email.indexOf(first);
    if (first === '' || at < 0 || at + first.length > email.indexOf('@')) return false;
  }
  return slug === '' || (first !== '' && slug.includes(first));
}

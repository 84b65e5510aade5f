/**
 * What comparing two records says: the exact-key and conflict flags a comparison returns, and the
 * shape of a record comparer (compare-records.ts builds one; dedup, the index and the
 * Fellegi-Sunter model read it).
 */
/**
 * The pair shares a valid non-role email address and the first names do not clearly differ
 * (couples share mailboxes); or, on two records with no person name, a role address (info@): a
 * contact that is only a shared inbox.
 */
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
 * whose record it is, so only an exact identifier, or other fields that single it out among the
 * whole list, may merge it.
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
  /**
   * Loads the packed rows and value lists of records `rights[from..to)` of the right table without
   * comparing them. At a million records each is a cache miss that `compare` waits for in turn;
   * touched together in one short loop, the processor fetches them in parallel.
   */
  prefetch(rights: Uint32Array, from: number, to: number): void;
}

/** Comparer settings. */
export interface CompareOptions {
  /** A phone on more records than this is treated as shared (a switchboard): agreement on it is weak and never an exact key. Default 3. */
  sharedPhoneLimit?: number;
}

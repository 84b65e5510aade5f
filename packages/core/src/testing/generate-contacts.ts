/**
 * Seeded synthetic contact lists with known duplicates, for tests and benchmarks of import,
 * normalization, dedup and fit scoring.
 */
import { drawSource, renderContactRow, type ContactSource, type GeneratedField } from './render-contact-row.js';
import { seededRandom } from './seeded-random.js';
import { createCompanies, createPeopleFactory } from './synthetic-entities.js';

export type { ContactSource, GeneratedField } from './render-contact-row.js';

/** Default column header for each generated field; `fullName` is off by default. */
export const defaultContactColumns: Readonly<Record<GeneratedField, string | null>> = {
  fullName: null,
  firstName: 'First Name',
  lastName: 'Last Name',
  email: 'Email',
  company: 'Company',
  title: 'Job Title',
  phone: 'Phone',
  linkedinUrl: 'LinkedIn URL',
  website: 'Website',
  industry: 'Industry',
  employees: 'Employees',
  country: 'Country',
  city: 'City',
  technologies: 'Technologies',
};

/** Options for {@link generateContacts}, {@link iterateContacts} and `writeContactsCsv`. */
export interface GenerateContactsOptions {
  /** Seed of the random stream; the same options give the same rows. */
  seed: number;
  /** Number of rows to produce. */
  count: number;
  /**
   * Share of rows that are extra records of an entity already in the list, in [0, 0.9].
   * Default `0.2`. The realized share varies by sampling noise (about ±1 point at 10,000 rows).
   */
  duplicateRate?: number;
  /**
   * Success probability of the geometric cluster-size draw (`2 + geometric(p)` records per
   * duplicated entity). Default `0.6`: most clusters have 2 records, some 3–5, few more.
   */
  clusterSizeP?: number;
  /** Largest cluster. Default `12`. */
  maxClusterSize?: number;
  /**
   * Share of entities drawn from a go-to-market leadership profile: director-or-above sales,
   * marketing or RevOps titles at software/fintech companies of 50–1000 employees in Europe or
   * North America that use HubSpot or Salesforce. The rest are drawn from the general population
   * (which matches that profile only occasionally). Default `0.3`.
   */
  leadershipShare?: number;
  /** Number of distinct companies. Default `max(20, count / 25)`. */
  companies?: number;
  /**
   * Header name per field; `null` leaves the column out. Merged over {@link defaultContactColumns}.
   * When `fullName` has a header, rows fill the full name, the split name or both, as real lists do.
   */
  columns?: Partial<Record<GeneratedField, string | null>>;
  /**
   * Duplicates are spread through the list by a shuffle buffer of this many rows (memory stays
   * bounded). `0` keeps each entity's rows together. Default `4096`.
   */
  shuffleWindow?: number;
  /**
   * Use fictional phone ranges where they exist (North American 555-0100..0199, UK Ofcom drama
   * numbers). Numbers stay unique for the first 500 North American and 1,000 UK entities. Default `false`.
   */
  fictionalPhones?: boolean;
}

/** One generated row with its ground truth. */
export interface GeneratedContact {
  /** Raw cell values keyed by header, every header present (empty string when missing). */
  row: Record<string, string>;
  /** The entity (person) this row describes; rows sharing an id are duplicates. */
  entityId: number;
  /** False for the entity's first record, true for its extra records. */
  duplicate: boolean;
  /** Which kind of list the row imitates. */
  source: ContactSource;
  /** The entity was drawn from the go-to-market leadership profile (see `leadershipShare`). */
  leadershipProfile: boolean;
}

/** A generated list: rows plus the entity id of each row. */
export interface GeneratedContacts {
  /** Header names, in column order. */
  header: string[];
  rows: Array<Record<string, string>>;
  /** `truth[i]` is the entity id of `rows[i]`. */
  truth: Int32Array;
}

/** Header names, in column order, for the given column options. */
export function contactHeader(columns: GenerateContactsOptions['columns'] = {}): string[] {
  const merged = { ...defaultContactColumns, ...columns };
  return (Object.keys(defaultContactColumns) as GeneratedField[])
    .map((field) => merged[field])
    .filter((header): header is string => typeof header === 'string');
}

type NameLayout = 'full' | 'split' | 'both';

/** Which name columns rows from each source fill, when the list has both full and split names. */
const nameLayouts: Readonly<Record<ContactSource, readonly (readonly [NameLayout, number])[]>> = {
  event: [['full', 6], ['split', 4]],
  crm: [['full', 2], ['split', 4], ['both', 4]],
  linkedin: [['split', 8], ['both', 2]],
};

/** Probability that an entity gets extra records, so that extras make up `rate` of all rows. */
function duplicateProbability(rate: number, p: number, maxSize: number): { probability: number; p: number } {
  const target = rate / (1 - rate);
  const meanExtras = (q: number): number => {
    let mean = 0;
    let tail = 1;
    for (let size = 2; size < maxSize; size++) {
      mean += (size - 1) * q * tail;
      tail *= 1 - q;
    }
    return mean + (maxSize - 1) * tail;
  };
  let chosenP = p;
  while (meanExtras(chosenP) < target && chosenP > 0.05) chosenP -= 0.01;
  return { probability: Math.min(1, target / meanExtras(chosenP)), p: chosenP };
}

/**
 * Generates contact rows lazily, one at a time, in bounded memory (the company table, a set of
 * name keys and the shuffle buffer).
 *
 * @example
 * for (const { row, entityId } of iterateContacts({ seed: 1, count: 1_000_000 })) { … }
 */
export function* iterateContacts(options: GenerateContactsOptions): Generator<GeneratedContact> {
  const {
    seed,
    count,
    duplicateRate = 0.2,
    clusterSizeP = 0.6,
    maxClusterSize = 12,
    leadershipShare = 0.3,
    shuffleWindow = 4096,
    fictionalPhones = false,
  } = options;
  if (!(duplicateRate >= 0 && duplicateRate <= 0.9)) throw new RangeError('duplicateRate must be within [0, 0.9]');
  const columns = { ...defaultContactColumns, ...options.columns };
  const random = seededRandom(seed);
  const companyRandom = random.fork();
  const companyCount = options.companies ?? Math.max(20, Math.round(count / 25));
  // Software-profile companies are over-represented so leadership-profile people spread over many of them.
  const companies = createCompanies(companyRandom, companyCount, Math.min(0.9, 0.12 + leadershipShare * 0.6));
  const nextPerson = createPeopleFactory({ random: random.fork(), seed, companies, leadershipShare, fictionalPhones });
  const { probability, p } = duplicateProbability(duplicateRate, clusterSizeP, maxClusterSize);
  const fieldEntries = (Object.entries(columns) as [GeneratedField, string | null][]).filter(
    (entry): entry is [GeneratedField, string] => typeof entry[1] === 'string',
  );
  const fields = fieldEntries.map(([field]) => field);
  const headers = fieldEntries.map(([, header]) => header);
  const hasFullName = typeof columns.fullName === 'string';
  const hasSplitName = typeof columns.firstName === 'string' || typeof columns.lastName === 'string';
  const buffer: GeneratedContact[] = [];

  let produced = 0;
  while (produced < count) {
    const person = nextPerson();
    const size = duplicateRate > 0 && random.chance(probability) ? random.clusterSize({ p, max: maxClusterSize }) : 1;
    for (let index = 0; index < size && produced < count; index++, produced++) {
      const source = drawSource(random);
      const values = renderContactRow(random, person, source, index === 0 ? 0 : 1 + Math.min(3, random.geometric(0.5)));
      // Which name columns a row fills depends on the list it came from.
      let layout: NameLayout = 'split';
      if (hasFullName && hasSplitName) {
        layout = random.weighted(nameLayouts[source]);
      } else if (hasFullName) layout = 'full';
      const row: Record<string, string> = {};
      for (let column = 0; column < fields.length; column++) {
        const field = fields[column] as GeneratedField;
        const blanked =
          (layout === 'full' && (field === 'firstName' || field === 'lastName')) || (layout === 'split' && field === 'fullName');
        row[headers[column] as string] = blanked ? '' : (values[field] ?? '');
      }
      const contact: GeneratedContact = { row, entityId: person.id, duplicate: index > 0, source, leadershipProfile: person.leadershipProfile };
      if (shuffleWindow <= 0) {
        yield contact;
        continue;
      }
      buffer.push(contact);
      if (buffer.length >= shuffleWindow) yield takeRandom(buffer, random.int(0, buffer.length - 1));
    }
  }
  while (buffer.length > 0) yield takeRandom(buffer, random.int(0, buffer.length - 1));
}

function takeRandom(buffer: GeneratedContact[], index: number): GeneratedContact {
  const chosen = buffer[index] as GeneratedContact;
  const last = buffer.pop() as GeneratedContact;
  if (index < buffer.length) buffer[index] = last;
  return chosen;
}

/**
 * Generates a whole list in memory. For millions of rows prefer {@link iterateContacts} or `writeContactsCsv`.
 *
 * @example
 * const { rows, truth } = generateContacts({ seed: 7, count: 10_000, duplicateRate: 0.2 });
 */
export function generateContacts(options: GenerateContactsOptions): GeneratedContacts {
  const rows: Array<Record<string, string>> = [];
  const truth = new Int32Array(options.count);
  for (const contact of iterateContacts(options)) {
    truth[rows.length] = contact.entityId;
    rows.push(contact.row);
  }
  return { header: contactHeader(options.columns), rows, truth };
}

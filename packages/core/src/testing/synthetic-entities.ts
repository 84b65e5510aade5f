/**
 * The ground truth behind synthetic contact lists: companies and the people who work there. A
 * person is one entity; rendering turns it into one or more messy rows.
 * @internal
 */
import { countries, foldToAscii, type CountryProfile } from './contact-countries.js';
import { namePools, type NameOrigin } from './contact-names.js';
import {
  companyDescriptors,
  companyEndings,
  companyStems,
  crmTechnologies,
  industries,
  leadershipTitles,
  otherTechnologies,
  otherTitles,
  type IndustryProfile,
  type TitleProfile,
} from './contact-vocabulary.js';
import type { SeededRandom } from './seeded-random.js';

/** How a company builds email addresses from names. */
export type EmailPattern = 'first.last' | 'flast' | 'first' | 'firstl' | 'first_last' | 'f.last' | 'firstlast';

const emailPatterns: readonly (readonly [EmailPattern, number])[] = [
  ['first.last', 55],
  ['flast', 15],
  ['first', 8],
  ['firstl', 5],
  ['first_last', 5],
  ['f.last', 6],
  ['firstlast', 6],
];

const otherPatterns = Object.fromEntries(
  emailPatterns.map(([pattern]) => [pattern, emailPatterns.map(([other]) => other).filter((other) => other !== pattern)]),
) as unknown as Record<EmailPattern, readonly EmailPattern[]>;

/** A synthetic company. */
export interface SyntheticCompany {
  index: number;
  /** Name without legal form, e.g. `Northflow` or `Blue Cedar Analytics`. */
  name: string;
  /** Written variants of the legal form (`Inc.`, `, Inc.`, …); empty when the company never writes one. */
  legalForm: readonly string[];
  domain: string;
  industry: IndustryProfile;
  employees: number;
  country: CountryProfile;
  technologies: readonly string[];
  emailPattern: EmailPattern;
  /** Drawn from the B2B software profile (software/fintech, 50–1000 employees, EU or North America, a CRM). */
  softwareProfile: boolean;
}

/** A synthetic person: one entity of the ground truth. */
export interface SyntheticPerson {
  id: number;
  origin: NameOrigin;
  firstName: string;
  lastName: string;
  company: SyntheticCompany;
  title: TitleProfile;
  country: CountryProfile;
  city: string;
  workEmail: string;
  /** Another address at the same company (a different pattern), for duplicates. */
  otherWorkEmail: string;
  personalEmail: string;
  phonePrefix: string;
  phoneRest: string;
  linkedinSlug: string;
  /** Drawn from the go-to-market leadership profile (leadership title at a software-profile company). */
  leadershipProfile: boolean;
}

// Names come from small fixed lists, so folding each one once is enough.
const asciiCache = new Map<string, string>();
const ascii = (text: string): string => {
  let folded = asciiCache.get(text);
  if (folded === undefined) {
    folded = foldToAscii(text).toLowerCase().replace(/[^a-z0-9]/g, '');
    asciiCache.set(text, folded);
  }
  return folded;
};

function localPart(pattern: EmailPattern, first: string, last: string): string {
  const f = ascii(first);
  const l = ascii(last);
  switch (pattern) {
    case 'first.last':
      return `${f}.${l}`;
    case 'flast':
      return `${f.slice(0, 1)}${l}`;
    case 'first':
      return f;
    case 'firstl':
      return `${f}${l.slice(0, 1)}`;
    case 'first_last':
      return `${f}_${l}`;
    case 'f.last':
      return `${f.slice(0, 1)}.${l}`;
    case 'firstlast':
      return `${f}${l}`;
  }
}

/** Draws indexes with probability proportional to fixed weights (binary search over cumulative sums). */
function weightedIndex(weights: readonly number[]): (random: SeededRandom) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => {
    total += weight;
    cumulative[index] = total;
  });
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? total) <= target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

const countryWeights = countries.map((country) => [country, country.weight] as const);
const gtmCountryWeights = countryWeights.filter(([country]) => country.region !== 'other');
const industryWeights = industries.map((industry) => [industry, industry.weight] as const);
const softwareIndustryWeights = industries
  .filter((industry) => industry.software)
  .map((industry) => [industry, industry.label === 'Financial Services' ? 4 : industry.weight] as const);
const otherTitleWeights = [...leadershipTitles, ...otherTitles].map((entry) => [entry, entry.weight] as const);
const leadershipTitleWeights = leadershipTitles.map((entry) => [entry, entry.weight] as const);
const nameIds = new Map<string, number>();
const nameId = (name: string): number => {
  let id = nameIds.get(name);
  if (id === undefined) {
    id = nameIds.size;
    nameIds.set(name, id);
  }
  return id;
};
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function companyName(random: SeededRandom, industry: IndustryProfile, country: CountryProfile): string {
  const descriptor = (): string => random.pick(companyDescriptors[industry.family] ?? ['Group']);
  const shape = random.next();
  if (shape < 0.45) return random.pick(companyStems) + random.pick(companyEndings);
  if (shape < 0.7) return `${random.pick(companyStems)} ${random.pick(companyStems)} ${descriptor()}`;
  if (shape < 0.9) return `${random.pick(companyStems)}${random.pick(companyEndings)} ${descriptor()}`;
  const origin = random.weighted(country.origins);
  const founder = random.pick(namePools[origin].last);
  const partner = random.pick(namePools[origin].last);
  return random.chance(0.5) ? `${capitalize(founder)} & ${capitalize(partner)}` : `${capitalize(founder)} ${descriptor()}`;
}

/** Employee counts: log-uniform between `min` and `max`. */
const logUniform = (random: SeededRandom, min: number, max: number): number =>
  Math.round(Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min))));

/**
 * Creates `count` companies with unique names and domains. A `softwareShare` of them follow the B2B
 * software profile; the rest are drawn from the general population of industries, sizes and countries.
 */
export function createCompanies(random: SeededRandom, count: number, softwareShare: number): SyntheticCompany[] {
  const names = new Set<string>();
  const domains = new Set<string>();
  const companies: SyntheticCompany[] = [];
  for (let index = 0; index < count; index++) {
    const softwareProfile = random.chance(softwareShare);
    const country = random.weighted(softwareProfile ? gtmCountryWeights : countryWeights);
    const industry = random.weighted(softwareProfile ? softwareIndustryWeights : industryWeights);
    const employees = softwareProfile ? logUniform(random, 50, 1000) : logUniform(random, 2, 60_000);
    let name = companyName(random, industry, country);
    for (let attempt = 0; names.has(name.toLowerCase()); attempt++) {
      name = attempt < 8 ? companyName(random, industry, country) : `${name} ${random.pick(country.cities).split(',')[0] ?? ''}`;
    }
    names.add(name.toLowerCase());
    const slug = foldToAscii(name).toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, random.chance(0.2) ? '-' : '');
    let domain = `${slug}.${random.pick(country.tlds)}`;
    for (const prefix of ['get', 'try', 'hello', 'team']) {
      if (!domains.has(domain)) break;
      domain = `${prefix}${slug}.${random.pick(country.tlds)}`;
    }
    domains.add(domain);
    const technologies: string[] = [];
    if (softwareProfile || random.chance(0.3)) {
      const crm = random.weighted([[crmTechnologies[0], 5], [crmTechnologies[1], 4], ['both', 2]] as const);
      if (crm === 'both') technologies.push(...crmTechnologies);
      else technologies.push(crm);
    }
    const extra = random.int(softwareProfile ? 1 : 0, 4);
    for (let added = 0; added < extra; added++) {
      const technology = random.pick(otherTechnologies);
      if (!technologies.includes(technology)) technologies.push(technology);
    }
    companies.push({
      index,
      name,
      legalForm: random.chance(0.85) ? random.pick(country.legalForms) : [],
      domain,
      industry,
      employees,
      country,
      technologies,
      emailPattern: employees < 10 ? random.pick(['first', 'first.last'] as const) : random.weighted(emailPatterns),
      softwareProfile,
    });
  }
  return companies;
}

/** Mixes an entity id into a seed-dependent 32-bit token; a bijection, so tokens never collide. */
export function entityToken(id: number, seed: number): number {
  let x = (id ^ Math.imul(seed, 0x27d4eb2d)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A set of positive 31-bit integers: open addressing with linear probing over an `Int32Array`.
 * Several times faster than a `Set` with millions of entries, at 4–8 bytes per entry.
 */
function createIntSet(): { add(key: number): boolean } {
  let slots = new Int32Array(1 << 12);
  let size = 0;
  const insert = (table: Int32Array, key: number): boolean => {
    const mask = table.length - 1;
    let index = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const current = table[index];
      if (current === key) return false;
      if (current === 0) {
        table[index] = key;
        return true;
      }
      index = (index + 1) & mask;
    }
  };
  return {
    add(key) {
      if (!insert(slots, key)) return false;
      size++;
      if (size * 2 > slots.length) {
        const grown = new Int32Array(slots.length * 2);
        for (const existing of slots) if (existing !== 0) insert(grown, existing);
        slots = grown;
      }
      return true;
    },
  };
}

/** FNV-1a over UTF-16 code units, as a positive 31-bit integer (never 0, the empty-slot marker). */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash & 0x7fffffff) | 1;
}

/** Settings for drawing people. */
export interface PeopleFactorySettings {
  random: SeededRandom;
  seed: number;
  companies: readonly SyntheticCompany[];
  /** Share of people drawn from the go-to-market leadership profile. */
  leadershipShare: number;
  /** Use fictional phone ranges where they exist (US/CA 555-01xx, UK Ofcom drama numbers). */
  fictionalPhones: boolean;
}

/**
 * Returns a function that draws the next person. The same first and last name never appear twice at
 * the same company (it redraws the given name), so distinct entities do not collide on work email.
 */
export function createPeopleFactory(settings: PeopleFactorySettings): () => SyntheticPerson {
  const { random, seed, companies, leadershipShare, fictionalPhones } = settings;
  const softwareCompanies = companies.filter((company) => company.softwareProfile);
  // Bigger companies contribute more people, but less than proportionally (lists hold few people per giant).
  const pickCompany = weightedIndex(companies.map((company) => Math.sqrt(company.employees)));
  const pickSoftwareCompany = weightedIndex(softwareCompanies.map((company) => Math.sqrt(company.employees)));
  // Name keys per company (the last slot is free mail), hashed into positive 31-bit integers. A rare
  // hash collision only causes a needless redraw (or free-mail number).
  const seenNames = createIntSet();
  const claimName = (first: string, last: string, slot: number): boolean =>
    seenNames.add(((Math.imul(nameId(first) * 4096 + nameId(last), 0x9e3779b1) ^ Math.imul(slot + 1, 0x85ebca6b)) & 0x7fffffff) | 1);
  const seenEmails = createIntSet();
  /** Returns `local@domain`, or with a number appended when another person already holds that address. */
  // Keys hash the local part and mix in the domain's slot (company index, or a free-mail domain hash), which is
  // cheaper than hashing whole addresses.
  const claimEmail = (local: string, domain: string, slot: number, token: number): string => {
    const domainKey = Math.imul(slot + 1, 0x85ebca6b);
    for (let suffix = 0; ; suffix++) {
      const candidate = suffix === 0 ? local : `${local}${(token % 90) + suffix}`;
      if (seenEmails.add(((hashText(candidate) ^ domainKey) & 0x7fffffff) | 1)) return `${candidate}@${domain}`;
    }
  };
  const freeMailSlot = (domain: string): number => companies.length + (hashText(domain) & 0xffff);
  let nextId = 0;

  return () => {
    const id = nextId++;
    const leadershipProfile = softwareCompanies.length > 0 && random.chance(leadershipShare);
    const company = leadershipProfile
      ? (softwareCompanies[pickSoftwareCompany(random)] as SyntheticCompany)
      : (companies[pickCompany(random)] as SyntheticCompany);
    const country = random.chance(0.9) ? company.country : random.weighted(countryWeights);
    const origin = random.weighted(country.origins);
    const pool = namePools[origin];
    const female = random.chance(0.45);
    let firstName = '';
    let lastName = '';
    for (let attempt = 0; attempt < 20; attempt++) {
      firstName = random.pick(female ? pool.female : pool.male);
      const lastIndex = random.int(0, pool.last.length - 1);
      lastName = (female ? pool.femaleLast?.[lastIndex] : undefined) ?? pool.last[lastIndex] ?? '';
      if (claimName(firstName, lastName, company.index)) break;
    }
    const token = entityToken(id, seed);
    // Companies give a second Jan a different address (jan.novak@ rather than jan@), so work emails stay unique.
    const patternLocal = localPart(company.emailPattern, firstName, lastName);
    const workEmail = seenEmails.add(((hashText(patternLocal) ^ Math.imul(company.index + 1, 0x85ebca6b)) & 0x7fffffff) | 1)
      ? `${patternLocal}@${company.domain}`
      : claimEmail(localPart('first.last', firstName, lastName), company.domain, company.index, token);
    const otherPattern = random.pick(otherPatterns[company.emailPattern]);
    const personalPattern = random.pick(['first.last', 'firstlast', 'first_last', 'flast', 'first.last'] as const);
    // Free-mail addresses are unique: a second person with the same name gets a number, as providers enforce.
    const personalNumber = random.chance(0.4) ? String(token % 10_000) : '';
    const freeMail = random.pick(country.freeMail);
    const personalEmail = claimEmail(localPart(personalPattern, firstName, lastName) + personalNumber, freeMail, freeMailSlot(freeMail), token);
    const range = random.pick(country.phone.ranges);
    let phonePrefix = range[0];
    // One draw for all digits; the first is 2-9, as subscriber numbers never start with 0 or 1.
    let phoneRest = String(random.int(2 * 10 ** (range[1] - 1), 10 ** range[1] - 1));
    if (fictionalPhones && country.phone.countryCode === '1') {
      // 555-0100..0199 is reserved for fiction; spreading ids over area codes keeps numbers unique for the first 500 people.
      const areaCodes = country.phone.ranges;
      phonePrefix = areaCodes[Math.floor(id / 100) % areaCodes.length]?.[0] ?? phonePrefix;
      phoneRest = `55501${String(id % 100).padStart(2, '0')}`;
    }
    if (fictionalPhones && country.code === 'GB') {
      // Ofcom's drama ranges: 020 7946 0000-0999 and 07700 900000-900999.
      const line = String(id % 1000).padStart(3, '0');
      [phonePrefix, phoneRest] = random.chance(0.5) ? ['20', `79460${line}`] : ['7700', `900${line}`];
    }
    const hex = (token + 0x100000000).toString(16).slice(1);
    const slugShape = random.next();
    const slugFirst = slugShape < 0.1 ? firstName.toLowerCase().replace(/\s+/g, '-') : ascii(firstName);
    const slugLast = slugShape < 0.1 ? lastName.toLowerCase().replace(/\s+/g, '-') : ascii(lastName);
    const linkedinSlug =
      slugShape < 0.7
        ? `${slugFirst}-${slugLast}-${hex}`
        : slugShape < 0.9
          ? `${slugFirst}${slugLast}${hex.slice(0, 5)}`
          : `${slugFirst.slice(0, 1)}${slugLast}-${hex}`;
    return {
      id,
      origin,
      firstName,
      lastName,
      company,
      title: random.weighted(leadershipProfile ? leadershipTitleWeights : otherTitleWeights),
      country,
      city: random.pick(country.cities),
      workEmail,
      otherWorkEmail: claimEmail(localPart(otherPattern, firstName, lastName), company.domain, company.index, token),
      personalEmail,
      phonePrefix,
      phoneRest,
      linkedinSlug,
      leadershipProfile,
    };
  };
}

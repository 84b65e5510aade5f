/**
 * Turns a synthetic person into one raw row, as a CRM export, an event sign-up list or a LinkedIn
 * connections export would hold it, optionally with the damage a duplicate record carries.
 * @internal
 */
import type { ContactField } from '../contacts/contact.js';
import { formatSyntheticPhone } from './format-synthetic-phone.js';
import { nicknames } from './contact-names.js';
import { typo, titleCase } from './perturb-text.js';
import type { SeededRandom } from './seeded-random.js';
import type { SyntheticPerson } from './synthetic-entities.js';

/** The canonical fields a generated row can hold. */
export type GeneratedField = Extract<
  ContactField,
  | 'fullName'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'company'
  | 'title'
  | 'phone'
  | 'linkedinUrl'
  | 'website'
  | 'industry'
  | 'employees'
  | 'country'
  | 'city'
  | 'technologies'
>;

/** Where a row came from; it decides which fields the row tends to have. */
export type ContactSource = 'crm' | 'event' | 'linkedin';

/** Field values of one rendered row; absent means empty. */
export type RenderedValues = Partial<Record<GeneratedField, string>>;

type Perturbation =
  | 'typo'
  | 'nickname'
  | 'nameCase'
  | 'swapNames'
  | 'middleInitial'
  | 'emailCase'
  | 'otherWorkEmail'
  | 'personalEmail'
  | 'dropEmail'
  | 'dropPhone'
  | 'dropLinkedin'
  | 'companyCase'
  | 'dropCompany'
  | 'titleVariant'
  | 'dropTitle'
  | 'dropDetails'
  | 'whitespace';

const perturbations: readonly (readonly [Perturbation, number])[] = [
  ['typo', 16],
  ['nickname', 8],
  ['nameCase', 6],
  ['swapNames', 2],
  ['middleInitial', 2],
  ['emailCase', 5],
  ['otherWorkEmail', 5],
  ['personalEmail', 5],
  ['dropEmail', 6],
  ['dropPhone', 4],
  ['dropLinkedin', 4],
  ['companyCase', 5],
  ['dropCompany', 3],
  ['titleVariant', 8],
  ['dropTitle', 3],
  ['dropDetails', 5],
  ['whitespace', 3],
];

/** Share of rows from each source. */
const sources: readonly (readonly [ContactSource, number])[] = [
  ['crm', 55],
  ['event', 25],
  ['linkedin', 20],
];

const employeeBands: readonly (readonly [number, string])[] = [
  [10, '1-10'],
  [50, '11-50'],
  [200, '51-200'],
  [500, '201-500'],
  [1000, '501-1000'],
  [5000, '1001-5000'],
  [10_000, '5001-10000'],
  [Number.POSITIVE_INFINITY, '10001+'],
];

function renderEmployees(random: SeededRandom, employees: number): string {
  const band = employeeBands.find(([limit]) => employees <= limit)?.[1] ?? '10001+';
  const style = random.next();
  if (style < 0.4) return String(employees);
  if (style < 0.75) return band;
  if (style < 0.85) return `${band} employees`;
  if (style < 0.95) return employees >= 1000 ? employees.toLocaleString('en-US') : String(employees);
  return `~${employees < 100 ? employees : Math.round(employees / 50) * 50}`;
}

function renderCompany(random: SeededRandom, person: SyntheticPerson): string {
  const { name, legalForm } = person.company;
  if (legalForm.length === 0 || random.chance(0.45)) return name;
  const form = random.pick(legalForm);
  return form.startsWith(',') ? `${name}${form}` : `${name} ${form}`;
}

function renderLinkedin(random: SeededRandom, person: SyntheticPerson): string {
  const slug = /[^\x20-\x7e]/.test(person.linkedinSlug) && random.chance(0.6) ? encodeURIComponent(person.linkedinSlug) : person.linkedinSlug;
  const host = random.weighted<string>([
    ['https://www.linkedin.com', 6],
    ['http://www.linkedin.com', 1],
    ['www.linkedin.com', 1.5],
    ['linkedin.com', 1.5],
    [`https://${person.country.linkedinSubdomain}.linkedin.com`, 2],
  ]);
  const tail = random.weighted<string>([
    ['', 6],
    ['/', 3],
    ['?trk=public_profile_browsemap', 0.5],
    ['/?originalSubdomain=' + person.country.code.toLowerCase(), 0.5],
    ['?utm_source=share&utm_medium=member_desktop', 0.5],
  ]);
  return `${host}/in/${slug}${tail}`;
}

function renderWebsite(random: SeededRandom, domain: string): string {
  return random.weighted<string>([
    [domain, 4],
    [`www.${domain}`, 3],
    [`https://www.${domain}`, 2],
    [`https://${domain}/`, 1.5],
    [`http://www.${domain}`, 1],
  ]);
}

function renderEmailCase(random: SeededRandom, email: string): string {
  const style = random.next();
  if (style < 0.6) return email.replace(/(^|[._])([a-z])/g, (_match, separator: string, letter: string) => separator + letter.toUpperCase());
  if (style < 0.8) return email.toUpperCase();
  return email.replace(/@(.*)$/, (_match, domain: string) => `@${domain.charAt(0).toUpperCase()}${domain.slice(1)}`);
}

/** Draws the source of a row. */
export function drawSource(random: SeededRandom): ContactSource {
  return random.weighted(sources);
}

/**
 * Renders `person` as a row from `source`. `perturb` is the number of realistic defects to add
 * (0 for the entity's first row); defects are drawn with replacement from a weighted list.
 */
export function renderContactRow(
  random: SeededRandom,
  person: SyntheticPerson,
  source: ContactSource,
  perturb: number,
): RenderedValues {
  const { company, country } = person;
  const has = (crm: number, event: number, linkedin: number): boolean =>
    random.chance(source === 'crm' ? crm : source === 'event' ? event : linkedin);

  let firstName = person.firstName;
  let lastName = person.lastName;
  let email: string | undefined = has(0.93, 1, 0.12)
    ? random.chance(source === 'event' ? 0.75 : 0.9)
      ? person.workEmail
      : person.personalEmail
    : undefined;
  const values: RenderedValues = {
    company: has(0.97, 0.92, 0.97) ? renderCompany(random, person) : undefined,
    title: has(0.88, 0.65, 0.95) ? (random.chance(0.7) ? person.title.variants[0] : random.pick(person.title.variants)) : undefined,
    phone: has(0.6, 0.22, 0) ? formatSyntheticPhone(random, country.phone, person.phonePrefix, person.phoneRest) : undefined,
    linkedinUrl: has(0.4, 0.05, 1) ? renderLinkedin(random, person) : undefined,
    website: has(0.5, 0.05, 0) ? renderWebsite(random, company.domain) : undefined,
    industry: has(0.6, 0.1, 0) ? company.industry.label : undefined,
    employees: has(0.5, 0.05, 0) ? renderEmployees(random, company.employees) : undefined,
    country: has(0.8, 0.5, 0.3) ? (random.chance(0.7) ? country.names[0] : random.pick(country.names)) : undefined,
    city: has(0.7, 0.3, 0.2) ? person.city : undefined,
    technologies:
      company.technologies.length > 0 && has(0.35, 0, 0) ? company.technologies.join(random.chance(0.8) ? '; ' : ', ') : undefined,
  };
  let nameCase: 'upper' | 'lower' | undefined = random.chance(0.015) ? 'upper' : random.chance(0.01) ? 'lower' : undefined;
  let swapped = false;
  let middleInitial = '';
  let padded = false;

  for (let count = 0; count < perturb; count++) {
    switch (random.weighted(perturbations)) {
      case 'typo':
        if (random.chance(0.5)) firstName = typo(random, firstName);
        else lastName = typo(random, lastName);
        break;
      case 'nickname': {
        const options = nicknames[person.firstName];
        firstName = options === undefined ? typo(random, firstName) : random.pick(options);
        break;
      }
      case 'nameCase':
        nameCase = random.chance(0.6) ? 'upper' : 'lower';
        break;
      case 'swapNames':
        swapped = true;
        break;
      case 'middleInitial':
        middleInitial = ` ${String.fromCharCode(65 + random.int(0, 25))}.`;
        break;
      case 'emailCase':
        if (email !== undefined) email = renderEmailCase(random, email);
        break;
      case 'otherWorkEmail':
        email = person.otherWorkEmail;
        break;
      case 'personalEmail':
        email = person.personalEmail;
        break;
      case 'dropEmail':
        email = undefined;
        break;
      case 'dropPhone':
        values.phone = undefined;
        break;
      case 'dropLinkedin':
        values.linkedinUrl = undefined;
        break;
      case 'companyCase':
        if (values.company !== undefined) values.company = random.chance(0.5) ? values.company.toUpperCase() : values.company.toLowerCase();
        break;
      case 'dropCompany':
        values.company = undefined;
        break;
      case 'titleVariant':
        values.title = random.pick(person.title.variants);
        if (random.chance(0.3)) values.title = values.title.toLowerCase();
        break;
      case 'dropTitle':
        values.title = undefined;
        break;
      case 'dropDetails':
        values.website = undefined;
        values.industry = undefined;
        values.employees = undefined;
        values.city = undefined;
        break;
      case 'whitespace':
        padded = true;
        break;
    }
  }

  if (nameCase === 'upper') {
    firstName = firstName.toUpperCase();
    lastName = lastName.toUpperCase();
  } else if (nameCase === 'lower') {
    firstName = firstName.toLowerCase();
    lastName = lastName.toLowerCase();
  } else if (firstName === firstName.toLowerCase()) {
    firstName = titleCase(firstName);
  }
  if (swapped) [firstName, lastName] = [lastName, firstName];
  firstName += middleInitial;
  if (padded) {
    firstName = ` ${firstName}`;
    lastName = `${lastName}  `;
  }
  values.firstName = firstName;
  values.lastName = lastName;
  values.fullName = random.chance(0.05) && !swapped ? `${lastName.trim()}, ${firstName.trim()}` : `${firstName.trim()} ${lastName.trim()}`;
  values.email = email;
  return values;
}

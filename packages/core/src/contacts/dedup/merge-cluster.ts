/**
 * Merges one cluster of duplicate records into a survivor record, keeping every source value of
 * every field with its provenance, so nothing is thrown away.
 */
import type { ContactRecord, EmailInfo, Provenance } from '../contact.js';
import { emptyContactRecord } from '../empty-contact-record.js';
import type { FieldValues } from '../../store/store.js';
import { accentedForm, pickValue } from './survivor-value.js';

/** Merge settings. */
export interface MergeClusterOptions {
  /**
   * Which record wins a tie between equally frequent values: `first` (the earliest in the cluster,
   * e.g. the existing contact passed first) or `last` (the most recent row). Default `first`.
   */
  prefer?: 'first' | 'last';
}

/** The survivor and every source value per field. */
export interface MergedCluster {
  record: ContactRecord;
  values: FieldValues;
  /** Provenance of each merged record, in cluster order. */
  sources: Provenance[];
}

type ScalarField = {
  [K in keyof ContactRecord]-?: NonNullable<ContactRecord[K]> extends string | number ? K : never;
}[keyof ContactRecord];

/**
 * Every scalar field of a record, in merge order (key order). Typed as a complete map so a field
 * added to `ContactRecord` fails to compile here instead of being dropped from merged contacts.
 */
const everyScalarField: Record<ScalarField, true> = {
  fullName: true, firstName: true, middleName: true, lastName: true, honorific: true, nameSuffix: true, company: true,
  companyKey: true, domain: true, website: true, title: true, department: true, seniority: true, function: true,
  linkedinUrl: true, linkedinSlug: true, companyLinkedinUrl: true, street: true, city: true, region: true,
  postcode: true, country: true, industry: true, employees: true, notes: true, externalId: true, connectedOn: true,
  birthDate: true,
};
const scalarFields = Object.keys(everyScalarField) as ScalarField[];

const scalarFieldPosition = new Map<string, number>(scalarFields.map((field, position) => [field, position]));
/** Scratch slots of `forEachScalar`, one per scalar field; left empty between calls. */
const foundScratch: (string | number | undefined)[] = scalarFields.map(() => undefined);

/**
 * Puts the record's non-empty scalar values into `found` by field position. The record's own keys
 * are walked (for-in reads through the object's enumeration cache) rather than looked up one field
 * name at a time: records come in hundreds of shapes, and a lookup by name across that many shapes
 * misses V8's inline caches.
 */
function readScalars(record: ContactRecord, found: (string | number | undefined)[]): void {
  for (const key in record) {
    const position = scalarFieldPosition.get(key);
    if (position === undefined) continue;
    const value = record[key as ScalarField];
    if (value !== undefined && value !== '') found[position] = value;
  }
}

/** Calls `visit` with each non-empty scalar value of `record`, in field order (see `readScalars`). */
function forEachScalar(record: ContactRecord, visit: (field: ScalarField, value: string | number) => void): void {
  const found = foundScratch;
  readScalars(record, found);
  for (let position = 0; position < found.length; position++) {
    const value = found[position];
    if (value === undefined) continue;
    found[position] = undefined;
    visit(scalarFields[position] as ScalarField, value);
  }
}

const firstNamePosition = scalarFieldPosition.get('firstName') ?? 0;
const lastNamePosition = scalarFieldPosition.get('lastName') ?? 0;
/** The fields of a person's name that must come from one record (see `nameMember`). */
const nameFields = ['fullName', 'firstName', 'middleName', 'lastName'] as const;

/**
 * The member whose name is the cluster's: the one whose first and last names are held by the most
 * members (the two counts added), ties to the earlier member, then the member who writes that name
 * with accents, if any (`José García` over `Jose Garcia`); -1 when no member has either name.
 * Voting each part of the name alone can make a name no member has: "Kirk Grace" (names swapped),
 * "Grace Kik", "Grace Kiirk" and "Grace Kirk" gave "Grace" (3 votes) "Grace" (a tie of four, the
 * first), with the full name "Kirk Grace"; a re-import then met its own rows with that survivor,
 * found the first names in conflict, and split two of them off into a new contact.
 */
function nameMember(scalars: readonly (readonly (string | number | undefined)[])[]): number {
  const firstCounts = new Map<string | number, number>();
  const lastCounts = new Map<string | number, number>();
  for (const found of scalars) {
    const first = found[firstNamePosition];
    const last = found[lastNamePosition];
    if (first !== undefined) firstCounts.set(first, (firstCounts.get(first) ?? 0) + 1);
    if (last !== undefined) lastCounts.set(last, (lastCounts.get(last) ?? 0) + 1);
  }
  let best = -1;
  let bestVotes = 0;
  for (let member = 0; member < scalars.length; member++) {
    const first = scalars[member]?.[firstNamePosition];
    const last = scalars[member]?.[lastNamePosition];
    const votes = (first === undefined ? 0 : (firstCounts.get(first) ?? 0)) + (last === undefined ? 0 : (lastCounts.get(last) ?? 0));
    if (votes > bestVotes) {
      best = member;
      bestVotes = votes;
    }
  }
  return best < 0 ? best : accentedNameMember(scalars, best);
}

/** The member whose first and last names spell those of member `best` with the most accents (see `accentedForm`), else `best`. */
function accentedNameMember(scalars: readonly (readonly (string | number | undefined)[])[], best: number): number {
  const nameOf = (member: number): string => `${scalars[member]?.[firstNamePosition] ?? ''}\u0000${scalars[member]?.[lastNamePosition] ?? ''}`;
  const names = scalars.map((_, member) => nameOf(member));
  const chosen = accentedForm(names[best] as string, names);
  return chosen === names[best] ? best : names.indexOf(chosen);
}

/** Sets the name fields of `target` to those of `record` (a field `record` lacks is removed). */
function takeNameOf(record: ContactRecord | undefined, target: Partial<Record<ScalarField, string | number>>): void {
  if (record === undefined) return;
  for (const field of nameFields) {
    const value = record[field];
    if (value !== undefined && value !== '') target[field] = value;
    else delete target[field];
  }
}

/** Appends the values of `from` that `into` does not hold yet, in order. */
function addNew(into: string[], from: readonly string[]): void {
  for (const value of from) if (!into.includes(value)) into.push(value);
}

/** Appends `{ value, source }` to the list of `field`. */
function keep(values: FieldValues, field: string, value: string, source: Provenance): void {
  const list = values[field];
  if (list === undefined) values[field] = [{ value, source }];
  else list.push({ value, source });
}

/**
 * `list` in a backing store of its own length. An array grown by `push` keeps spare slots (17 for
 * one element, 19 for two), and an import holds every merged contact's record and value lists
 * until it is saved: at 50k rows those spare slots held 20 MB of a 250 MB live heap.
 */
function exactSize<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/** Replaces each value list that `keep` grew (more than one entry) by an exact-size copy. */
function exactSizeValues(values: FieldValues): FieldValues {
  for (const field in values) {
    const list = values[field] as FieldValues[string];
    if (list.length > 1) values[field] = list.slice();
  }
  return values;
}

/** A valid, non-role address makes a better primary than a role or broken one. */
function primaryRank(email: EmailInfo): number {
  return email.valid && !email.role ? 0 : 1;
}

function byPrimaryRank(a: EmailInfo, b: EmailInfo): number {
  return primaryRank(a) - primaryRank(b);
}

/**
 * The survivor `mergeCluster` makes of a cluster of one record (most clusters of an import), built
 * without the per-field candidate lists a vote needs. Its emails and phones are the record's
 * without repeats, a valid personal address first.
 */
export function mergeOneRecord(record: ContactRecord): ContactRecord {
  const merged = emptyContactRecord();
  const target = merged as unknown as Record<ScalarField, string | number>;
  forEachScalar(record, (field, value) => {
    target[field] = value;
  });
  const emails: EmailInfo[] = [];
  for (const email of record.emails) if (!emails.some((seen) => seen.address === email.address)) emails.push(email);
  const phones: string[] = [];
  for (const phone of record.phones) if (!phones.includes(phone)) phones.push(phone);
  const tags: string[] = [];
  addNew(tags, record.tags);
  const technologies: string[] = [];
  addNew(technologies, record.technologies);
  for (const key in record.custom) merged.custom[key] = { ...(record.custom[key] as ContactRecord['custom'][string]) };
  merged.issues = record.issues.slice();
  merged.emails = exactSize(emails.length > 1 ? emails.sort(byPrimaryRank) : emails);
  merged.phones = exactSize(phones);
  merged.tags = exactSize(tags);
  merged.technologies = exactSize(technologies);
  return merged;
}

/** The members `emptyContactRecord` makes, in its order: every survivor starts with them. */
const listMembers = ['emails', 'phones', 'technologies', 'tags', 'custom', 'issues'] as const;

/** True when `list` holds no value twice. */
function noRepeats(list: readonly string[]): boolean {
  for (let index = 1; index < list.length; index++) if (list.indexOf(list[index] as string, 0) < index) return false;
  return true;
}

/** True when `mergeOneRecord(record)` would equal `record`, members in the same order (see `ownSurvivor`). */
function isOwnSurvivor(record: ContactRecord): boolean {
  let listed = 0;
  let lastPosition = -1;
  for (const key in record) {
    if (listed < listMembers.length) {
      if (key !== listMembers[listed]) return false;
      listed++;
      continue;
    }
    const position = scalarFieldPosition.get(key);
    if (position === undefined || position <= lastPosition) return false;
    const value = record[key as ScalarField];
    if (value === undefined || value === '') return false;
    lastPosition = position;
  }
  if (listed < listMembers.length) return false;
  for (const key in record.custom) if (record.custom[key] === undefined) return false;
  const emails = record.emails;
  for (let index = 1; index < emails.length; index++) {
    const email = emails[index] as EmailInfo;
    if (primaryRank(email) < primaryRank(emails[index - 1] as EmailInfo)) return false;
    for (let before = 0; before < index; before++) if ((emails[before] as EmailInfo).address === email.address) return false;
  }
  return noRepeats(record.phones) && noRepeats(record.tags) && noRepeats(record.technologies);
}

/**
 * `record` itself as the survivor of a cluster of one, when `mergeOneRecord(record)` would equal
 * it: the list members of `emptyContactRecord` first, then non-empty scalar fields in field order
 * and nothing else; no email address, phone, tag or technology twice; the emails already in
 * primary order. Most rows of an import are such records (normalized in that order); copying each
 * member by member, and collecting the copies, was ~6% of a 100k import's CPU time. Its lists
 * are replaced by exact-size copies, as `mergeOneRecord` sizes them. The caller hands the record
 * over: it must not be changed through another reference. Undefined when a copy is needed.
 */
export function ownSurvivor(record: ContactRecord): ContactRecord | undefined {
  if (!isOwnSurvivor(record)) return undefined;
  record.emails = exactSize(record.emails);
  record.phones = exactSize(record.phones);
  record.technologies = exactSize(record.technologies);
  record.tags = exactSize(record.tags);
  record.issues = exactSize(record.issues);
  return record;
}

/**
 * The values `mergeCluster` lists for a cluster of one record: each non-empty scalar field in
 * field order, every email and phone (repeats included), then the custom fields, all from `source`.
 * For the survivor of `mergeOneRecord` they are the record's own when its email and phone lists
 * are the record's (see `survivorListsUnchanged`).
 */
export function oneSourceValues(record: ContactRecord, source: Provenance): FieldValues {
  const values: FieldValues = {};
  forEachScalar(record, (field, value) => {
    values[field] = [{ value: typeof value === 'string' ? value : String(value), source }];
  });
  for (const email of record.emails) keep(values, 'email', email.address, source);
  for (const phone of record.phones) keep(values, 'phone', phone, source);
  for (const key in record.custom) keep(values, `custom.${key}`, (record.custom[key] as ContactRecord['custom'][string]).value, source);
  // Only the email and phone lists can hold more than one entry here.
  if (record.emails.length > 1) values['email'] = (values['email'] as FieldValues[string]).slice();
  if (record.phones.length > 1) values['phone'] = (values['phone'] as FieldValues[string]).slice();
  return values;
}

/**
 * True when `oneSourceValues(record, source)` lists exactly the values the record gives (every
 * non-empty text or number member, emails, phones, custom values), each from `source`: when every
 * such member is a scalar field and every scalar field holds text or a number.
 */
export function oneSourceValuesListEveryMember(record: ContactRecord): boolean {
  for (const key in record) {
    const value: unknown = record[key as keyof ContactRecord];
    const scalar = scalarFieldPosition.has(key);
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') {
      if (!scalar) return false;
    } else if (scalar && value !== undefined && value !== '') return false;
  }
  return true;
}

/**
 * True when the survivor `mergeOneRecord` made of `record` lists the same emails and phones in the
 * same order (no repeat dropped, no address moved first): `oneSourceValues` of either is then the same.
 */
export function survivorListsUnchanged(record: ContactRecord, survivor: ContactRecord): boolean {
  return (
    survivor.phones.length === record.phones.length &&
    survivor.emails.length === record.emails.length &&
    survivor.emails.every((email, index) => email === record.emails[index])
  );
}

/**
 * Merges `records[cluster[k]]` into one record. Scalar fields take the most frequent value (ties:
 * `prefer`), but the name (full, first, middle and last) is one member's, whole (`nameMember`);
 * emails, phones, tags and technologies are unioned with the survivor's primary first; custom
 * columns take the most frequent value per key; issues are concatenated. `provenance[i]` is the
 * source of `records[i]`.
 */
export function mergeCluster(
  records: readonly ContactRecord[],
  cluster: readonly number[],
  provenance: readonly Provenance[],
  options: MergeClusterOptions = {},
): MergedCluster {
  if (cluster.length === 1) {
    const index = cluster[0] as number;
    const record = records[index];
    const source = provenance[index];
    if (record !== undefined && source !== undefined) return { record: mergeOneRecord(record), values: oneSourceValues(record, source), sources: [source] };
  }
  const ordered = options.prefer === 'last' ? [...cluster].reverse() : cluster;
  const members: { record: ContactRecord; source: Provenance }[] = [];
  for (const index of ordered) {
    const record = records[index];
    const source = provenance[index];
    if (record !== undefined && source !== undefined) members.push({ record, source });
  }
  const merged = emptyContactRecord();
  const values: FieldValues = {};
  // Plain property writes (no per-field arrays or `Object.assign` literals): this runs for every
  // field of every contact of an import.
  const target = merged as unknown as Record<ScalarField, string | number>;
  const scalars = members.map((member) => {
    const found: (string | number | undefined)[] = new Array<string | number | undefined>(scalarFields.length);
    readScalars(member.record, found);
    return found;
  });
  for (let position = 0; position < scalarFields.length; position++) {
    const field = scalarFields[position] as ScalarField;
    let first: string | number | undefined;
    let present: (string | number)[] | undefined;
    for (let member = 0; member < members.length; member++) {
      const value = scalars[member]?.[position];
      if (value === undefined) continue;
      if (first === undefined) first = value;
      else (present ??= [first]).push(value);
      keep(values, field, String(value), (members[member] as (typeof members)[number]).source);
    }
    const picked = present ? pickValue(present) : first;
    if (picked !== undefined) target[field] = picked;
  }
  takeNameOf(members[nameMember(scalars)]?.record, target);
  // Small arrays instead of Maps and Sets (a record has a handful of emails, phones, tags and
  // technologies): insertion order and first-wins are the same, and most merges allocate less.
  const emails: EmailInfo[] = [];
  const phones: string[] = [];
  const tags: string[] = [];
  const technologies: string[] = [];
  let customByKey: Map<string, { value: string; type: ContactRecord['custom'][string]['type'] }[]> | undefined;
  for (const { record, source } of members) {
    for (const email of record.emails) {
      keep(values, 'email', email.address, source);
      if (!emails.some((seen) => seen.address === email.address)) emails.push(email);
    }
    for (const phone of record.phones) {
      keep(values, 'phone', phone, source);
      if (!phones.includes(phone)) phones.push(phone);
    }
    addNew(tags, record.tags);
    addNew(technologies, record.technologies);
    for (const key in record.custom) {
      const custom = record.custom[key] as ContactRecord['custom'][string];
      keep(values, `custom.${key}`, custom.value, source);
      customByKey ??= new Map();
      const list = customByKey.get(key) ?? [];
      list.push(custom);
      customByKey.set(key, list);
    }
    merged.issues.push(...record.issues);
  }
  merged.emails = exactSize(emails.sort(byPrimaryRank));
  merged.phones = exactSize(phones);
  merged.tags = exactSize(tags);
  merged.technologies = exactSize(technologies);
  merged.issues = exactSize(merged.issues);
  for (const [key, list] of customByKey ?? []) {
    const value = pickValue(list.map((custom) => custom.value));
    const chosen = list.find((custom) => custom.value === value);
    if (chosen !== undefined) merged.custom[key] = { ...chosen };
  }
  return { record: merged, values: exactSizeValues(values), sources: members.map((member) => member.source) };
}

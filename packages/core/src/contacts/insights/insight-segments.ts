import type { Playbook } from '../../playbook/playbook-schema.js';
import { countryDisplayName, resolveCountry } from '../../playbook/geography-regions.js';
import type { ContactRecord, JobFunction, Seniority } from '../contact.js';

/** Company facts an insight may use alongside the record. */
export interface InsightCompany {
  /** The stored company's id, when the contact is linked to one: the best grouping key. */
  id?: string;
  name?: string;
  domain?: string;
  industry?: string;
  employees?: number;
  country?: string;
}

/** One contact as `importInsights` reads it. */
export interface InsightContact {
  record: ContactRecord;
  /** ICP fit in [0, 1]. */
  fit: number;
  /** ICP match (see `fitScore`). */
  matched: boolean;
  company?: InsightCompany;
}

/** A candidate segment: a readable label and the contacts in it. */
export interface Segment {
  /** Stable key, e.g. `seniority=vp&function=sales`. */
  key: string;
  /** Plural noun phrase, e.g. "VPs of Sales at Financial Services companies". */
  label: string;
  /** Row indices of the contacts in the segment. */
  members: number[];
}

const seniorityPlural: Record<Seniority, string> = {
  'c-level': 'C-level executives', vp: 'VPs', director: 'Directors', manager: 'Managers', ic: 'individual contributors',
};

function functionLabel(value: JobFunction): string {
  if (value === 'hr' || value === 'it') return value.toUpperCase();
  return value.charAt(0).toUpperCase() + value.slice(1).replace('-', ' ');
}

/** Employee bands as LinkedIn reports company size, with their labels (built once: toLocaleString is slow). */
const sizeBands = (
  [[1, 10], [11, 50], [51, 200], [201, 500], [501, 1000], [1001, 5000], [5001, Number.POSITIVE_INFINITY]] as const
).map(([low, high]) => ({
  high,
  label: Number.isFinite(high) ? `${low.toLocaleString('en-US')}–${high.toLocaleString('en-US')}` : `${low.toLocaleString('en-US')}+`,
}));

function sizeBand(employees: number | undefined): string | undefined {
  if (employees === undefined || !(employees > 0)) return undefined;
  return sizeBands.find((band) => employees <= band.high)?.label;
}

/** One attribute value of a contact: key part and label pieces. */
interface Attribute {
  name: 'seniority' | 'function' | 'industry' | 'country' | 'size' | 'persona';
  value: string;
}

function attributesOf(contact: InsightContact, playbook: Playbook | undefined): Attribute[] {
  const { record, company } = contact;
  const attributes: Attribute[] = [];
  if (record.seniority) attributes.push({ name: 'seniority', value: record.seniority });
  if (record.function) attributes.push({ name: 'function', value: record.function });
  const industry = (record.industry ?? company?.industry)?.trim();
  if (industry) attributes.push({ name: 'industry', value: industry });
  const rawCountry = record.country ?? company?.country;
  const country = rawCountry ? resolveCountry(rawCountry) : undefined;
  if (country) attributes.push({ name: 'country', value: country });
  const size = sizeBand(record.employees ?? company?.employees);
  if (size) attributes.push({ name: 'size', value: size });
  for (const persona of playbook?.personas ?? []) {
    const seniorityFits = persona.seniority.length === 0 || (record.seniority !== undefined && persona.seniority.includes(record.seniority));
    const functionFits = persona.function.length === 0 || (record.function !== undefined && persona.function.includes(record.function));
    if ((persona.seniority.length > 0 || persona.function.length > 0) && seniorityFits && functionFits) {
      attributes.push({ name: 'persona', value: persona.name });
    }
  }
  return attributes;
}

/** An attribute value seen in the list, or a chain of them (a combination), with its segment key. */
interface InternedAttribute {
  attribute: Attribute;
  /** Segment key of this attribute (or of the chain ending here), e.g. `seniority=vp&function=sales`. */
  part: string;
  segment: { attributes: Attribute[]; members: number[] } | undefined;
  /** Longer chains: the next attribute of a combination → its node. */
  combined: Map<InternedAttribute, InternedAttribute>;
}

/** Builds the plural label of a combination of attributes. */
function labelOf(attributes: readonly Attribute[], industryNames: Map<string, string>): string {
  const find = (name: Attribute['name']) => attributes.find((attribute) => attribute.name === name)?.value;
  const seniority = find('seniority') as Seniority | undefined;
  const jobFunction = find('function') as JobFunction | undefined;
  const persona = find('persona');
  let subject: string;
  if (persona) subject = `contacts matching persona '${persona}'`;
  else if (seniority && jobFunction) subject = `${seniorityPlural[seniority]} of ${functionLabel(jobFunction)}`;
  else if (seniority) subject = seniorityPlural[seniority];
  else if (jobFunction) subject = `people in ${functionLabel(jobFunction)}`;
  else subject = 'contacts';
  const industry = find('industry');
  const country = find('country');
  const size = find('size');
  if (industry) subject += ` at ${industryNames.get(industry.toLowerCase()) ?? industry} companies`;
  if (size) subject += ` at companies with ${size} employees`;
  if (country) subject += ` in ${countryDisplayName(country)}`;
  return subject;
}

/** Attribute combinations worth testing together: role × role, role × industry. */
const combinations: ReadonlyArray<readonly Attribute['name'][]> = [
  ['seniority', 'function'],
  ['function', 'industry'],
  ['seniority', 'industry'],
  ['seniority', 'function', 'industry'],
];

/**
 * Candidate segments of a contact list: each single attribute value (seniority, function, industry,
 * country, size band, playbook persona) and the combinations above, in a deterministic order (by key).
 * Industries group case-insensitively, labelled with their first spelling.
 */
export function candidateSegments(contacts: readonly InsightContact[], playbook?: Playbook): Segment[] {
  const segments = new Map<string, { attributes: Attribute[]; members: number[] }>();
  const industryNames = new Map<string, string>();
  // Keys are built once per distinct attribute (and combination), not per contact: each attribute
  // value is interned to one object with its key part, and a combination's segment is found by
  // following those objects, so a contact costs map lookups rather than new strings.
  const interned = new Map<Attribute['name'], Map<string, InternedAttribute>>();
  const intern = (attribute: Attribute): InternedAttribute => {
    let byValue = interned.get(attribute.name);
    if (!byValue) {
      byValue = new Map();
      interned.set(attribute.name, byValue);
    }
    let found = byValue.get(attribute.value);
    if (!found) {
      const value = attribute.name === 'industry' ? attribute.value.toLowerCase() : attribute.value;
      if (attribute.name === 'industry' && !industryNames.has(value)) industryNames.set(value, attribute.value);
      found = { attribute, part: `${attribute.name}=${value}`, segment: undefined, combined: new Map() };
      byValue.set(attribute.value, found);
    }
    return found;
  };
  const segmentOf = (attributes: Attribute[], key: string) => {
    let segment = segments.get(key);
    if (!segment) {
      segment = { attributes, members: [] };
      segments.set(key, segment);
    }
    return segment;
  };
  const addCombination = (parts: readonly InternedAttribute[], index: number): void => {
    let node = parts[0] as InternedAttribute;
    for (let position = 1; position < parts.length; position++) {
      const part = parts[position] as InternedAttribute;
      let next = node.combined.get(part);
      if (!next) {
        next = { ...part, part: `${node.part}&${part.part}`, segment: undefined, combined: new Map() };
        node.combined.set(part, next);
      }
      node = next;
    }
    node.segment ??= segmentOf(
      parts.map((part) => part.attribute),
      node.part,
    );
    node.segment.members.push(index);
  };
  for (let index = 0; index < contacts.length; index++) {
    const found: Partial<Record<Attribute['name'], InternedAttribute>> = {};
    for (const attribute of attributesOf(contacts[index] as InsightContact, playbook)) {
      const single = intern(attribute);
      found[attribute.name] ??= single;
      single.segment ??= segmentOf([single.attribute], single.part);
      single.segment.members.push(index);
    }
    for (const names of combinations) {
      const parts: InternedAttribute[] = [];
      for (const name of names) {
        const part = found[name];
        if (part === undefined) break;
        parts.push(part);
      }
      if (parts.length === names.length) addCombination(parts, index);
    }
  }
  return [...segments.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, segment]) => ({ key, label: labelOf(segment.attributes, industryNames), members: segment.members }));
}

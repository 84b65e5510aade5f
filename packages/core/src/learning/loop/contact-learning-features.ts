import type { StoredCompany, StoredContact } from '../../store/store.js';
import { companySizeBand } from '../insights/index.js';
import type { FeatureRecord, FeatureValue } from '../reply-model/index.js';
import type { SendProfile } from '../events/send-profile.js';

/**
 * The learning segment of a contact: seniority × company-size band (e.g. `vp · 51–200`), the
 * cut founders reason in ("VPs at 50–200-person companies"). Unknown parts read `unknown`.
 */
export function contactSegment(contact: StoredContact, company?: StoredCompany): string {
  const employees = contactEmployees(contact, company);
  return profileSegment({ ...(contact.record.seniority === undefined ? {} : { seniority: contact.record.seniority }), ...(employees === undefined ? {} : { employees }) });
}

/**
 * The learning segment of a send's recipient profile (seniority × company-size band), as
 * `contactSegment` names a contact's: a history row's title and company size give the same
 * segment as the contact they describe.
 */
export function profileSegment(profile: Pick<SendProfile, 'seniority' | 'employees'>): string {
  return `${profile.seniority ?? 'unknown'} · ${profile.employees === undefined ? 'size unknown' : companySizeBand(profile.employees)}`;
}

/** The contact's company size: its own record's employee count, else its company's. */
export function contactEmployees(contact: StoredContact, company?: StoredCompany): number | undefined {
  return contact.record.employees ?? company?.employees;
}

/** Reply-model features of a contact: ICP fit and the attributes the fit and segments use. */
export function contactLearningFeatures(contact: StoredContact, company?: StoredCompany): FeatureRecord {
  const record = contact.record;
  const features: Record<string, FeatureValue> = { segment: contactSegment(contact, company) };
  if (contact.fit !== undefined) features['fit'] = contact.fit;
  if (record.seniority) features['seniority'] = record.seniority;
  if (record.function) features['function'] = record.function;
  const industry = record.industry ?? company?.industry;
  if (industry) features['industry'] = industry.toLowerCase();
  const country = record.country ?? company?.country;
  if (country) features['country'] = country;
  return features;
}

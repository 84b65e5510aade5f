import type { ContactRecord, JobFunction, Seniority } from '../contacts/contact.js';
import type { IcpDimension } from './playbook-schema.js';
import { resolveCountry } from './geography-regions.js';
import { tokenizeText } from './tokenize-text.js';
import { boundedMemo } from '../contacts/normalize/bounded-memo.js';

/** Job titles repeat across an import; the token arrays are only read. */
const titleTokens = boundedMemo(tokenizeText);

/** Company facts that complete a contact's record for fit scoring (e.g. from the stored company). */
export interface FitCompany {
  industry?: string;
  /** Employee count. */
  employees?: number;
  /** ISO-2 code or a country name. */
  country?: string;
  domain?: string;
}

/** A job title with its match tokens. */
export interface TitleFeature {
  text: string;
  tokens: readonly string[];
}

/** The value type each ICP dimension scores. */
export interface FeatureValueMap {
  industry: string;
  /** Employee count (> 0). */
  companySize: number;
  /** ISO-2 code; a country that cannot be resolved is unknown. */
  geography: string;
  seniority: Seniority;
  function: JobFunction;
  titleKeywords: TitleFeature;
  /** As written in the record (deduplicated case-insensitively), never empty. */
  technologies: readonly string[];
  /** Normalized signal slugs, e.g. `hiring`, `series-a`, never empty. */
  signals: readonly string[];
}

/** What the ICP scores for one contact; a missing key means the value is unknown. */
export type ContactFeatures = { [D in IcpDimension]?: FeatureValueMap[D] };

/** Lower-case slug used for signal names: `Series A` → `series-a`. */
export function signalSlug(text: string): string {
  return tokenizeText(text).join('-');
}

/** Custom columns whose value lists signals (`Signals: hiring; series-a`). */
const signalListKeys = new Set(['signal', 'signals', 'stage', 'funding-stage', 'intent', 'trigger']);
/** Custom columns that are a signal themselves when set (`Hiring: yes`, `Funding: Series B`). */
const signalFlagKeys = new Set(['hiring', 'funding', 'funded', 'recently-funded', 'job-change']);
const falsy = new Set(['', 'no', 'n', 'false', '0', 'none', '-', 'n-a']);

function signalsOf(record: ContactRecord): string[] {
  if (record.tags.length === 0 && !hasOwnKeys(record.custom)) return [];
  const signals = new Set<string>();
  for (const tag of record.tags) {
    const slug = signalSlug(tag);
    if (slug) signals.add(slug);
  }
  for (const [key, custom] of Object.entries(record.custom)) {
    const keySlug = signalSlug(key);
    const valueSlug = signalSlug(custom.value);
    if (signalListKeys.has(keySlug)) {
      for (const part of custom.value.split(/[,;|]/)) {
        const slug = signalSlug(part);
        if (slug) signals.add(slug);
      }
    } else if (signalFlagKeys.has(keySlug) && !falsy.has(valueSlug)) {
      signals.add(keySlug);
      if (!['yes', 'y', 'true', '1', 'x'].includes(valueSlug)) signals.add(valueSlug);
    }
  }
  return [...signals].sort();
}

function hasOwnKeys(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}

function technologiesOf(record: ContactRecord): string[] {
  if (record.technologies.length === 0) return [];
  const seen = new Map<string, string>();
  for (const technology of record.technologies) {
    const trimmed = technology.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()];
}

/**
 * Extracts what the ICP scores from a contact. The record's own values win; the company fills gaps
 * (the record is what the user imported for this person, the company may be older or enriched).
 * Signals come from tags and from custom columns named like `signals`, `stage`, `hiring`, `funding`.
 */
export function contactFeatures(record: ContactRecord, company?: FitCompany): ContactFeatures {
  const features: ContactFeatures = {};
  const industry = (record.industry ?? company?.industry)?.trim();
  if (industry) features.industry = industry;
  const employees = record.employees ?? company?.employees;
  // 0 employees is how several exports write "not known".
  if (employees !== undefined && Number.isFinite(employees) && employees > 0) features.companySize = employees;
  const country = (record.country ? resolveCountry(record.country) : undefined) ?? (company?.country ? resolveCountry(company.country) : undefined);
  if (country) features.geography = country;
  if (record.seniority) features.seniority = record.seniority;
  if (record.function) features.function = record.function;
  const title = record.title?.trim();
  if (title) features.titleKeywords = { text: title, tokens: titleTokens(title) };
  const technologies = technologiesOf(record);
  if (technologies.length > 0) features.technologies = technologies;
  const signals = signalsOf(record);
  if (signals.length > 0) features.signals = signals;
  return features;
}

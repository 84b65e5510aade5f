import type { EnrichedValue, EnrichmentResult } from '../enrichment-provider.js';

/** Registry status in our vocabulary. */
export type RegistryStatus = 'active' | 'in-liquidation' | 'insolvent' | 'deleted';

/** One company as a business registry describes it, in our vocabulary. */
export interface RegistryCompany {
  /** Registry id: IČO (CZ), organisasjonsnummer (NO), Y-tunnus (FI), SIREN (FR). */
  registryId: string;
  legalName: string;
  /** Legal form label (`s.r.o.`, `AS`, `Oy`, `SAS`), or the registry's own label when unknown to us. */
  legalForm?: string;
  /** ISO date the company was founded or registered. */
  foundedOn?: string;
  /** Employees as `lo-hi`, `lo+` or an exact number (`50`). */
  employeeBand?: string;
  /** Activity codes as the registry writes them (NACE / CZ-NACE / TOL / NAF). */
  activityCodes: string[];
  status: RegistryStatus;
  /** ISO-2 country of the registered seat. */
  country: string;
  /** City of the registered seat. */
  city?: string;
  /** URL of the registry record (the provenance of every field). */
  source: string;
}

/** Fields a registry provider fills, in the order listed in the issue. */
export const registryFieldNames = [
  'legalName',
  'registryId',
  'foundedOn',
  'legalForm',
  'employeeBand',
  'activityCodes',
  'status',
  'registryCountry',
  'registryCandidates',
] as const;

/** Enriched fields for a matched company, each with the record URL as source. */
export function registryCompanyFields(company: RegistryCompany, confidence: number): Record<string, EnrichedValue> {
  const fields: Record<string, EnrichedValue> = {};
  const put = (field: string, value: unknown): void => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    fields[field] = { value, source: company.source, confidence };
  };
  put('legalName', company.legalName);
  put('registryId', company.registryId);
  put('foundedOn', company.foundedOn);
  put('legalForm', company.legalForm);
  put('employeeBand', company.employeeBand);
  put('activityCodes', company.activityCodes);
  put('status', company.status);
  put('registryCountry', company.country);
  return fields;
}

/** A `no-data` result with optional warnings. */
export function noDataResult(warnings: string[] = []): EnrichmentResult {
  return { status: 'no-data', fields: {}, signals: [], cost: 0, warnings };
}

import { normalizeCountry } from '../../../contacts/normalize/index.js';
import type { EnrichedValue, EnrichmentSubject } from '../../enrichment-provider.js';
import type { QcFinding, QcValue } from './qc-conflict.js';

/** ISO-2 countries named in website location strings ("Prague, CZ", "Oslo, Norway"). */
function locationCountries(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const countries = new Set<string>();
  for (const location of value) {
    if (typeof location !== 'string') continue;
    const last = location.split(',').at(-1)?.trim();
    const country = last === undefined ? undefined : normalizeCountry(last);
    if (country !== undefined) countries.add(country);
  }
  return [...countries];
}

/**
 * Compares the registry's country with the subject's country and the countries of the locations
 * the website states. A subject country that differs is a conflict; website locations that name
 * countries but never the registry's are a conflict too (a group's local entity usually shows up).
 */
export function checkCountryConsistency(subject: EnrichmentSubject, known: Readonly<Record<string, EnrichedValue>>): QcFinding | undefined {
  const registry = known['registryCountry'];
  if (registry === undefined || typeof registry.value !== 'string') return undefined;
  const registryCountry = registry.value.toUpperCase();
  const values: QcValue[] = [{ value: registryCountry, source: registry.source }];
  const problems: string[] = [];
  if (subject.country !== undefined) {
    values.push({ value: subject.country.toUpperCase(), source: 'subject' });
    if (subject.country.toUpperCase() !== registryCountry) problems.push(`subject country ${subject.country.toUpperCase()}`);
  }
  const locations = known['locations'];
  const websiteCountries = locationCountries(locations?.value);
  if (locations !== undefined && websiteCountries.length > 0) {
    values.push({ value: websiteCountries, source: locations.source });
    if (!websiteCountries.includes(registryCountry)) problems.push(`website locations in ${websiteCountries.join(', ')}`);
  }
  if (values.length === 1) return undefined;
  return {
    field: 'country',
    outcome: problems.length === 0 ? 'consistent' : 'conflict',
    values,
    note: problems.length === 0 ? `country ${registryCountry} agrees` : `registry country ${registryCountry} vs ${problems.join('; ')}`,
  };
}

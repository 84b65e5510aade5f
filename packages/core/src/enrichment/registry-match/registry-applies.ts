import { foldToAscii, normalizeCompanyName } from '../../contacts/normalize/index.js';
import type { EnrichmentSubject } from '../enrichment-provider.js';

/** Which companies a national registry covers. */
export interface RegistryScope {
  /** ISO-2 country the registry covers. */
  country: string;
  /** Legal forms (any spelling: `s.r.o.`, `sro`, `Oyj`) that hint at that country when none is known. */
  legalForms: readonly string[];
}

const whitespace = /\s+/g;

// Dots are kept: Czech `a.s.` and Norwegian `AS` fold to the same letters.
function foldForm(text: string): string {
  return foldToAscii(text).toLowerCase().replace(whitespace, '');
}

/**
 * Whether a registry applies to a company: its country is the registry's; or, with no country known,
 * its legal form (given, or parsed from the name) is one of the registry's forms.
 */
export function registryApplies(scope: RegistryScope, subject: EnrichmentSubject): boolean {
  if (subject.kind !== 'company') return false;
  if (subject.country !== undefined && subject.country.length > 0) {
    return subject.country.toUpperCase() === scope.country;
  }
  const form = subject.legalForm ?? (subject.name === undefined ? undefined : normalizeCompanyName(subject.name)?.legalForm);
  if (form === undefined) return false;
  const folded = foldForm(form);
  return scope.legalForms.some((candidate) => foldForm(candidate) === folded);
}

/** The cache key of a registry lookup: the registry id when known, else the name key and country. */
export function registryCacheKey(subject: EnrichmentSubject, registryId: string | undefined): string {
  if (registryId !== undefined) return `id:${registryId}`;
  const key = subject.key ?? (subject.name === undefined ? '' : (normalizeCompanyName(subject.name)?.key ?? ''));
  return `name:${key}|${subject.country ?? ''}|${subject.legalForm ?? ''}`;
}

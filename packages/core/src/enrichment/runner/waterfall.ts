import type { EnrichmentProvider, EnrichmentResult } from '../enrichment-provider.js';

/**
 * Groups providers that can fill a same field into waterfalls (cheapest first, ties in the given
 * order); a provider sharing no field with another is a waterfall of one.
 */
export function groupWaterfalls(providers: readonly EnrichmentProvider[]): EnrichmentProvider[][] {
  const groups: Array<{ fields: Set<string>; providers: EnrichmentProvider[] }> = [];
  for (const provider of providers) {
    const overlapping = groups.filter((group) => provider.fields.some((field) => group.fields.has(field)));
    const merged = { fields: new Set(provider.fields), providers: [provider] };
    for (const group of overlapping) {
      for (const field of group.fields) merged.fields.add(field);
      merged.providers.unshift(...group.providers);
      groups.splice(groups.indexOf(group), 1);
    }
    groups.push(merged);
  }
  const order = new Map(providers.map((provider, index) => [provider.id, index]));
  return groups.map((group) =>
    [...group.providers].sort((a, b) => a.cost.perCall - b.cost.perCall || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
  );
}

/** A verified hit stops a waterfall: an `ok` result with at least one field at `minConfidence` or above. */
export function isVerifiedHit(result: EnrichmentResult, minConfidence: number): boolean {
  return result.status === 'ok' && Object.values(result.fields).some((value) => value.confidence >= minConfidence);
}

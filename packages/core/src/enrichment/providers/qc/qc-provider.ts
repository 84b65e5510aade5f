import type { EnrichedValue, EnrichmentCallOptions, EnrichmentProvider, EnrichmentResult } from '../../enrichment-provider.js';
import type { EnrichmentProviderSettings } from '../../registry.js';
import { checkCountryConsistency } from './check-country-consistency.js';
import { checkNameConsistency } from './check-name-consistency.js';
import { checkSizeConsistency } from './check-size-consistency.js';
import { checkStatusConsistency } from './check-status-consistency.js';
import type { QcFinding } from './qc-conflict.js';

/** Known fields each check vouches for. */
const checkedFields: Readonly<Record<string, readonly string[]>> = {
  legalName: ['legalName', 'registryId'],
  country: ['registryCountry'],
  employees: ['employeeBand', 'sizeHint', 'employees'],
  status: ['status', 'insolvency'],
};

// Agreement between independent sources raises confidence a little; a conflict halves it.
const agreementBonus = 0.1;
const conflictFactor = 0.5;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Confidence per known field after the checks: each field starts from its own confidence, gains
 * 0.1 (up to 0.99) when a check found it consistent, and is halved when a check found a conflict.
 */
export function qcFieldConfidence(known: Readonly<Record<string, EnrichedValue>>, findings: readonly QcFinding[]): Record<string, number> {
  const confidence: Record<string, number> = {};
  for (const [field, entry] of Object.entries(known)) confidence[field] = entry.confidence;
  for (const finding of findings) {
    for (const field of checkedFields[finding.field] ?? []) {
      const base = confidence[field];
      if (base === undefined) continue;
      confidence[field] = round(finding.outcome === 'consistent' ? Math.min(0.99, base + agreementBonus) : base * conflictFactor);
    }
  }
  return confidence;
}

/**
 * Cross-source quality control, the last company stage: website or imported name vs the registry's
 * legal name (normalized company key), country (subject, website locations, registry), headcount
 * (registry band, website hint, imported figure) and registry status vs the insolvency register.
 * Fills `fieldConfidence` ({ field: 0..1 }) and `conflicts` (the findings that disagree, each also a
 * warning). Makes no calls and costs nothing.
 */
export function createQcProvider(_settings: EnrichmentProviderSettings = {}): EnrichmentProvider {
  async function enrich(options: EnrichmentCallOptions): Promise<EnrichmentResult> {
    const { subject, known } = options;
    const findings = [
      checkNameConsistency(subject, known),
      checkCountryConsistency(subject, known),
      checkSizeConsistency(known),
      checkStatusConsistency(known),
    ].filter((finding): finding is QcFinding => finding !== undefined);
    if (findings.length === 0) return { status: 'no-data', fields: {}, signals: [], cost: 0, warnings: [] };
    const conflicts = findings.filter((finding) => finding.outcome === 'conflict');
    const fields: Record<string, EnrichedValue> = {
      fieldConfidence: { value: qcFieldConfidence(known, findings), source: 'qc', confidence: 1 },
      conflicts: { value: conflicts, source: 'qc', confidence: 1 },
    };
    return { status: 'ok', fields, signals: [], cost: 0, warnings: conflicts.map((conflict) => `conflict on ${conflict.field}: ${conflict.note}`) };
  }

  return {
    id: 'qc',
    stage: 'qc',
    subject: 'company',
    fields: ['fieldConfidence', 'conflicts'],
    cost: { perCall: 0, unit: 'credits' },
    rateLimit: { perSecond: 1_000, burst: 1_000, concurrency: 16 },
    baseUrl: 'local:',
    worksOffline: true,
    applies: (subject) => subject.kind === 'company',
    cacheKey: (subject, known) =>
      `${subject.name ?? ''}|${subject.country ?? ''}|${Object.entries(known)
        .map(([field, entry]) => `${field}=${JSON.stringify(entry.value)}`)
        .sort()
        .join('&')}`,
    enrich,
  };
}

import { normalizeCompanyName } from '../../../contacts/normalize/index.js';
import type { EnrichedValue, EnrichmentSubject } from '../../enrichment-provider.js';
import { nameKeySimilarity } from '../../registry-match/match-registry-candidates.js';
import type { QcFinding } from './qc-conflict.js';

const domainLabel = /^([^.]+)\./;

/**
 * Compares the company's own name (as imported or read from its website) with the registry's legal
 * name by normalized company key. Consistent when the keys are similar (≥ 0.85), or when the key
 * contains the domain's first label (`seznam.cz` and "Seznam.cz, a.s."); else a conflict.
 */
export function checkNameConsistency(subject: EnrichmentSubject, known: Readonly<Record<string, EnrichedValue>>): QcFinding | undefined {
  const legal = known['legalName'];
  if (legal === undefined || typeof legal.value !== 'string' || subject.name === undefined) return undefined;
  const ours = subject.key ?? normalizeCompanyName(subject.name)?.key ?? '';
  const theirs = normalizeCompanyName(legal.value)?.key ?? '';
  const label = subject.domain === undefined ? undefined : domainLabel.exec(subject.domain)?.[1];
  const similarity = nameKeySimilarity(ours, theirs);
  const compactTheirs = theirs.replaceAll(' ', '');
  const sameAsDomain = label !== undefined && label.length >= 3 && compactTheirs.includes(label.replaceAll('-', ''));
  const consistent = similarity >= 0.85 || sameAsDomain;
  return {
    field: 'legalName',
    outcome: consistent ? 'consistent' : 'conflict',
    values: [
      { value: subject.name, source: 'subject' },
      { value: legal.value, source: legal.source },
    ],
    note: consistent
      ? `registry name matches (${similarity.toFixed(2)}${sameAsDomain ? ', domain' : ''})`
      : `registry name "${legal.value}" differs from "${subject.name}" (${similarity.toFixed(2)})`,
  };
}

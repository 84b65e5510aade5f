import { foldToAscii, normalizeCompanyName } from '../../contacts/normalize/index.js';
import type { EnrichedValue, EnrichmentResult, EnrichmentSubject } from '../enrichment-provider.js';
import { noDataResult, registryCompanyFields, type RegistryCompany } from './registry-company.js';

/** Thresholds of the name match. */
export interface RegistryMatchOptions {
  /** Lowest score accepted as a match. Default 0.85. */
  accept?: number;
  /** A runner-up this close to the best makes the match ambiguous. Default 0.05. */
  margin?: number;
  /** Candidates below this score are not worth listing; if all are, the result is `no-data`. Default 0.5. */
  floor?: number;
  /**
   * Hits the registry counted beyond those it returned (its total minus the page read). When some
   * are unread, a best candidate that agrees on the name alone (no legal form or city agreeing) is
   * not accepted: an unread namesake could score as high. Default 0.
   */
  unreadHits?: number;
}

/** A candidate with its score and the reasons behind it. */
export interface ScoredRegistryCandidate {
  company: RegistryCompany;
  /** 0..1. */
  score: number;
  reasons: string[];
  /** Whether something besides the name agrees (the legal form or the known city). */
  corroborated: boolean;
}

const nonAlphanumeric = /[^a-z0-9]+/g;

function fold(text: string): string {
  return foldToAscii(text).toLowerCase().replace(nonAlphanumeric, '');
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const compact = ` ${text} `;
  for (let index = 0; index < compact.length - 1; index += 1) {
    const gram = compact.slice(index, index + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice similarity of character bigrams of two match keys (1 for equal keys). */
export function nameKeySimilarity(left: string, right: string): number {
  if (left.length === 0 || right.length === 0) return 0;
  if (left === right) return 1;
  const a = bigrams(left);
  const b = bigrams(right);
  let shared = 0;
  let total = 0;
  for (const count of a.values()) total += count;
  for (const [gram, count] of b) {
    total += count;
    shared += Math.min(count, a.get(gram) ?? 0);
  }
  return (2 * shared) / total;
}

/** The subject's match key and legal form, from its fields or parsed from its name. */
function subjectName(subject: EnrichmentSubject): { key?: string; legalForm?: string } {
  const parsed = subject.name === undefined ? undefined : normalizeCompanyName(subject.name);
  const key = subject.key ?? parsed?.key;
  const legalForm = subject.legalForm ?? parsed?.legalForm;
  return { ...(key === undefined ? {} : { key }), ...(legalForm === undefined ? {} : { legalForm }) };
}

/**
 * Scores each registry candidate against the subject: 0.9 × the name-key similarity (Sørensen–Dice
 * over bigrams of the normalized key, legal form removed), then +0.05 when the legal forms agree and −0.1
 * when they differ, −0.3 for another country, +0.05 when the known city agrees, and −0.05 for a
 * deleted entity (so an active company beats a deleted namesake). Clamped to 0..1, best first.
 */
export function scoreRegistryCandidates(
  subject: EnrichmentSubject,
  known: Readonly<Record<string, EnrichedValue>>,
  candidates: readonly RegistryCompany[],
): ScoredRegistryCandidate[] {
  const wanted = subjectName(subject);
  const knownCity = known['city']?.value;
  const city = typeof knownCity === 'string' ? fold(knownCity) : undefined;
  const scored = candidates.map((company) => {
    const reasons: string[] = [];
    let corroborated = false;
    const parsed = normalizeCompanyName(company.legalName);
    const similarity = nameKeySimilarity(wanted.key ?? '', parsed?.key ?? '');
    // The name carries 0.9; agreeing legal form and city add 0.05 each, so they can break a tie.
    let score = 0.9 * similarity;
    reasons.push(`name ${similarity.toFixed(2)}`);
    const theirForm = company.legalForm ?? parsed?.legalForm;
    if (wanted.legalForm !== undefined && theirForm !== undefined) {
      const agree = fold(wanted.legalForm) === fold(theirForm);
      score += agree ? 0.05 : -0.1;
      corroborated ||= agree;
      reasons.push(agree ? 'legal form agrees' : `legal form differs (${theirForm})`);
    }
    if (subject.country !== undefined && subject.country.toUpperCase() !== company.country.toUpperCase()) {
      score -= 0.3;
      reasons.push(`country differs (${company.country})`);
    }
    if (city !== undefined && company.city !== undefined && fold(company.city) === city) {
      score += 0.05;
      corroborated = true;
      reasons.push('city agrees');
    }
    if (company.status === 'deleted') {
      score -= 0.05;
      reasons.push('deleted');
    }
    return { company, score: round(Math.min(1, Math.max(0, score))), reasons, corroborated };
  });
  return scored.sort((left, right) => right.score - left.score);
}

function describe(candidate: ScoredRegistryCandidate): string {
  const { company } = candidate;
  const place = company.city === undefined ? '' : `, ${company.city}`;
  return `${company.legalName} (${company.registryId}${place}, ${candidate.score.toFixed(2)})`;
}

/**
 * Turns a registry's search hits into a result: the best candidate when it scores at least
 * `accept` and no runner-up is within `margin`; `ambiguous` with the candidates listed (field
 * `registryCandidates` and a warning) when two are too close, the best is below `accept`, or the
 * registry left hits unread (`unreadHits`) and the best agrees on the name alone; `no-data` when
 * nothing reaches `floor`. Never guesses.
 */
export function matchRegistryCandidates(
  subject: EnrichmentSubject,
  known: Readonly<Record<string, EnrichedValue>>,
  candidates: readonly RegistryCompany[],
  options: RegistryMatchOptions = {},
): EnrichmentResult {
  const accept = options.accept ?? 0.85;
  const margin = options.margin ?? 0.05;
  const floor = options.floor ?? 0.5;
  const scored = scoreRegistryCandidates(subject, known, candidates).filter((candidate) => candidate.score >= floor);
  const [best, second] = scored;
  if (best === undefined) {
    return noDataResult(candidates.length > 0 ? [`no registry candidate scored ${floor} or more`] : []);
  }
  // Scores are rounded to 0.01, so the comparison is exact: a runner-up exactly `margin` behind is not close.
  const close = second !== undefined && round(best.score - second.score) < margin;
  const unread = options.unreadHits ?? 0;
  const nameOnly = unread > 0 && !best.corroborated;
  if (best.score >= accept && !close && !nameOnly) {
    return { status: 'ok', fields: registryCompanyFields(best.company, best.score), signals: [], cost: 0, warnings: [] };
  }
  const listed = scored.slice(0, 5);
  const why = close
    ? `${listed.length} candidates within ${margin}`
    : best.score < accept
      ? `best candidate scored below ${accept}`
      : `the registry has ${unread} more ${unread === 1 ? 'hit' : 'hits'} than it returned and the best agrees on the name only`;
  return {
    status: 'ambiguous',
    fields: {
      registryCandidates: {
        value: listed.map((candidate) => ({
          registryId: candidate.company.registryId,
          legalName: candidate.company.legalName,
          city: candidate.company.city,
          status: candidate.company.status,
          score: candidate.score,
          reasons: candidate.reasons,
          source: candidate.company.source,
        })),
        source: best.company.source,
        confidence: 0,
      },
    },
    signals: [],
    cost: 0,
    warnings: [`ambiguous registry match: ${why}: ${listed.map(describe).join('; ')}`],
  };
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}

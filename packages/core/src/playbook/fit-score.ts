import type { ContactRecord } from '../contacts/contact.js';
import type { StoredFitReason } from '../store/store.js';
import { contactFeatures } from './contact-features.js';
import type { ContactFeatures, FitCompany } from './contact-features.js';
import type { Playbook } from './playbook-schema.js';
import { companyDimensions, icpDimensions } from './playbook-schema.js';
import type { IcpDimension } from './playbook-schema.js';
import { prepareIcp } from './prepare-icp.js';
import type { PreparedIcp } from './prepare-icp.js';

/**
 * Score of a dimension whose value is unknown for a contact. It counts in the weighted mean's
 * denominator at half credit rather than being dropped: dropping it would let a sparse record with
 * one matching field reach fit 1 (unknown treated as a match), while 0 would rank every
 * not-yet-enriched contact below known mismatches. 0.5 also keeps an all-unknown contact below the
 * default match threshold (0.6).
 */
export const unknownDimensionScore = 0.5;

/** The fit of one contact against a playbook's ICP. */
export interface FitScoreResult {
  /** Weighted mean of the configured dimensions' scores, in [0, 1]; 0 when a hard filter failed. */
  fit: number;
  /**
   * An ICP match: fit >= `matchThreshold`, no hard filter failed, and no required dimension is
   * unknown (a required criterion must be confirmed, not assumed).
   */
  matched: boolean;
  /** One reason per configured dimension, in ICP dimension order. */
  reasons: StoredFitReason[];
}

/** Outcome of one dimension, shared with the compiled path. */
export const dimensionStatus = { ok: 0, hardFail: 1, unconfirmed: 2 } as const;

interface DimensionOutcome {
  reason: StoredFitReason;
  status: number;
}

function evaluateDimension<D extends IcpDimension>(
  dimension: D,
  prepared: PreparedIcp,
  features: ContactFeatures,
): DimensionOutcome | undefined {
  const scorer = prepared[dimension];
  if (!scorer) return undefined;
  const value = features[dimension];
  const { weight, required } = scorer;
  if (value === undefined) {
    const text = required ? `${scorer.unknown} (required: cannot confirm the match)` : scorer.unknown;
    return {
      reason: { dimension, score: unknownDimensionScore, weight, matched: false, text },
      status: required ? dimensionStatus.unconfirmed : dimensionStatus.ok,
    };
  }
  const score = scorer.score(value);
  const failed = required && score < 1;
  return {
    reason: { dimension, score, weight, matched: score >= 1, text: failed ? scorer.hardFail(value) : scorer.explain(value, score) },
    status: failed ? dimensionStatus.hardFail : dimensionStatus.ok,
  };
}

/** Most distinct values remembered per scorer before its memo is emptied and refilled. */
const outcomeMemoCapacity = 10_000;

const unknownKey = '\u0000unknown';

/** Cache key of a feature value: the outcome of a dimension depends on nothing else. */
function valueKey(value: ContactFeatures[IcpDimension]): string | number {
  if (value === undefined) return unknownKey;
  if (typeof value === 'string' || typeof value === 'number') return value;
  // A title's tokens are derived from its text, so the text alone identifies the feature.
  if ('text' in value) return value.text;
  return value.join('\u0000');
}

const outcomeMemos = new WeakMap<object, Map<string | number, DimensionOutcome | undefined>>();

/**
 * {@link evaluateDimension} remembered per (scorer, value): contacts share industries, sizes,
 * countries and titles, so one reason object (and its text) serves all of them instead of a new
 * one per contact. The shared reasons are frozen.
 */
function memoizedDimension(dimension: IcpDimension, prepared: PreparedIcp, features: ContactFeatures): DimensionOutcome | undefined {
  const scorer = prepared[dimension];
  if (!scorer) return undefined;
  let memo = outcomeMemos.get(scorer);
  if (!memo) {
    memo = new Map();
    outcomeMemos.set(scorer, memo);
  }
  const key = valueKey(features[dimension]);
  const cached = memo.get(key);
  if (cached !== undefined) return cached;
  const outcome = evaluateDimension(dimension, prepared, features);
  // Shared by every contact with this value: frozen, so an in-place edit fails loudly instead of
  // changing the reason of all of them.
  if (outcome) Object.freeze(outcome.reason);
  if (memo.size >= outcomeMemoCapacity) memo.clear();
  memo.set(key, outcome);
  return outcome;
}

const companyDimensionSet = new Set<IcpDimension>(companyDimensions);

const preparedCache = new WeakMap<object, PreparedIcp>();

/** The prepared scorers of a playbook's ICP, built once per ICP object (playbooks are immutable). */
export function preparedIcpOf(playbook: Playbook): PreparedIcp {
  let prepared = preparedCache.get(playbook.icp);
  if (!prepared) {
    prepared = prepareIcp(playbook.icp);
    preparedCache.set(playbook.icp, prepared);
  }
  return prepared;
}

/**
 * Scores how well a contact fits the playbook's ICP, with one founder-readable reason per configured
 * dimension ("VP → matches seniority VP", "industry unknown").
 *
 * - fit = Σ weight × score / Σ weight over dimensions with weight > 0;
 *   an unknown value scores {@link unknownDimensionScore}. With only weight-0 (filter) dimensions,
 *   fit is 1 when every filter passes.
 * - A `required` dimension whose known value scores below 1 is a failed hard filter: fit 0,
 *   matched false, and its reason reads "hard filter: …".
 * - `company` fills values the record lacks (industry, employees, country).
 *
 * @example fitScore(record, playbook, { industry: 'Computer Software', employees: 240 })
 */
export function fitScore(record: ContactRecord, playbook: Playbook, company?: FitCompany): FitScoreResult {
  return fitScoreFeatures(contactFeatures(record, company), playbook);
}

/** {@link fitScore} over already extracted features. */
export function fitScoreFeatures(features: ContactFeatures, playbook: Playbook): FitScoreResult {
  const prepared = preparedIcpOf(playbook);
  const reasons: StoredFitReason[] = [];
  // Company and role dimensions are summed separately, then added: the compiled path sums per
  // company profile and per role profile, and the same grouping keeps both bit-for-bit equal.
  let companySum = 0;
  let roleSum = 0;
  let totalWeight = 0;
  let status = 0;
  for (const dimension of icpDimensions) {
    const outcome = memoizedDimension(dimension, prepared, features);
    if (!outcome) continue;
    reasons.push(outcome.reason);
    status |= outcome.status;
    const { weight, score } = outcome.reason;
    if (weight > 0) {
      if (companyDimensionSet.has(dimension)) companySum += weight * score;
      else roleSum += weight * score;
      totalWeight += weight;
    }
  }
  const hardFail = (status & dimensionStatus.hardFail) !== 0;
  const fit = hardFail ? 0 : totalWeight > 0 ? (companySum + roleSum) / totalWeight : 1;
  // An exact-size copy: the list grew by `push` (17 slots for 8 reasons), and callers keep it with the contact.
  return { fit, matched: !hardFail && (status & dimensionStatus.unconfirmed) === 0 && fit >= playbook.matchThreshold, reasons: reasons.slice() };
}

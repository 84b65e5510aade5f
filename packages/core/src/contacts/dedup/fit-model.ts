/**
 * Fits the dedup match model: u from random record pairs, m from anchor pairs (exact identifiers)
 * where they inform a field and by EM elsewhere; then u again, from the random pairs the fitted
 * model takes for non-matches, and m and λ once more.
 */
import { anchoredM, fitMatchModel, type MatchModel, minAnchorPairs, nonMatchShares, type PatternTable, sampleRandomPatterns, uFromPatterns } from './fellegi-sunter.js';
import type { RecordComparer } from './record-comparison.js';
import type { RecordFeatures } from './record-features.js';

/** Model-fitting settings (a subset of `DedupOptions`). */
export interface FitModelOptions {
  /** Random pairs used to estimate u. Default 200,000 (all pairs when fewer). */
  uSampleSize?: number;
  /** Seed of the random-pair sample. Default 1. */
  seed?: number;
  /** Re-estimate u among the candidate pairs by EM too. Default false. */
  fitU?: boolean;
}

/**
 * Random pairs of different people, taken to disagree on every field, added to the sampled ones
 * when u is estimated. A list of a few rows has a few random pairs, and one pair of duplicates
 * among them made an equal name look common (u 0.5 and more): two rows of one person by name and
 * company were never merged in a list of two or three rows. Its weight fades with the list: 100
 * against 1,225 random pairs at 50 rows, 4,950 at 100, and the 200,000 sampled from 633 rows on.
 */
const priorNonMatchPairs = 100;

/** Largest share of random pairs that may agree exactly on a field for it to anchor pairs. */
const maxAnchorU = 1e-3;

/** Share of random pairs agreeing exactly on a custom column from which it counts as descriptive (a category, not an identifier). */
const minDescriptiveU = 0.02;

/** Level at which each compared field anchors a pair (exact identifiers), -1 for the others. */
function anchorLevels(comparer: RecordComparer, features: RecordFeatures, u: readonly number[][]): number[] {
  const customTypes = new Map<string, string>(features.custom.map((column) => [`custom.${column.key}`, column.type]));
  return comparer.fields.map((field, f) => {
    const type = customTypes.get(field.name);
    const identifier = field.name === 'email' || field.name === 'linkedin' || field.name === 'phone' || type === 'id' || type === 'email' || type === 'phone';
    // an identifier that random pairs share (a street number typed as an id, a switchboard) anchors nothing
    const top = field.levels - 1;
    return identifier && (u[f]?.[top] ?? 1) <= maxAnchorU ? top : -1;
  });
}

/**
 * The match model of `features` from the patterns of their candidate pairs (`table`, over
 * `candidateCount` pairs). A random pair is a duplicate with the chance λ × candidates / all pairs:
 * negligible in a big list, but 1 in 250 in a small list of people listed eight times each, where
 * those duplicates would make an exact email or birth date look common, keep the email from
 * anchoring and lend a different birth date the weight of a typo. So u is estimated twice: from all
 * random pairs, then from the ones the first model takes for non-matches.
 */
export function fitDedupModel(comparer: RecordComparer, features: RecordFeatures, table: PatternTable, candidateCount: number, options: FitModelOptions = {}): MatchModel {
  const size = features.size;
  const random = sampleRandomPatterns(comparer, size, options.uSampleSize ?? 200_000, options.seed ?? 1);
  const descriptiveOf = (u: readonly number[][]): boolean[] => comparer.fields.map((field, f) => field.name.startsWith('custom.') && (u[f]?.[field.levels - 1] ?? 0) >= minDescriptiveU);
  const fit = (u: number[][]): MatchModel => {
    const anchors = anchorLevels(comparer, features, u);
    return fitMatchModel(comparer.fields, table, u, {
      fitU: options.fitU ?? false,
      fixedM: anchoredM(comparer.fields, table, anchors),
      descriptive: descriptiveOf(u),
      maxLambda: Math.min(matchShareBound(table, anchors, candidateCount) ?? 1, (maxMatchesPerRecord * size) / Math.max(1, candidateCount)),
    });
  };
  const first = fit(uFromPatterns(comparer.fields, random, undefined, priorNonMatchPairs));
  const allPairs = (size * (size - 1)) / 2;
  const matchShare = allPairs === 0 ? 0 : (first.lambda * candidateCount) / allPairs;
  return fit(uFromPatterns(comparer.fields, random, nonMatchShares(first, random, matchShare), priorNonMatchPairs));
}

/**
 * Matching pairs per record at the most: the labelled files hold 0.4-3.0 (febrl dataset2 to splink's
 * fake_1000 demos, where people are listed up to ten times). Bounds λ where no identifier does: a
 * list of different people with no id, email or phone (febrl dataset4a without its ids) otherwise
 * has EM take every candidate pair for a match (λ 0.999, 121 pairs of namesakes merged; 43 with it).
 */
export const maxMatchesPerRecord = 5;

/** Share of duplicates taken to agree exactly on a filled identifier, at the least (typos aside). */
const minIdentifierAgreement = 0.5;

/**
 * Upper bound on λ, the share of candidate pairs that are matches, from the identifiers: when an
 * identifier (a custom id, an email, a phone) is filled on both sides of most candidate pairs but
 * almost no candidate pair agrees on it, the list holds almost no duplicates, whatever the names
 * say. Without it, EM over a list with no duplicates takes every candidate pair for a match (λ →
 * 0.999, u being fixed from random pairs) and merges namesakes. With `a` pairs agreeing, at most
 * (a + 3) / (0.5 × filled share) pairs are matches (3: the rule of three's 95% bound on zero).
 * No bound (undefined) when identifiers agree often enough (`minAnchorPairs`) to estimate m from them.
 */
export function matchShareBound(table: PatternTable, anchors: readonly number[], candidateCount: number): number | undefined {
  if (candidateCount <= 0) return undefined;
  let bound: number | undefined;
  anchors.forEach((anchor, f) => {
    if (anchor < 0) return;
    let filled = 0;
    let agreeing = 0;
    for (let p = 0; p < table.size; p++) {
      const level = table.levels[p * table.fieldCount + f] ?? -1;
      const count = table.counts[p] ?? 0;
      if (level >= 0) filled += count;
      if (level === anchor) agreeing += count;
    }
    const filledShare = filled / candidateCount;
    if (agreeing >= minAnchorPairs || filledShare < 0.5) return;
    const matches = (agreeing + 3) / (minIdentifierAgreement * filledShare);
    const share = Math.max(1e-6, matches / candidateCount);
    bound = bound === undefined ? share : Math.min(bound, share);
  });
  return bound;
}

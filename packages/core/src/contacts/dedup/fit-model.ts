/**
 * Fits the dedup match model: u from random record pairs, m from anchor pairs (exact identifiers)
 * where they inform a field and by EM elsewhere; then u again, from the random pairs the fitted
 * model takes for non-matches, and m and λ once more.
 */
import { anchoredM, fitMatchModel, type MatchModel, nonMatchShares, type PatternTable, sampleRandomPatterns, uFromPatterns } from './fellegi-sunter.js';
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
  const fit = (u: number[][]): MatchModel =>
    fitMatchModel(comparer.fields, table, u, { fitU: options.fitU ?? false, fixedM: anchoredM(comparer.fields, table, anchorLevels(comparer, features, u)), descriptive: descriptiveOf(u) });
  const first = fit(uFromPatterns(comparer.fields, random));
  const allPairs = (size * (size - 1)) / 2;
  const matchShare = allPairs === 0 ? 0 : (first.lambda * candidateCount) / allPairs;
  return fit(uFromPatterns(comparer.fields, random, nonMatchShares(first, random, matchShare)));
}

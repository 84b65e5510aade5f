/**
 * Fellegi–Sunter match model: per field and comparison level, m = P(level | match) and
 * u = P(level | non-match). u is estimated from random record pairs (almost all non-matches);
 * m and the match share λ are estimated by expectation-maximisation over the candidate pairs,
 * unsupervised, so one configuration fits every file. EM runs over distinct comparison patterns
 * with their counts, not over pairs, so it costs milliseconds even for millions of pairs.
 */
import type { ComparedField, RecordComparer } from './record-comparison.js';
import { createPatternTally } from './pattern-tally.js';

/** A fitted model. `m[f][level]` and `u[f][level]` per compared field. */
export interface MatchModel {
  fields: ComparedField[];
  m: number[][];
  u: number[][];
  /** Prior share of matches among candidate pairs. */
  lambda: number;
  /** EM iterations run. */
  iterations: number;
  /**
   * Fields that describe rather than identify (custom columns whose values random pairs often
   * share: a source file, a program type, a funding flag). Such columns tend to agree together, so
   * of their agreements only the strongest counts; their disagreements all count.
   */
  descriptive?: readonly boolean[];
}

/**
 * Log2 match weight of a level vector: the sum of log2(m/u) over non-missing fields not excluded
 * by `skip`, with the positive weights of descriptive fields replaced by the largest of them.
 */
function levelsWeight(m: number[][], u: number[][], descriptive: readonly boolean[], levelOf: (f: number) => number, fieldCount: number, skip: readonly boolean[] = []): number {
  let weight = 0;
  let bestDescriptive = 0;
  for (let f = 0; f < fieldCount; f++) {
    const level = levelOf(f);
    if (level < 0 || skip[f] === true) continue;
    const value = Math.log2((m[f]?.[level] ?? 1) / (u[f]?.[level] ?? 1));
    if (descriptive[f] === true && value > 0) bestDescriptive = Math.max(bestDescriptive, value);
    else weight += value;
  }
  return weight + bestDescriptive;
}

/** Distinct comparison patterns: levels (pattern-major, -1 = missing) and how many pairs show each. */
export interface PatternTable {
  fieldCount: number;
  levels: Int8Array;
  counts: Float64Array;
  size: number;
}

/** A small seeded PRNG (mulberry32) so u estimates are reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random pairs drawn and fetched together in `sampleRandomPatterns`. */
const sampleBatch = 32;

/**
 * Comparison patterns of `sampleSize` random pairs of `size` records (all pairs when fewer), as a
 * pattern table (the sample from which u is estimated).
 */
export function sampleRandomPatterns(comparer: RecordComparer, size: number, sampleSize = 200_000, seed = 1): PatternTable {
  const fieldCount = comparer.fields.length;
  const levels = new Int8Array(fieldCount);
  const tally = createPatternTally(fieldCount);
  const totalPairs = (size * (size - 1)) / 2;
  if (totalPairs <= sampleSize) {
    for (let a = 0; a < size; a++) {
      for (let b = a + 1; b < size; b++) {
        comparer.compare(a, b, levels);
        tally.add(comparer.patternCode(levels), levels);
      }
    }
  } else {
    const random = mulberry32(seed);
    // drawn a batch at a time, in the same order, so both records of a batch are fetched together
    // before they are compared (`RecordComparer.prefetch`): both are random, two cache misses a pair
    const lefts = new Uint32Array(sampleBatch);
    const rights = new Uint32Array(sampleBatch);
    for (let from = 0; from < sampleSize; from += sampleBatch) {
      const count = Math.min(sampleBatch, sampleSize - from);
      for (let k = 0; k < count; k++) {
        const a = Math.floor(random() * size);
        let b = Math.floor(random() * (size - 1));
        if (b >= a) b++;
        lefts[k] = a;
        rights[k] = b;
      }
      comparer.prefetch(lefts, 0, count);
      comparer.prefetch(rights, 0, count);
      for (let k = 0; k < count; k++) {
        comparer.compare(lefts[k] ?? 0, rights[k] ?? 0, levels);
        tally.add(comparer.patternCode(levels), levels);
      }
    }
  }
  return tally.table();
}

/**
 * u probabilities from a table of random-pair patterns, each pattern counted `weights[p]` times
 * its count (1 when not given: every random pair a non-match), with add-one smoothing so no level
 * has u = 0, and `priorDisagreements` more pairs at level 0 (disagreement) as a prior.
 */
export function uFromPatterns(fields: readonly ComparedField[], table: PatternTable, weights?: Float64Array, priorDisagreements = 0): number[][] {
  const tallies = fields.map((field) => {
    const row = new Float64Array(field.levels).fill(1);
    row[0] = 1 + priorDisagreements;
    return row;
  });
  for (let p = 0; p < table.size; p++) {
    const count = (table.counts[p] ?? 0) * (weights === undefined ? 1 : (weights[p] ?? 1));
    const offset = p * table.fieldCount;
    for (let f = 0; f < table.fieldCount; f++) {
      const level = table.levels[offset + f] ?? -1;
      const row = tallies[f];
      if (level >= 0 && row !== undefined) row[level] = (row[level] ?? 0) + count;
    }
  }
  return tallies.map((row) => {
    let total = 0;
    for (const value of row) total += value;
    return Array.from(row, (value) => value / total);
  });
}

/** u probabilities from `sampleSize` random pairs of `size` records (all pairs when fewer), with add-one smoothing. */
export function estimateU(comparer: RecordComparer, size: number, sampleSize = 200_000, seed = 1): number[][] {
  return uFromPatterns(comparer.fields, sampleRandomPatterns(comparer, size, sampleSize, seed));
}

/**
 * Share of non-matches in each random-pair pattern under `model`, given that `matchShare` of
 * random pairs are matches: the weights with which `uFromPatterns` re-estimates u without the
 * duplicates a random sample of a list full of them contains (1 in 250 pairs of a list whose
 * records come in clusters of eight agree on nearly everything, and would make an exact email look
 * common).
 */
export function nonMatchShares(model: MatchModel, table: PatternTable, matchShare: number): Float64Array {
  const share = Math.min(0.5, Math.max(1e-12, matchShare));
  const logPrior = Math.log2(share / (1 - share));
  const weights = new Float64Array(table.size);
  for (let p = 0; p < table.size; p++) weights[p] = 1 - 1 / (1 + 2 ** -(logPrior + patternWeight(table, p, model.m, model.u, model.descriptive ?? [])));
  return weights;
}

/** Starting m: most mass on the top level, the rest rising toward it. */
function initialM(levels: number): number[] {
  const m: number[] = [];
  let rest = 0;
  for (let l = 0; l < levels - 1; l++) rest += l + 1;
  for (let l = 0; l < levels - 1; l++) m.push((0.25 * (l + 1)) / rest);
  m.push(0.75);
  return m;
}

/** Log2 match weight of pattern `p`. */
function patternWeight(table: PatternTable, p: number, m: number[][], u: number[][], descriptive: readonly boolean[]): number {
  const offset = p * table.fieldCount;
  return levelsWeight(m, u, descriptive, (f) => table.levels[offset + f] ?? -1, table.fieldCount);
}

/** Anchor pairs a field needs before `anchoredM` estimates its m from them. */
export const minAnchorPairs = 30;

/**
 * m from anchor pairs: candidate pairs that agree exactly on an identifier (an email address, a
 * LinkedIn profile, a phone, a custom id) are near-certain matches, so the levels of the other
 * fields among them estimate m directly. A field's m uses only anchors vouched for by another
 * field (an email's m never comes from pairs chosen for sharing that email). `anchors[f]` is the
 * level at which field `f` anchors a pair (-1: never). Fields seen on fewer than `minPairs` anchors
 * get `undefined` (left to EM). Smoothed toward `initialM` with one pseudo-pair.
 */
export function anchoredM(fields: readonly ComparedField[], table: PatternTable, anchors: readonly number[], minPairs = minAnchorPairs): (number[] | undefined)[] {
  const sums = fields.map((field) => new Float64Array(field.levels));
  const anchorFields: number[] = [];
  for (let p = 0; p < table.size; p++) {
    const offset = p * table.fieldCount;
    anchorFields.length = 0;
    for (let f = 0; f < table.fieldCount; f++) {
      const anchor = anchors[f] ?? -1;
      if (anchor >= 0 && table.levels[offset + f] === anchor) anchorFields.push(f);
    }
    if (anchorFields.length === 0) continue;
    const count = table.counts[p] ?? 0;
    for (let f = 0; f < table.fieldCount; f++) {
      const level = table.levels[offset + f] ?? -1;
      if (level < 0) continue;
      if (anchorFields.length === 1 && anchorFields[0] === f) continue;
      const row = sums[f];
      if (row !== undefined) row[level] = (row[level] ?? 0) + count;
    }
  }
  return sums.map((row, f) => {
    let total = 0;
    for (const value of row) total += value;
    if (total < minPairs) return undefined;
    const prior = initialM(row.length);
    return Array.from(row, (value, level) => Math.min(1 - 1e-6, Math.max(1e-6, (value + (prior[level] ?? 0)) / (total + 1))));
  });
}

/**
 * Fits m and λ by EM on the candidate pairs' patterns, with u held fixed (unless `fitU`). Rows of
 * `fixedM` that are given (e.g. from `anchoredM`) are held fixed too, so EM only fills in the
 * fields no anchor informs and the match share: it cannot drift to "same household" or "same
 * company" when names and identifiers already pin down what a match looks like. Each m row
 * starts from `priorPairs` pseudo-pairs at the starting guess (default `minAnchorPairs`): in a list
 * of different people, where `maxLambda` leaves room for a handful of matches, EM otherwise learns
 * m from those few namesakes alone ("matches live on different streets") and merges them (febrl
 * dataset4a); beside the thousands of matches of a list with duplicates the pseudo-pairs are noise.
 */
export function fitMatchModel(
  fields: ComparedField[],
  table: PatternTable,
  initialU: number[][],
  options: { maxIterations?: number; tolerance?: number; fitU?: boolean; fixedM?: readonly (number[] | undefined)[]; descriptive?: readonly boolean[]; maxLambda?: number; priorPairs?: number } = {},
): MatchModel {
  const descriptive = options.descriptive ?? [];
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-6;
  const fixedM = options.fixedM ?? [];
  const priorPairs = options.priorPairs ?? minAnchorPairs;
  let m = fields.map((field, f) => fixedM[f] ?? initialM(field.levels));
  let u = initialU;
  let lambda = Math.min(0.3, options.maxLambda ?? 0.3);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const sums = fields.map((field) => new Float64Array(field.levels));
    const uSums = fields.map((field) => new Float64Array(field.levels));
    let matchTotal = 0;
    let total = 0;
    const logPrior = Math.log2(lambda / (1 - lambda));
    for (let p = 0; p < table.size; p++) {
      const count = table.counts[p] ?? 0;
      const probability = 1 / (1 + 2 ** -(logPrior + patternWeight(table, p, m, u, descriptive)));
      const weight = probability * count;
      matchTotal += weight;
      total += count;
      const offset = p * table.fieldCount;
      for (let f = 0; f < table.fieldCount; f++) {
        const level = table.levels[offset + f] ?? -1;
        const row = sums[f];
        if (level >= 0 && row !== undefined) row[level] = (row[level] ?? 0) + weight;
        const uRow = uSums[f];
        if (level >= 0 && uRow !== undefined) uRow[level] = (uRow[level] ?? 0) + count - weight;
      }
    }
    if (options.fitU === true) {
      u = uSums.map((row) => {
        let sum = 0;
        for (const value of row) sum += value;
        return Array.from(row, (value) => Math.min(1 - 1e-6, Math.max(1e-6, sum > 0 ? value / sum : 1 / row.length)));
      });
    }
    const next = sums.map((row, f) => {
      const fixed = fixedM[f];
      if (fixed !== undefined) return fixed;
      // pseudo-pairs at the starting guess: negligible beside thousands of matches, but a list with
      // a handful of matches no longer learns m from them alone
      const prior = initialM(row.length);
      let sum = priorPairs;
      for (const value of row) sum += value;
      return Array.from(row, (value, l) => Math.min(1 - 1e-6, Math.max(1e-6, sum > 0 ? (value + priorPairs * (prior[l] ?? 0)) / sum : 1 / row.length)));
    });
    const nextLambda = Math.min(options.maxLambda ?? 0.999, Math.max(1e-6, total > 0 ? matchTotal / total : 0.5));
    let change = Math.abs(nextLambda - lambda);
    next.forEach((row, f) => row.forEach((value, l) => (change = Math.max(change, Math.abs(value - (m[f]?.[l] ?? 0))))));
    m = next;
    lambda = nextLambda;
    if (change < tolerance) {
      iterations++;
      break;
    }
  }
  return { fields, m, u, lambda, iterations, descriptive };
}

/** Match probability of a level vector under `model`. */
export function matchProbability(model: MatchModel, levels: Int8Array): number {
  const weight = Math.log2(model.lambda / (1 - model.lambda)) + evidenceWeight(model, levels);
  return 1 / (1 + 2 ** -weight);
}

/** Log2 weight of a level vector summed over the fields not excluded by `skip`. */
export function evidenceWeight(model: MatchModel, levels: Int8Array, skip: readonly boolean[] = []): number {
  return levelsWeight(model.m, model.u, model.descriptive ?? [], (f) => levels[f] ?? -1, model.fields.length, skip);
}

/** Log2 weight of the agreeing (positive-weight) fields of a level vector not excluded by `skip`. */
export function positiveWeight(model: MatchModel, levels: Int8Array, skip: readonly boolean[] = []): number {
  let weight = 0;
  for (let f = 0; f < model.fields.length; f++) {
    const level = levels[f] ?? -1;
    if (level < 0 || skip[f] === true) continue;
    const value = Math.log2((model.m[f]?.[level] ?? 1) / (model.u[f]?.[level] ?? 1));
    if (value > 0) weight += value;
  }
  return weight;
}

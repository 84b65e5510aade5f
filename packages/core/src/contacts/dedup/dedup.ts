/**
 * Batch deduplication: blocking → field comparison → Fellegi–Sunter model fitted by EM →
 * guarded union-find clustering. One configuration for every file; thresholds are options.
 */
import type { ContactRecord, MergeReason } from '../contact.js';
import { type BlockingOptions, type CandidatePairs, candidatePairs } from './blocking.js';
import { keepFocusedPairs, strongestFirst } from './pair-order.js';
import { CompoundError } from '../../errors/compound-error.js';
import { createClusterer } from './cluster.js';
import { clusterMatePairs, concatPairs, type RecordPairs } from './cluster-mates.js';
import { createRecordComparer } from './compare-records.js';
import { type CompareOptions, conflict, exactCustomId, exactEmail, exactLinkedin, exactPhone, nameless, weakNames } from './record-comparison.js';
import { describeEvidence, exactKeys } from './describe-evidence.js';
import { type MatchModel, matchProbability } from './fellegi-sunter.js';
import { fitDedupModel } from './fit-model.js';
import { describePatterns } from './pattern-evidence.js';
import { createPatternTally } from './pattern-tally.js';
import { buildFeatures, type RecordFeatures } from './record-features.js';
import { markSharedColumns } from './shared-columns.js';

/** Dedup settings; every threshold has a default chosen once for all files. */
export interface DedupOptions extends BlockingOptions, CompareOptions {
  /** Match probability at or above which a pair merges. Default 0.9. */
  threshold?: number;
  /**
   * Chaining guard: two clusters of 2+ records join only if their representative records do not
   * conflict and match with at least this probability (or share an exact key); any cluster refuses
   * a second LinkedIn profile. Default 0.5; 0 disables it.
   */
  coherenceThreshold?: number;
  /**
   * The first `existingCount` records are existing (stored) contacts: a cluster holding one keeps
   * it first (the survivor), and two existing contacts are not merged with each other unless
   * `mergeExisting` is true. Default 0.
   */
  existingCount?: number;
  /** Let new rows merge two existing contacts together. Default false. */
  mergeExisting?: boolean;
  /**
   * Pairs of indexes known to be one person before any comparison (an import links a row it has
   * seen before, exactly as it is, to the stored contact it went into): joined first, whatever
   * their scores, with the key `row` in their reason. They obey the other rules: two existing
   * records still need `mergeExisting`, and two LinkedIn profiles never join.
   */
  links?: ReadonlyArray<readonly [number, number]>;
  /**
   * Records that may still pair (1) and records already settled (0): candidate pairs of two settled
   * records are dropped before they are compared, and the model is fitted on the others. An import
   * settles the stored contacts and the rows it links, so only its new or changed rows are matched
   * (against every record). On the labelled files, with 1% or 5% of the rows new at a re-import,
   * pairwise F1 was the same as without focus or higher (splink fake_1000: 0.9870 against
   * 0.9855), in 10-50% less time. Default: every record may pair.
   */
  focus?: Uint8Array;
  /**
   * Log2 weight that fields other than the names must add for a pair without an exact identifier
   * to merge. Default 2.
   */
  minCorroboration?: number;
  /** Random pairs used to estimate u. Default 200,000 (all pairs when fewer). */
  uSampleSize?: number;
  /** Seed of the random-pair sample. Default 1. */
  seed?: number;
  /** Re-estimate u among the candidate pairs by EM too (u from random pairs is only the starting point). Default false: with u free, EM can settle on "same company" or "same household" instead of "same person". */
  fitU?: boolean;
  /** A previously fitted model; skips EM when given. */
  model?: MatchModel;
  /**
   * Second candidate pass (see cluster-mates.ts): each record with a birth date is also compared
   * with up to this many records that blocking did not pair with it and that are strong candidates
   * of its strong candidates (likely cluster-mates). Default 8; 0 disables it. Lists without birth
   * dates skip it.
   */
  maxClusterMatePairs?: number;
  /** Return every scored pair in `DedupResult.candidates` (to measure blocking recall). Default false. */
  returnCandidates?: boolean;
}

/** One merged pair and why. */
export interface DedupPair {
  a: number;
  b: number;
  score: number;
  reason: MergeReason;
}

/** Counters and timing of one dedup run. */
export interface DedupStats {
  records: number;
  /** Pairs compared and scored: blocking's and the second pass's. */
  candidatePairs: number;
  /** Of those, pairs of the second pass (a dated record and its strong candidates' strong candidates). */
  clusterMatePairs: number;
  pairsPerRecord: number;
  /** Record comparisons made: candidate pairs plus the random pairs used to estimate u. */
  comparisons: number;
  matchedPairs: number;
  clusters: number;
  ms: number;
}

/** The result of `dedup`. */
export interface DedupResult {
  /** Indexes into the input; every index exactly once, singletons included, members and clusters sorted. */
  clusters: number[][];
  pairs: DedupPair[];
  stats: DedupStats;
  /** The fitted model (reuse it in `createDedupIndex`). */
  model: MatchModel;
  /** With `returnCandidates`: every scored pair, blocking's (sorted) then the second pass's (sorted). */
  candidates?: RecordPairs;
}

/** Candidate pairs only (blocking without scoring), e.g. to measure blocking recall. */
export function blockCandidates(records: readonly ContactRecord[], options: BlockingOptions = {}): CandidatePairs {
  const features = buildFeatures(records);
  markSharedColumns(features);
  return candidatePairs(features, options);
}

/**
 * Deduplicates contact records.
 * @example
 * const { clusters, pairs } = dedup(records, { threshold: 0.95 });
 */
export function dedup(records: readonly ContactRecord[], options: DedupOptions = {}): DedupResult {
  const started = performance.now();
  const features = buildFeatures(records);
  return dedupFeatures(features, options, started);
}

/** Extra log2 corroboration a pair whose names agree only weakly needs when no exact identifier vouches for it. */
const weakNameExtraBits = 6;

/** Members with both names of each cluster compared at most when the chaining guard judges two clusters. */
const maxSpeakers = 8;

/** Pairs whose second records are fetched together before they are compared (see `RecordComparer.prefetch`). */
const prefetchAhead = 32;

/** `dedup` over prepared features. @internal */
export function dedupFeatures(features: RecordFeatures, options: DedupOptions = {}, started = performance.now()): DedupResult {
  const threshold = options.threshold ?? 0.9;
  const minCorroboration = options.minCorroboration ?? 2;
  const coherenceThreshold = options.coherenceThreshold ?? 0.5;
  const existingCount = options.existingCount ?? 0;
  const size = features.size;
  markSharedColumns(features);
  const candidates = candidatePairs(features, options);
  if (options.focus !== undefined) keepFocusedPairs(candidates, options.focus);
  const comparer = createRecordComparer(features, features, options);
  const fieldCount = comparer.fields.length;
  const levels = new Int8Array(fieldCount);

  // every slot is written before it is read: blocking's spare memory serves when it is large enough
  const spare = candidates.spare !== undefined && candidates.spare.byteLength >= 5 * candidates.count && candidates.spare.byteOffset % 4 === 0 ? candidates.spare : undefined;
  const patternOf = spare === undefined ? new Uint32Array(candidates.count) : new Uint32Array(spare.buffer, spare.byteOffset, candidates.count);
  const flagsOf = spare === undefined ? new Uint8Array(candidates.count) : new Uint8Array(spare.buffer, spare.byteOffset + 4 * candidates.count, candidates.count);
  const tally = createPatternTally(fieldCount);
  for (let k = 0; k < candidates.count; k++) {
    if (k % prefetchAhead === 0) comparer.prefetch(candidates.right, k, Math.min(candidates.count, k + prefetchAhead));
    flagsOf[k] = comparer.compare(candidates.left[k] ?? 0, candidates.right[k] ?? 0, levels);
    patternOf[k] = tally.add(comparer.patternCode(levels), levels);
  }
  const uSampleSize = options.uSampleSize ?? 200_000;
  const model = options.model ?? fitDedupModel(comparer, features, tally.table(), candidates.count, options);
  let evidence = describePatterns(model, tally.table(), comparer.fields);
  /**
   * Names alone never merge: same-name strangers are common in big lists, so other fields must
   * add `minCorroboration` bits. For a full name that agrees, exactly or a typo apart (a common
   * name a typo away is as ambiguous as the name itself), the bar moves with how many strangers
   * are expected to share the commoner spelling (namesakes): log2(2 × namesakes) bits more, so a
   * name common in the list ("William Johnson" among 200,000, ~40 expected) needs far more than
   * the same city, while a
   * rare one (fewer than half a stranger expected) needs less: in a list of 1,000, two "Amelia
   * Alexander" in Glasgow are one person even with two different emails. A lone surname or given
   * name (the other missing) is held to the same bar with the people who bear it ("Russell" in
   * London, six Russells in the list, is none of them for the city alone). An exact identifier
   * bypasses this below.
   */
  // a lone name (the other missing on either side) is shared by every record bearing it, and a
  // person listed c times bears it c times: its namesakes are counted per person, with records per
  // person from the model's share of matches among candidate pairs (c records of one person make
  // c(c-1)/2 pairs, (c-1)/2 per record). Only for a lone name: dividing a full name's namesakes too
  // cost the 1M synthetic list 3 points of precision (lambda x candidates overstates its duplicates)
  const recordsPerPerson = size === 0 ? 1 : 1 + (2 * model.lambda * candidates.count) / size;
  const corroborated = (a: number, b: number, p: number): boolean => {
    const weight = evidence.corroboration[p] ?? 0;
    if (evidence.namesAgree[p] !== 1) return weight >= minCorroboration;
    const expected = comparer.namesakes(a, b) / (evidence.oneName[p] === 1 ? recordsPerPerson : 1);
    // however rare the name, some other field must agree: a name alone is not a person; and two
    // rare names a typo apart are two names, so only an exact full name earns the rare-name bonus
    const extra = Math.log2(2 * expected);
    return weight > 0 && weight >= minCorroboration + (evidence.exactNames[p] === 1 ? extra : Math.max(0, extra));
  };
  const exactFlags = exactEmail | exactLinkedin | exactPhone;
  /**
   * A pair that may merge before the corroboration checks: no conflict, and an exact key or the
   * pattern's probability at the threshold (without an exact key the score is that probability at
   * most: most pairs stop here, before the checks read their records again).
   */
  const strongPair = (flags: number, pattern: number): boolean =>
    (flags & conflict) === 0 && ((flags & exactFlags) !== 0 || (evidence.probabilities[pattern] ?? 0) >= threshold);
  /** The score of a compared pair with these flags and pattern number; -1 when it may not merge. */
  const scoreOf = (a: number, b: number, flags: number, pattern: number): number => {
    if (!strongPair(flags, pattern)) return -1;
    const probability = evidence.probabilities[pattern] ?? 0;
    const corroboration = evidence.corroboration[pattern] ?? 0;
    // a record with no name can be anyone in the list: its other fields must single it out among
    // all `size` records (a Bayes factor of 4 × size against prior odds of 1 : size)
    if ((flags & nameless) !== 0 && (flags & (exactFlags | exactCustomId)) === 0 && corroboration < minCorroboration + Math.log2(size)) return -1;
    // a weak name agreement (Jaro-Winkler 0.8-0.92) fits relatives and co-workers too: without an
    // exact identifier it needs 64 times the usual corroboration (a birth date and a city, say)
    if ((flags & weakNames) !== 0 && (flags & (exactFlags | exactCustomId)) === 0 && (corroboration < minCorroboration + weakNameExtraBits || (evidence.personal[pattern] ?? 0) <= 0)) return -1;
    return (flags & exactFlags) !== 0 ? 1 : corroborated(a, b, pattern) ? probability : 0;
  };
  /** Matched pairs (positions in candidate order, then in `mates`), and their scores: not a score slot per candidate pair (85 MB at 1M). */
  const matched: number[] = [];
  const matchedScores: number[] = [];
  for (let k = 0; k < candidates.count; k++) {
    const score = scoreOf(candidates.left[k] ?? 0, candidates.right[k] ?? 0, flagsOf[k] ?? 0, patternOf[k] ?? 0);
    if (score >= threshold) {
      matched.push(k);
      matchedScores.push(score);
    }
  }
  // the second pass, on lists with birth dates: a dated record meets the records its strong
  // candidates are strong with (`strongPair`: before the corroboration checks, which a record
  // without a name may still fail), scored alike
  const maxMates = options.maxClusterMatePairs ?? 8;
  let mates: RecordPairs = { left: new Uint32Array(0), right: new Uint32Array(0), count: 0 };
  if (maxMates > 0 && features.birthDate.some((date) => date !== '')) {
    const strong: number[] = [];
    for (let k = 0; k < candidates.count; k++) if (strongPair(flagsOf[k] ?? 0, patternOf[k] ?? 0)) strong.push(k);
    mates = clusterMatePairs(features, candidates, strong, maxMates);
  }
  const mateFlags = new Uint8Array(mates.count);
  if (mates.count > 0) {
    const matePatterns = new Uint32Array(mates.count);
    for (let m = 0; m < mates.count; m++) {
      mateFlags[m] = comparer.compare(mates.left[m] ?? 0, mates.right[m] ?? 0, levels);
      matePatterns[m] = tally.add(comparer.patternCode(levels), levels);
    }
    // their new patterns judged by the same model
    evidence = describePatterns(model, tally.table(), comparer.fields);
    for (let m = 0; m < mates.count; m++) {
      const score = scoreOf(mates.left[m] ?? 0, mates.right[m] ?? 0, mateFlags[m] ?? 0, matePatterns[m] ?? 0);
      if (score >= threshold) {
        matched.push(candidates.count + m);
        matchedScores.push(score);
      }
    }
  }
  const leftOf = (k: number): number => (k < candidates.count ? candidates.left[k] : mates.left[k - candidates.count]) ?? 0;
  const rightOf = (k: number): number => (k < candidates.count ? candidates.right[k] : mates.right[k - candidates.count]) ?? 0;
  const order = strongestFirst(matchedScores);

  const rootLinkedin = features.linkedin.slice();
  /** The next member of each record's cluster: a circular list per cluster, joined by swapping two links. */
  const nextMember = new Int32Array(size);
  for (let i = 0; i < size; i++) nextMember[i] = i;
  const speakersA = new Int32Array(maxSpeakers);
  const speakersB = new Int32Array(maxSpeakers);
  const named = (i: number): boolean => features.first[i] !== '' && features.last[i] !== '';
  /** Fills `out` with the first members of the cluster at `root` that have both names; returns how many. */
  const speakers = (root: number, out: Int32Array): number => {
    let count = 0;
    let member = root;
    do {
      if (named(member)) out[count++] = member;
      member = nextMember[member] ?? root;
    } while (member !== root && count < out.length);
    return count;
  };
  /** Match probability of two records for the chaining guard: 0 on a conflict, 1 with an exact key. */
  const coherence = (a: number, b: number): number => {
    const flags = comparer.compare(a, b, levels);
    return (flags & conflict) !== 0 ? 0 : (flags & exactFlags) !== 0 ? 1 : matchProbability(model, levels);
  };
  /**
   * Whether the pair about to be joined shares an exact email, LinkedIn profile or phone (set
   * before each union): such a link is judged on the strongest pair of named members, not on the
   * roots. "Bobby Williasm" at the root of one cluster and "Rovert Williams" at the other's conflict
   * on the first name, yet robert.williams@ ties Rovert to a Robert of the first: 200k synthetic
   * recall 0.968 → 0.969, precision unchanged (20k, seeds 42 / 7: +0.15 / +0.24 points)
   */
  let linkExact = false;
  const rootExisting = new Uint8Array(size);
  for (let i = 0; i < Math.min(existingCount, size); i++) rootExisting[i] = 1;
  const clusterer = createClusterer(
    size,
    (rootA, rootB) => {
      const slugA = rootLinkedin[rootA] ?? '';
      const slugB = rootLinkedin[rootB] ?? '';
      if (slugA !== '' && slugB !== '' && slugA !== slugB) return false;
      if (!options.mergeExisting && rootExisting[rootA] === 1 && rootExisting[rootB] === 1) return false;
      if (coherenceThreshold > 0 && clusterer.sizeOf(rootA) > 1 && clusterer.sizeOf(rootB) > 1) {
        // judged on the roots when both have both names (and the link is no exact key); else on the strongest pair of members
        // with both names (up to `maxSpeakers` a side): a root that lacks a name ("hn yr" beside
        // "henry ali", a lone "smith") cannot speak for its cluster. Judging on the strongest pair
        // when the roots have both names too cost 0.0012 of precision at 200k synthetic (seed 42):
        // namesakes whose roots conflict pair up through two other members. Checking a single
        // record against the cluster's root too was measured: it cost 8-13 points of recall on the
        // splink files (roots with missing or garbled names)
        const countA = named(rootA) && named(rootB) && !linkExact ? 0 : speakers(rootA, speakersA);
        const countB = countA === 0 ? 0 : speakers(rootB, speakersB);
        let best = countB === 0 ? coherence(rootA, rootB) : 0;
        for (let x = 0; x < countA && best < coherenceThreshold; x++) {
          for (let y = 0; y < countB && best < coherenceThreshold; y++) best = Math.max(best, coherence(speakersA[x] ?? 0, speakersB[y] ?? 0));
        }
        if (best < coherenceThreshold) return false;
      }
      return true;
    },
    (root, absorbed) => {
      if ((rootLinkedin[root] ?? '') === '') rootLinkedin[root] = rootLinkedin[absorbed] ?? '';
      if (rootExisting[absorbed] === 1) rootExisting[root] = 1;
      const next = nextMember[root] ?? root;
      nextMember[root] = nextMember[absorbed] ?? absorbed;
      nextMember[absorbed] = next;
    },
  );
  const pairs: DedupPair[] = [];
  for (const [a, b] of options.links ?? []) {
    if (!(a >= 0 && a < size && b >= 0 && b < size)) {
      throw new CompoundError({ code: 'invalid-argument', message: `dedup link [${a}, ${b}] names a record outside the ${size} given`, context: { field: 'links' } });
    }
    if (clusterer.find(a) === clusterer.find(b)) continue;
    linkExact = true;
    if (!clusterer.union(a, b)) continue;
    const flags = comparer.compare(a, b, levels);
    pairs.push({ a, b, score: 1, reason: { keys: ['row', ...exactKeys(flags)], score: 1, evidence: describeEvidence(comparer.fields, levels) } });
  }
  for (const j of order) {
    const k = matched[j] ?? 0;
    const a = leftOf(k);
    const b = rightOf(k);
    if (clusterer.find(a) === clusterer.find(b)) continue;
    linkExact = (((k < candidates.count ? flagsOf[k] : mateFlags[k - candidates.count]) ?? 0) & exactFlags) !== 0;
    if (!clusterer.union(a, b)) continue;
    const flags = comparer.compare(a, b, levels);
    const score = matchedScores[j] ?? 0;
    pairs.push({ a, b, score, reason: { keys: exactKeys(flags), score, evidence: describeEvidence(comparer.fields, levels) } });
  }
  const clusters = clusterer.clusters();
  const uComparisons = Math.min(uSampleSize, (size * (size - 1)) / 2);
  const scored = candidates.count + mates.count;
  return {
    clusters,
    pairs,
    model,
    ...(options.returnCandidates === true ? { candidates: concatPairs(candidates, mates) } : {}),
    stats: {
      records: size,
      candidatePairs: scored,
      clusterMatePairs: mates.count,
      pairsPerRecord: size === 0 ? 0 : scored / size,
      comparisons: scored + (options.model === undefined ? uComparisons : 0),
      matchedPairs: matched.length,
      clusters: clusters.length,
      ms: performance.now() - started,
    },
  };
}

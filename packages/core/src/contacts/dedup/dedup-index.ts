/**
 * Incremental resolution: an in-memory index over existing records that finds the best match for
 * one new record by looking up its blocking keys (binary search in one sorted float64 array of
 * packed (key hash, record) entries) and scoring the few candidates with a fitted model.
 */
import type { ContactRecord, MergeReason } from '../contact.js';
import { blockEntries, entryIsTarget, entryRecord } from './blocking.js';
import { forEachBlockingKey, targetBit } from './blocking-keys.js';
import { createRecordComparer } from './compare-records.js';
import { type CompareOptions, conflict, exactEmail, exactLinkedin, exactPhone } from './record-comparison.js';
import { dedupFeatures } from './dedup.js';
import { describeEvidence, exactKeys } from './describe-evidence.js';
import { type MatchModel, matchProbability } from './fellegi-sunter.js';
import { appendFeatures, buildFeatures, clearFeatures, customColumns, emptyFeatures, type RecordFeatures } from './record-features.js';
import { markSharedColumns } from './shared-columns.js';

/** Index settings. */
export interface DedupIndexOptions extends CompareOptions {
  /** The model to score with, e.g. `dedup(records).model`. Default: fitted by EM on a sample of up to `sampleSize` records. */
  model?: MatchModel;
  /** Records sampled to fit a model when none is given. Default 50,000. */
  sampleSize?: number;
  /** Match probability at or above which `resolve` reports a match. Default 0.9. */
  threshold?: number;
  /** Candidates scored per blocking key at most (larger blocks are common keys and are cut). Default 100. */
  maxCandidatesPerKey?: number;
}

/** The best existing match of a new record. */
export interface Resolution {
  /** Index of the matched record; absent when no candidate reaches the threshold. */
  match?: number;
  /** Score of the best candidate (1 for an exact key), 0 when there was no candidate. */
  score: number;
  reason?: MergeReason;
}

/** An in-memory dedup index. */
export interface DedupIndex {
  /** Records indexed so far. */
  readonly size: number;
  /** Finds the best existing match of `record` (the record is not added). */
  resolve(record: ContactRecord): Resolution;
  /** Adds a record; returns its index. */
  add(record: ContactRecord): number;
}

function lowerBound(entries: Float64Array, value: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((entries[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Builds an index over `records` (indexes are positions in `records`, then in `add` order).
 * @example
 * const index = createDedupIndex(existing, { model: dedup(existing).model });
 * const { match, score } = index.resolve(newContact);
 */
export function createDedupIndex(records: readonly ContactRecord[], options: DedupIndexOptions = {}): DedupIndex {
  const features = buildFeatures(records, customColumns(records));
  return createFeatureIndex(features, { ...options, model: options.model ?? fitSampleModel(records, options.sampleSize ?? 50_000) });
}

/**
 * `createDedupIndex` over prepared features (`appendFeatures`), so a caller streaming millions of
 * records never holds the records themselves. Takes ownership of `features` (`add` appends to it).
 * @internal
 */
export function createFeatureIndex(features: RecordFeatures, options: DedupIndexOptions & { model: MatchModel }): DedupIndex {
  const threshold = options.threshold ?? 0.9;
  const perKey = options.maxCandidatesPerKey ?? 100;
  const columns = new Map(features.custom.map((column) => [column.key, column.type] as const));
  markSharedColumns(features);
  const { entries, scale, shift } = blockEntries(features);
  /** Records added after construction, by key hash; a negative entry (-1 - index) is a loose key's target. */
  const added = new Map<number, number[]>();
  const query = emptyFeatures(columns);
  // the query keys its custom columns as the index's do (flagged once, here, from the records indexed at construction)
  query.custom.forEach((column, position) => {
    const shared = features.custom[position]?.shared;
    if (shared !== undefined) column.shared = shared;
  });
  const comparer = createRecordComparer(features, query, options);
  const model = options.model;
  const fieldPositions = model.fields.map((field) => comparer.fields.findIndex((candidate) => candidate.name === field.name));
  const levels = new Int8Array(comparer.fields.length);
  const modelLevels = new Int8Array(model.fields.length);
  const exactFlags = exactEmail | exactLinkedin | exactPhone;

  // per-query scratch, reused: a resolve allocates (almost) nothing, so a warm index does not feed
  // the garbage collector
  const keyHashes: number[] = [];
  const keyTargets: boolean[] = [];
  const seen = new Set<number>();
  /** Fills `keyHashes` / `keyTargets` with a record's key hashes and loose roles (a target meets only probes). */
  const collectKeys = (table: RecordFeatures, index: number): void => {
    keyHashes.length = 0;
    keyTargets.length = 0;
    forEachBlockingKey(table, index, (hash, role) => {
      keyHashes.push(hash >>> shift);
      keyTargets.push((role & targetBit) !== 0);
    });
  };
  /** Score of a candidate against the query (0 on a conflict, 1 on an exact key). */
  const score = (candidate: number): number => {
    const flags = comparer.compare(candidate, 0, levels);
    if ((flags & conflict) !== 0) return 0;
    if ((flags & exactFlags) !== 0) return 1;
    for (let f = 0; f < fieldPositions.length; f++) {
      const position = fieldPositions[f] ?? -1;
      modelLevels[f] = position < 0 ? -1 : (levels[position] ?? -1);
    }
    return matchProbability(model, modelLevels);
  };

  function resolve(record: ContactRecord): Resolution {
    clearFeatures(query);
    appendFeatures(query, record);
    seen.clear();
    let best = -1;
    let bestScore = 0;
    const consider = (candidate: number): void => {
      if (seen.has(candidate)) return;
      seen.add(candidate);
      const result = score(candidate);
      if (result > bestScore) {
        bestScore = result;
        best = candidate;
      }
    };
    collectKeys(query, 0);
    for (let key = 0; key < keyHashes.length; key++) {
      const hash = keyHashes[key] ?? 0;
      const target = keyTargets[key] === true;
      const base = hash * scale;
      const from = lowerBound(entries, base);
      const to = Math.min(lowerBound(entries, base + scale), from + perKey);
      for (let k = from; k < to; k++) {
        const entry = entries[k] ?? 0;
        if (!target || !entryIsTarget(entry)) consider(entryRecord(entry, base));
      }
      const later = added.get(hash);
      if (later === undefined) continue;
      for (let k = 0; k < Math.min(later.length, perKey); k++) {
        const candidate = later[k] ?? 0;
        if (candidate >= 0) consider(candidate);
        else if (!target) consider(-1 - candidate);
      }
    }
    if (best < 0) return { score: 0 };
    const flags = comparer.compare(best, 0, levels);
    const reason: MergeReason = { keys: exactKeys(flags), score: bestScore, evidence: describeEvidence(comparer.fields, levels) };
    return bestScore >= threshold ? { match: best, score: bestScore, reason } : { score: bestScore, reason };
  }

  function add(record: ContactRecord): number {
    const index = features.size;
    appendFeatures(features, record);
    collectKeys(features, index);
    for (let key = 0; key < keyHashes.length; key++) {
      const hash = keyHashes[key] ?? 0;
      const entry = keyTargets[key] === true ? -1 - index : index;
      const list = added.get(hash);
      if (list === undefined) added.set(hash, [entry]);
      else list.push(entry);
    }
    return index;
  }

  return {
    get size() {
      return features.size;
    },
    resolve,
    add,
  };
}

/** Fits a model by EM on a deterministic sample (every k-th record) of the index. */
function fitSampleModel(records: readonly ContactRecord[], sampleSize: number): MatchModel {
  const step = Math.max(1, Math.ceil(records.length / sampleSize));
  const sample: ContactRecord[] = [];
  for (let i = 0; i < records.length; i += step) {
    const record = records[i];
    if (record !== undefined) sample.push(record);
  }
  return dedupFeatures(buildFeatures(sample)).model;
}

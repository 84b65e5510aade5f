/**
 * Batch prediction: the reply model's `predict` for many records at once, over typed arrays and a
 * frozen feature table, with no per-record objects. Gives the same numbers as `predict` on each
 * record (same inputs, same summation order, same functions). Internal to the reply model.
 */
import type { FeatureRecord, FeatureTable, FeatureValue } from './feature-encoder.js';
import { numberBucket, standardizedClip as clip } from './feature-encoder.js';
import { normalCdf } from './normal-distribution.js';
import { applyPlatt, type PlattMap } from './platt-calibration.js';
import { logit, priorRate, sigmoid } from './prior-rate.js';

/** Predictions for many records as parallel arrays: `p[i]` and its interval `[low[i], high[i]]`. */
export interface ManyPredictions {
  p: Float64Array;
  low: Float64Array;
  high: Float64Array;
  /** True while the model is on cold start (then every `p` is the ICP-fit prior). */
  coldStart: boolean;
}

/** A frozen view of the model's state (copied once per batch). */
export interface ModelView {
  table: FeatureTable;
  mean: Float64Array;
  variance: Float64Array;
  interceptMean: number;
  interceptVariance: number;
  priorVariance: number;
  coldStart: boolean;
  /** Base rate of the prior: the configured one when warm, the blended observed one on cold start. */
  base: number;
  fitFeature: string;
  fitLift: number;
  zLevel: number;
  platt: PlattMap;
}

// σ(s) ≈ Φ(s/β) with β² = 8/π (as in the model).
const betaSquared = 8 / Math.PI;

/**
 * Predicts `records[i]`, with the keys of `defaults[i]` added where the record has none (after its
 * own keys, as `{ ...record, ...missing }` would): e.g. the angle and channel a campaign picked,
 * shared by all contacts of a segment so no per-contact record is copied.
 */
export function predictMany(view: ModelView, records: readonly FeatureRecord[], defaults?: readonly (FeatureRecord | undefined)[]): ManyPredictions {
  const count = records.length;
  const result: ManyPredictions = { p: new Float64Array(count), low: new Float64Array(count), high: new Float64Array(count), coldStart: view.coldStart };
  const encoder = createScratchEncoder(view.table);
  const { mean, variance, interceptMean, interceptVariance, priorVariance, base, fitFeature, fitLift, zLevel, platt } = view;
  for (let record = 0; record < count; record += 1) {
    const features = records[record] as FeatureRecord;
    const extra = defaults?.[record];
    encoder.reset();
    encoder.add(features, undefined);
    let fit: FeatureValue | undefined = features[fitFeature];
    if (extra !== undefined) {
      encoder.add(extra, features);
      if (fit === undefined) fit = extra[fitFeature];
    }
    const { indices, values, size } = encoder;
    let v = interceptVariance + encoder.unseen * priorVariance;
    if (view.coldStart) {
      const p = priorRate(fit, base, fitLift);
      for (let k = 0; k < size; k += 1) {
        const x = values[k] as number;
        v += (variance[indices[k] as number] as number) * x * x;
      }
      const spread = zLevel * Math.sqrt(v);
      const center = logit(p);
      result.p[record] = p;
      result.low[record] = sigmoid(center - spread);
      result.high[record] = sigmoid(center + spread);
      continue;
    }
    let m = logit(priorRate(fit, base, fitLift)) + interceptMean;
    for (let k = 0; k < size; k += 1) {
      const index = indices[k] as number;
      const x = values[k] as number;
      m += (mean[index] as number) * x;
      v += (variance[index] as number) * x * x;
    }
    const rawP = normalCdf(m / Math.sqrt(betaSquared + v));
    const spread = zLevel * Math.sqrt(v);
    const p = applyPlatt(platt, rawP);
    const low = applyPlatt(platt, sigmoid(m - spread));
    const high = applyPlatt(platt, sigmoid(m + spread));
    result.p[record] = p;
    result.low[record] = Math.min(low, p);
    result.high[record] = Math.max(high, p);
  }
  return result;
}

/** Reusable sparse-input buffers filled in the encoder's order (key order; z before bucket). */
interface ScratchEncoder {
  indices: Int32Array;
  values: Float64Array;
  size: number;
  unseen: number;
  reset(): void;
  /** Encodes the keys of `features`, skipping those `skipIfIn` already holds. */
  add(features: FeatureRecord, skipIfIn: FeatureRecord | undefined): void;
}

function createScratchEncoder(table: FeatureTable): ScratchEncoder {
  // Records of one batch usually list the same keys in the same order: remember the slot seen at
  // each key position and compare key identity before asking the map.
  const cachedKeys: string[] = [];
  const cachedSlots: (ReturnType<FeatureTable['get']>)[] = [];
  const scratch: ScratchEncoder = {
    indices: new Int32Array(16),
    values: new Float64Array(16),
    size: 0,
    unseen: 0,
    reset() {
      scratch.size = 0;
      scratch.unseen = 0;
    },
    add(features, skipIfIn) {
      let position = skipIfIn === undefined ? 0 : 64;
      for (const key in features) {
        const value = features[key];
        if (value === undefined) continue;
        if (skipIfIn !== undefined && skipIfIn[key] !== undefined) continue;
        let slot;
        if (cachedKeys[position] === key) slot = cachedSlots[position];
        else {
          slot = table.get(key);
          cachedKeys[position] = key;
          cachedSlots[position] = slot;
        }
        position += 1;
        if (typeof value === 'string') {
          const index = slot?.equals?.get(value);
          if (index === undefined) scratch.unseen += 1;
          else push(index, 1);
        } else if (typeof value === 'number') {
          if (!Number.isFinite(value)) continue;
          if (slot !== undefined && slot.scalable) {
            const z = Math.max(-clip, Math.min(clip, (value - slot.mean) / slot.sd));
            if (slot.standardized < 0) scratch.unseen += z * z;
            else push(slot.standardized, z);
          }
          const index = slot?.buckets?.[numberBucket(value) + 1] ?? -1;
          if (index < 0) scratch.unseen += 1;
          else push(index, 1);
        } else {
          const index = slot?.equals?.get(String(value));
          if (index === undefined) scratch.unseen += 1;
          else push(index, 1);
        }
      }
    },
  };
  const push = (index: number, value: number): void => {
    if (scratch.size === scratch.indices.length) {
      const indices = new Int32Array(scratch.size * 2);
      indices.set(scratch.indices);
      const values = new Float64Array(scratch.size * 2);
      values.set(scratch.values);
      scratch.indices = indices;
      scratch.values = values;
    }
    scratch.indices[scratch.size] = index;
    scratch.values[scratch.size] = value;
    scratch.size += 1;
  };
  return scratch;
}

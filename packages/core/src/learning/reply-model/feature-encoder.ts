/**
 * Turns a feature record into sparse model inputs: one-hot indicators for strings and booleans,
 * a standardized value plus a log₂ bucket indicator for numbers (so a window such as "the first
 * days after a job change" can be learned, not only a straight line). Internal to the reply model.
 */

/** Feature values the reply model accepts. */
export type FeatureValue = string | number | boolean;

/** A record of named features, e.g. `{ segment: 'saas-mid', angle: 'roi', daysSinceSignal: 3 }`. */
export type FeatureRecord = Readonly<Record<string, FeatureValue>>;

/** Running mean and spread of one numeric feature (Welford). */
export interface NumericStats {
  n: number;
  mean: number;
  m2: number;
}

/**
 * One model input: an indicator that a feature holds a value (strings; booleans as `true`/`false`),
 * an indicator of a number's log₂ bucket, or a standardized number. Kept as parts, never joined
 * into one name, so a feature or a value may hold any character (`Score=Band`, `a~b`).
 */
export type FeatureInput =
  | { feature: string; kind: 'equals'; value: string }
  | { feature: string; kind: 'bucket'; bucket: number }
  | { feature: string; kind: 'standardized' };

/** JSON form of the encoder. */
export interface FeatureEncoderState {
  /** Model inputs in index order. */
  inputs: FeatureInput[];
  numeric: Record<string, NumericStats>;
}

/** Sparse inputs: parallel arrays of indices and values; `unseen` counts indicators not yet indexed. */
export interface EncodedFeatures {
  indices: number[];
  values: number[];
  unseen: number;
}

/** Standardized values are clipped to ±5 so one outlier cannot dominate the score. */
export const standardizedClip = 5;
const clip = standardizedClip;

/** The encoder: a growing dictionary of inputs. */
export interface FeatureEncoder {
  /** Encodes for training: new inputs get an index (`onNewInput` is told) and numeric stats update. */
  encodeForUpdate(features: FeatureRecord, onNewInput: (index: number) => void): EncodedFeatures;
  /** Encodes for prediction: unknown inputs are counted in `unseen`, not indexed. */
  encode(features: FeatureRecord): EncodedFeatures;
  /** What input `index` is; undefined past {@link FeatureEncoder.size}. */
  inputOf(index: number): FeatureInput | undefined;
  /** Number of inputs indexed so far. */
  readonly size: number;
  /** A read-only lookup table of the current dictionary, for encoding many records fast (see {@link FeatureTable}). */
  table(): FeatureTable;
  snapshot(): FeatureEncoderState;
}

/** What the encoder knows about one feature name, frozen for encoding many records. */
export interface FeatureSlot {
  /** Value → input index of the feature's `equals` indicators (strings; booleans as `true`/`false`). */
  equals: ReadonlyMap<string, number> | undefined;
  /** Input index of the standardized number, −1 when not indexed. */
  standardized: number;
  /** True when the running stats can standardize (n ≥ 2 and a positive spread). */
  scalable: boolean;
  mean: number;
  /** Sample standard deviation, `√(m2 / (n − 1))`. */
  sd: number;
  /** Input index of log₂ bucket `b` at position `b + 1` (b ∈ −1…1024), −1 when not indexed; undefined when no bucket is. */
  buckets: Int32Array | undefined;
}

/** Feature name → slot; a name missing here is wholly unseen. */
export type FeatureTable = ReadonlyMap<string, FeatureSlot>;

/** Bucket of a finite number: −1 for negatives, else ⌊log₂(1 + value)⌋ (at most 1024). */
export function numberBucket(value: number): number {
  return value < 0 ? -1 : Math.floor(Math.log2(1 + value));
}

/** Positions in {@link FeatureSlot.buckets}: buckets −1…1024. */
const bucketSlots = 1026;

/** Creates an encoder, empty or from a snapshot. */
export function createFeatureEncoder(state?: FeatureEncoderState): FeatureEncoder {
  const inputs: FeatureInput[] = state ? state.inputs.map((input) => ({ ...input })) : [];
  // Two-level dictionaries (feature → value or bucket → index) so encoding needs no string concatenation.
  const indicators = new Map<string, Map<string, number>>();
  const buckets = new Map<string, Map<number, number>>();
  const standardized = new Map<string, number>();
  const inner = <Key>(groups: Map<string, Map<Key, number>>, feature: string): Map<Key, number> => {
    let values = groups.get(feature);
    if (!values) groups.set(feature, (values = new Map()));
    return values;
  };
  inputs.forEach((input, index) => {
    if (input.kind === 'equals') inner(indicators, input.feature).set(input.value, index);
    else if (input.kind === 'bucket') inner(buckets, input.feature).set(input.bucket, index);
    else standardized.set(input.feature, index);
  });
  const numeric = new Map<string, NumericStats>(Object.entries(state?.numeric ?? {}).map(([key, stats]) => [key, { ...stats }]));

  /** Index of an indicator input, created (and `onNewInput` told) when `create` is set and it is new. */
  function indicatorIndex<Key>(
    groups: Map<string, Map<Key, number>>,
    feature: string,
    key: Key,
    input: () => FeatureInput,
    create: boolean,
    onNewInput?: (index: number) => void,
  ): number | undefined {
    const existing = groups.get(feature)?.get(key);
    if (existing !== undefined || !create) return existing;
    const index = inputs.length;
    inputs.push(input());
    inner(groups, feature).set(key, index);
    onNewInput?.(index);
    return index;
  }

  function encodeInto(features: FeatureRecord, create: boolean, onNewInput?: (index: number) => void): EncodedFeatures {
    const encoded: EncodedFeatures = { indices: [], values: [], unseen: 0 };
    for (const key in features) {
      const value = features[key];
      if (value === undefined) continue;
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) continue;
        let stats = numeric.get(key);
        if (create) {
          if (!stats) numeric.set(key, (stats = { n: 0, mean: 0, m2: 0 }));
          stats.n += 1;
          const delta = value - stats.mean;
          stats.mean += delta / stats.n;
          stats.m2 += delta * (value - stats.mean);
        }
        if (stats && stats.n >= 2 && stats.m2 > 0) {
          const z = Math.max(-clip, Math.min(clip, (value - stats.mean) / Math.sqrt(stats.m2 / (stats.n - 1))));
          let index = standardized.get(key);
          if (index === undefined && create) {
            index = inputs.length;
            inputs.push({ feature: key, kind: 'standardized' });
            standardized.set(key, index);
            onNewInput?.(index);
          }
          if (index === undefined) encoded.unseen += z * z;
          else {
            encoded.indices.push(index);
            encoded.values.push(z);
          }
        }
        const bucket = numberBucket(value);
        const index = indicatorIndex(buckets, key, bucket, () => ({ feature: key, kind: 'bucket', bucket }), create, onNewInput);
        if (index === undefined) encoded.unseen += 1;
        else {
          encoded.indices.push(index);
          encoded.values.push(1);
        }
      } else {
        const text = typeof value === 'string' ? value : String(value);
        const index = indicatorIndex(indicators, key, text, () => ({ feature: key, kind: 'equals', value: text }), create, onNewInput);
        if (index === undefined) encoded.unseen += 1;
        else {
          encoded.indices.push(index);
          encoded.values.push(1);
        }
      }
    }
    return encoded;
  }

  function table(): FeatureTable {
    const slots = new Map<string, FeatureSlot>();
    const slotOf = (feature: string): FeatureSlot => {
      let slot = slots.get(feature);
      if (!slot) slots.set(feature, (slot = { equals: undefined, standardized: -1, scalable: false, mean: 0, sd: 0, buckets: undefined }));
      return slot;
    };
    for (const [feature, values] of indicators) slotOf(feature).equals = new Map(values);
    for (const [feature, values] of buckets) {
      const slot = slotOf(feature);
      const positions = (slot.buckets ??= new Int32Array(bucketSlots).fill(-1));
      for (const [bucket, index] of values) {
        const position = bucket + 1;
        if (Number.isInteger(position) && position >= 0 && position < bucketSlots) positions[position] = index;
      }
    }
    for (const [feature, stats] of numeric) {
      const slot = slotOf(feature);
      slot.scalable = stats.n >= 2 && stats.m2 > 0;
      slot.mean = stats.mean;
      slot.sd = Math.sqrt(stats.m2 / (stats.n - 1));
    }
    for (const [feature, index] of standardized) slotOf(feature).standardized = index;
    return slots;
  }

  return {
    table,
    encodeForUpdate: (features, onNewInput) => encodeInto(features, true, onNewInput),
    encode: (features) => encodeInto(features, false),
    inputOf: (index) => inputs[index],
    get size() {
      return inputs.length;
    },
    snapshot: () => ({
      inputs: inputs.map((input) => ({ ...input })),
      numeric: Object.fromEntries([...numeric].map(([key, stats]) => [key, { ...stats }])),
    }),
  };
}

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

/** JSON form of the encoder. */
export interface FeatureEncoderState {
  /** Model input names in index order: `name=value` for indicators, `name` for standardized numbers. */
  names: string[];
  numeric: Record<string, NumericStats>;
}

/** Sparse inputs: parallel arrays of indices and values; `unseen` counts indicators not yet indexed. */
export interface EncodedFeatures {
  indices: number[];
  values: number[];
  unseen: number;
}

/** Standardized values are clipped to ±5 so one outlier cannot dominate the score. */
const clip = 5;

/** The encoder: a growing dictionary of inputs. */
export interface FeatureEncoder {
  /** Encodes for training: new inputs get an index (`onNewInput` is told) and numeric stats update. */
  encodeForUpdate(features: FeatureRecord, onNewInput: (index: number) => void): EncodedFeatures;
  /** Encodes for prediction: unknown inputs are counted in `unseen`, not indexed. */
  encode(features: FeatureRecord): EncodedFeatures;
  /** The name of input `index`. */
  nameOf(index: number): string;
  /** Number of inputs indexed so far. */
  readonly size: number;
  snapshot(): FeatureEncoderState;
}

/** Creates an encoder, empty or from a snapshot. */
export function createFeatureEncoder(state?: FeatureEncoderState): FeatureEncoder {
  const names: string[] = state ? [...state.names] : [];
  const indexByName = new Map<string, number>(names.map((name, index) => [name, index]));
  const numeric = new Map<string, NumericStats>(Object.entries(state?.numeric ?? {}).map(([key, stats]) => [key, { ...stats }]));

  function indexFor(name: string, create: boolean, onNewInput?: (index: number) => void): number | undefined {
    const existing = indexByName.get(name);
    if (existing !== undefined || !create) return existing;
    const index = names.length;
    names.push(name);
    indexByName.set(name, index);
    onNewInput?.(index);
    return index;
  }

  function encodeInto(features: FeatureRecord, create: boolean, onNewInput?: (index: number) => void): EncodedFeatures {
    const encoded: EncodedFeatures = { indices: [], values: [], unseen: 0 };
    const push = (name: string, value: number): void => {
      const index = indexFor(name, create, onNewInput);
      if (index === undefined) encoded.unseen += value * value;
      else {
        encoded.indices.push(index);
        encoded.values.push(value);
      }
    };
    for (const key of Object.keys(features)) {
      const value = features[key];
      if (value === undefined) continue;
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) continue;
        let stats = numeric.get(key);
        if (create) {
          if (!stats) {
            stats = { n: 0, mean: 0, m2: 0 };
            numeric.set(key, stats);
          }
          stats.n += 1;
          const delta = value - stats.mean;
          stats.mean += delta / stats.n;
          stats.m2 += delta * (value - stats.mean);
        }
        if (stats && stats.n >= 2 && stats.m2 > 0) {
          const z = (value - stats.mean) / Math.sqrt(stats.m2 / (stats.n - 1));
          push(key, Math.max(-clip, Math.min(clip, z)));
        }
        const bucket = value < 0 ? -1 : Math.floor(Math.log2(1 + value));
        push(`${key}~${bucket}`, 1);
      } else {
        push(`${key}=${String(value)}`, 1);
      }
    }
    return encoded;
  }

  return {
    encodeForUpdate: (features, onNewInput) => encodeInto(features, true, onNewInput),
    encode: (features) => encodeInto(features, false),
    nameOf: (index) => names[index] ?? `#${index}`,
    get size() {
      return names.length;
    },
    snapshot: () => ({ names: [...names], numeric: Object.fromEntries([...numeric].map(([key, stats]) => [key, { ...stats }])) }),
  };
}

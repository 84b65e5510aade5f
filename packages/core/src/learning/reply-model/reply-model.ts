import { CompoundError } from '../../errors/compound-error.js';
import { createFeatureEncoder, type FeatureEncoderState, type FeatureInput, type FeatureRecord } from './feature-encoder.js';
import { migrateReplyModelState, type ReplyModelStateV1 } from './migrate-reply-model-state.js';
import { normalCdf, normalHazardLeft } from './normal-distribution.js';
import { applyPlatt, fitPlatt, identityPlatt, type PlattMap } from './platt-calibration.js';
import { predictMany, type ManyPredictions } from './predict-many.js';
import { logit, priorRate as fitPriorRate, sigmoid } from './prior-rate.js';

/** Settings of {@link createReplyModel}. Every field is JSON data so the state can be versioned. */
export interface ReplyModelOptions {
  /** Prior variance of each feature weight (logit scale). Default 0.04 (sd 0.2 ≈ ±20% relative effect at low rates; larger values over-spread predictions on a few thousand sends). */
  priorVariance?: number;
  /** Prior variance of the intercept (logit scale). Default 1. */
  interceptPriorVariance?: number;
  /** The ICP-fit prior used on cold start and as the model's offset. */
  prior?: {
    /** Expected target rate of an average-fit contact. Default 0.03. */
    baseRate?: number;
    /** Feature holding the ICP fit in [0, 1]. Default `fit`. */
    fitFeature?: string;
    /** Slope of the fit multiplier f(fit) = 1 + fitLift·(fit − 0.5) (floored at 0.05). Default 1, so f ∈ [0.5, 1.5]. */
    fitLift?: number;
    /** Pseudo-sends behind `baseRate` when blending it with the observed rate on cold start. Default 50. */
    strength?: number;
  };
  /** The model is on cold start (answers with the prior) until both counts are reached. */
  coldStart?: {
    /** Default 100 examples. */
    minExamples?: number;
    /** Default 10 successes. */
    minPositives?: number;
  };
  /**
   * Platt layer fitted on the model's own prequential predictions (each made before the example
   * was learned, so held out), over a rolling window; `false` turns it off.
   */
  calibration?:
    | false
    | {
        /** Rolling window of held-out predictions. Default 2000. */
        window?: number;
        /** Refit after this many updates. Default 100. */
        every?: number;
        /** Ridge pulling the map toward the identity, in pseudo-examples. Default 20. */
        lambda?: number;
        /** No refit before the window holds this many successes. Default 30. */
        minPositives?: number;
      };
  /** Interval level. Default 0.95. */
  level?: number;
}

/** One labelled example. */
export interface ReplyModelExample {
  features: FeatureRecord;
  success: boolean;
}

/** A prediction with its interval (credible interval of the model's probability, before Bernoulli noise). */
export interface ReplyPrediction {
  /** Calibrated probability of the target outcome. */
  p: number;
  interval: [number, number];
  /** True while the model has too few examples and `p` is the ICP-fit prior. */
  coldStart: boolean;
}

/** One input's contribution to a prediction, in logit units (positive raises the probability). */
export interface FeatureContribution {
  /** Feature name, e.g. `title`. */
  feature: string;
  /** Value or bucket, e.g. `VP Engineering`, or the number for a standardized input. */
  value: string;
  /** Change of the log-odds this input makes, learned weight × input; for the ICP fit, the fit prior's lift is included. */
  effect: number;
  /** Standard deviation of `effect` from the weight's posterior (absent: not known): an effect within about 2 of it may be noise. */
  sd?: number;
}

/** The per-tenant online reply model. */
export interface ReplyModel {
  /** Learns one example (assumed-density filtering; O(features)). */
  update(example: ReplyModelExample): void;
  /** Predicts the target probability for a contact's features. */
  predict(features: FeatureRecord): ReplyPrediction;
  /**
   * Predicts many records at once, as parallel arrays: the same numbers as `predict(records[i])`,
   * several times faster (no per-record objects). `defaults[i]`, when given, supplies keys
   * `records[i]` lacks (e.g. the angle and channel picked for a contact's segment), as if merged
   * after the record's own keys.
   */
  predictMany(records: readonly FeatureRecord[], defaults?: readonly (FeatureRecord | undefined)[]): ManyPredictions;
  /** Contributions of each known input, largest magnitude first. */
  explain(features: FeatureRecord): FeatureContribution[];
  /** Examples and successes learned so far. */
  readonly n: number;
  readonly positives: number;
  /** JSON-serializable state; {@link restoreReplyModel} brings it back. */
  snapshot(): ReplyModelState;
}

/** JSON state of a reply model (version 2: inputs stored as structured parts; {@link restoreReplyModel} still reads version 1). */
export interface ReplyModelState {
  kind: 'reply-model';
  version: 2;
  options: ReplyModelOptions;
  encoder: FeatureEncoderState;
  mean: number[];
  variance: number[];
  intercept: { mean: number; variance: number };
  n: number;
  positives: number;
  platt: PlattMap;
  heldOut: { scores: number[]; labels: number[]; next: number; sinceFit: number };
}

// σ(s) ≈ Φ(s/β) with β = √(8/π): the probit approximation that lets ADF update a logistic model in closed form.
const betaSquared = 8 / Math.PI;

/**
 * Creates an online Bayesian logistic regression over one-hot categorical and standardized
 * numeric features: a diagonal Gaussian posterior over weights updated by assumed-density filtering
 * (the logistic likelihood approximated by a probit), an ICP-fit prior as offset and cold-start
 * answer, and a shrunk Platt layer fitted on held-out prequential predictions.
 *
 * @example
 * const model = createReplyModel({ prior: { baseRate: 0.04 } });
 * model.update({ features: { segment: 'saas', angle: 'roi', fit: 0.8 }, success: true });
 * model.predict({ segment: 'saas', angle: 'roi', fit: 0.8 }); // { p, interval, coldStart: true }
 */
export function createReplyModel(options: ReplyModelOptions = {}): ReplyModel {
  return buildReplyModel(options, undefined);
}

/**
 * Restores a model from {@link ReplyModel.snapshot}, of this version or version 1 (saved before
 * inputs were stored as structured parts); throws `invalid-argument` on a foreign state.
 */
export function restoreReplyModel(state: ReplyModelState | ReplyModelStateV1): ReplyModel {
  const readable =
    state?.kind === 'reply-model' &&
    ((state.version === 2 && Array.isArray(state.encoder?.inputs)) || (state.version === 1 && Array.isArray(state.encoder?.names))) &&
    Array.isArray(state.mean) &&
    state.mean.length === state.variance?.length;
  if (!readable) {
    throw new CompoundError({ code: 'invalid-argument', message: 'Not a reply model state of version 1 or 2: pass what ReplyModel.snapshot() returned.' });
  }
  const current = migrateReplyModelState(state);
  return buildReplyModel(current.options, current);
}

function buildReplyModel(options: ReplyModelOptions, state: ReplyModelState | undefined): ReplyModel {
  const priorVariance = options.priorVariance ?? 0.04;
  const baseRate = options.prior?.baseRate ?? 0.03;
  const fitFeature = options.prior?.fitFeature ?? 'fit';
  const fitLift = options.prior?.fitLift ?? 1;
  const strength = options.prior?.strength ?? 50;
  const minExamples = options.coldStart?.minExamples ?? 100;
  const minPositives = options.coldStart?.minPositives ?? 10;
  const calibration = options.calibration === false ? undefined : options.calibration ?? {};
  const windowSize = calibration?.window ?? 2000;
  const refitEvery = calibration?.every ?? 100;
  const lambda = calibration?.lambda ?? 20;
  const calibrationMinPositives = calibration?.minPositives ?? 30;
  const zLevel = quantileForLevel(options.level ?? 0.95);

  const encoder = createFeatureEncoder(state?.encoder);
  const mean: number[] = state ? [...state.mean] : [];
  const variance: number[] = state ? [...state.variance] : [];
  const intercept = state ? { ...state.intercept } : { mean: 0, variance: options.interceptPriorVariance ?? 1 };
  let n = state?.n ?? 0;
  let positives = state?.positives ?? 0;
  let platt: PlattMap = state ? { ...state.platt } : identityPlatt;
  const heldOut = state
    ? { ...state.heldOut, scores: [...state.heldOut.scores], labels: [...state.heldOut.labels] }
    : { scores: [] as number[], labels: [] as number[], next: 0, sinceFit: 0 };

  const priorRate = (features: FeatureRecord, base: number): number => fitPriorRate(features[fitFeature], base, fitLift);
  const offsetOf = (features: FeatureRecord): number => logit(priorRate(features, baseRate));

  /** Score mean and variance for encoded inputs. */
  const score = (indices: number[], values: number[], unseen: number, offset: number): { m: number; v: number } => {
    let m = offset + intercept.mean;
    let v = intercept.variance + unseen * priorVariance;
    for (let k = 0; k < indices.length; k += 1) {
      const index = indices[k] as number;
      const x = values[k] as number;
      m += (mean[index] as number) * x;
      v += (variance[index] as number) * x * x;
    }
    return { m, v };
  };

  const recordHeldOut = (rawP: number, success: boolean): void => {
    if (!calibration) return;
    const z = logit(Math.min(1 - 1e-9, Math.max(1e-9, rawP)));
    if (heldOut.scores.length < windowSize) {
      heldOut.scores.push(z);
      heldOut.labels.push(success ? 1 : 0);
    } else {
      heldOut.scores[heldOut.next] = z;
      heldOut.labels[heldOut.next] = success ? 1 : 0;
      heldOut.next = (heldOut.next + 1) % windowSize;
    }
    heldOut.sinceFit += 1;
    if (heldOut.sinceFit < refitEvery) return;
    heldOut.sinceFit = 0;
    let windowPositives = 0;
    for (const label of heldOut.labels) windowPositives += label;
    if (windowPositives >= calibrationMinPositives) platt = fitPlatt(heldOut.scores, heldOut.labels, lambda);
  };

  return {
    update(example) {
      const offset = offsetOf(example.features);
      const encoded = encoder.encodeForUpdate(example.features, () => {
        mean.push(0);
        variance.push(priorVariance);
      });
      const { m, v } = score(encoded.indices, encoded.values, 0, offset);
      const total = betaSquared + v;
      const scale = Math.sqrt(total);
      recordHeldOut(normalCdf(m / scale), example.success);
      // ADF for the likelihood Φ(y·s/β), y = ±1: moment-match the Gaussian posterior of the score and project per weight.
      const y = example.success ? 1 : -1;
      const t = (y * m) / scale;
      const shift = normalHazardLeft(t);
      const shrink = shift * (shift + t);
      intercept.mean += (y * intercept.variance * shift) / scale;
      intercept.variance *= Math.max(1e-9, 1 - (intercept.variance * shrink) / total);
      for (let k = 0; k < encoded.indices.length; k += 1) {
        const index = encoded.indices[k] as number;
        const x = encoded.values[k] as number;
        const s2 = variance[index] as number;
        mean[index] = (mean[index] as number) + (y * x * s2 * shift) / scale;
        variance[index] = s2 * Math.max(1e-9, 1 - (x * x * s2 * shrink) / total);
      }
      n += 1;
      if (example.success) positives += 1;
    },

    predict(features) {
      const offset = offsetOf(features);
      if (n < minExamples || positives < minPositives) {
        const observedBase = (positives + strength * baseRate) / (n + strength);
        const p = priorRate(features, observedBase);
        const encoded = encoder.encode(features);
        const { v } = score(encoded.indices, encoded.values, encoded.unseen, 0);
        const spread = zLevel * Math.sqrt(v);
        const center = logit(p);
        return { p, interval: [sigmoid(center - spread), sigmoid(center + spread)], coldStart: true };
      }
      const encoded = encoder.encode(features);
      const { m, v } = score(encoded.indices, encoded.values, encoded.unseen, offset);
      const rawP = normalCdf(m / Math.sqrt(betaSquared + v));
      const spread = zLevel * Math.sqrt(v);
      const p = applyPlatt(platt, rawP);
      const low = applyPlatt(platt, sigmoid(m - spread));
      const high = applyPlatt(platt, sigmoid(m + spread));
      return { p, interval: [Math.min(low, p), Math.max(high, p)], coldStart: false };
    },

    predictMany(records, defaults) {
      const coldStart = n < minExamples || positives < minPositives;
      const view = {
        table: encoder.table(),
        mean: Float64Array.from(mean),
        variance: Float64Array.from(variance),
        interceptMean: intercept.mean,
        interceptVariance: intercept.variance,
        priorVariance,
        coldStart,
        base: coldStart ? (positives + strength * baseRate) / (n + strength) : baseRate,
        fitFeature,
        fitLift,
        zLevel,
        platt,
      };
      return predictMany(view, records, defaults);
    },

    explain(features) {
      const encoded = encoder.encode(features);
      let fitInput: FeatureContribution | undefined;
      const contributions: FeatureContribution[] = encoded.indices.map((index, k) => {
        const input = encoder.inputOf(index) as FeatureInput;
        const x = encoded.values[k] as number;
        const contribution = { feature: input.feature, value: wordedValue(input, features), effect: (mean[index] as number) * x, sd: Math.sqrt(variance[index] as number) * Math.abs(x) };
        // The fit's own input (a number), not its bucket indicator (`bucket 0`).
        if (input.feature === fitFeature && input.kind !== 'bucket') fitInput = contribution;
        return contribution;
      });
      // The ICP fit enters twice: as the prior's offset (a known lift, no uncertainty) and as a
      // learned correction. Shown alone, the correction read "fit 0.96: −" wherever the data did not
      // bear out the prior's full lift, though a high fit still raised the prediction.
      const lift = offsetOf(features) - logit(baseRate);
      if (lift !== 0) {
        if (fitInput) fitInput.effect += lift;
        else contributions.push({ feature: fitFeature, value: String(features[fitFeature]), effect: lift, sd: 0 });
      }
      return contributions.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
    },

    get n() {
      return n;
    },
    get positives() {
      return positives;
    },

    snapshot() {
      return {
        kind: 'reply-model',
        version: 2,
        options: structuredClone(options),
        encoder: encoder.snapshot(),
        mean: [...mean],
        variance: [...variance],
        intercept: { ...intercept },
        n,
        positives,
        platt: { ...platt },
        heldOut: { ...heldOut, scores: [...heldOut.scores], labels: [...heldOut.labels] },
      };
    },
  };
}

/** An input's value as {@link ReplyModel.explain} words it: the value, `bucket 3`, or the record's number for a standardized input. */
function wordedValue(input: FeatureInput, features: FeatureRecord): string {
  if (input.kind === 'equals') return input.value;
  if (input.kind === 'bucket') return `bucket ${input.bucket}`;
  return String(features[input.feature]);
}

/** Two-sided normal quantile for a level in (0, 1), by bisection on Φ (called once per model). */
function quantileForLevel(level: number): number {
  const target = 1 - (1 - level) / 2;
  let low = 0;
  let high = 10;
  for (let iteration = 0; iteration < 60; iteration += 1) {
    const middle = (low + high) / 2;
    if (normalCdf(middle) < target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}


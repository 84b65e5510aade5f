import type { FeatureRecord } from '../reply-model/feature-encoder.js';
import type { FeatureContribution, ReplyPrediction } from '../reply-model/reply-model.js';
import type { TimingMultiplier, TimingQuery } from '../timing/timing-model.js';

/** A contact to rank. */
export interface RankCandidate {
  id: string;
  /** Reply-model features (fit dimensions, signals, …); `angle` and `channel` are added when a learner picks them. */
  features: FeatureRecord;
  segment: string;
  /** ICP fit in [0, 1]. */
  fit?: number;
  signal?: string;
  daysSinceSignal?: number;
  /** Planned send weekday (0 = Sunday) and hour, when known. */
  sendDay?: number;
  sendHour?: number;
}

/** What ranking needs from the reply model (a {@link ReplyModel} fits). */
export interface RankingModel {
  predict(features: FeatureRecord): ReplyPrediction;
  explain(features: FeatureRecord): FeatureContribution[];
}

/** What ranking needs from the angle learner (an `AngleLearner` fits). */
export interface RankingAngleSource {
  recommendAngle(query: { segment: string; channel?: string }): {
    angle: string;
    channel?: string;
    mean: number;
    interval: [number, number];
  };
}

/** What ranking needs from the timing model (a `TimingModel` fits). */
export interface RankingTimingSource {
  multiplier(query: TimingQuery): TimingMultiplier;
}

/** Settings of {@link rankContacts}. */
export interface RankContactsOptions {
  model: RankingModel;
  /** Picks each segment's angle (asked once per segment and channel, so a campaign gets one angle per segment). */
  learner?: RankingAngleSource;
  /**
   * Timing multiplier. Pass timing either here or as model features, not both, or its effect counts twice.
   */
  timing?: RankingTimingSource;
  /** Value of a success with this contact (e.g. expected deal size). Default 1 for everyone. */
  value?: (candidate: RankCandidate) => number;
  /** Channel to rank for; the learner may choose one when omitted. */
  channel?: string;
  /** Reasons are worded for the first `explainTop` contacts in rank order only (wording 100k reasons is wasted work). Default all. */
  explainTop?: number;
}

/** One ranked contact. */
export interface RankedContact {
  id: string;
  /** Expected value: P(target) × value × timing. */
  ev: number;
  pReply: number;
  interval: [number, number];
  angle?: string;
  channel?: string;
  timing: number;
  coldStart: boolean;
  /** Top reasons in words, e.g. `VP Engineering, healthcare: +`. */
  reasons: string[];
}

/**
 * Ranks contacts by expected value = P(target) × value × timing multiplier, best first, with the
 * top reasons in words. A pure function of the current model, learner and timing state: call it
 * again as results arrive to re-rank the rest of a running campaign.
 *
 * @example
 * rankContacts(candidates, { model, learner, timing }).slice(0, 50);
 */
export function rankContacts(candidates: readonly RankCandidate[], options: RankContactsOptions): RankedContact[] {
  const { model, learner, timing } = options;
  const angles = new Map<string, ReturnType<RankingAngleSource['recommendAngle']>>();
  const angleFor = (segment: string): ReturnType<RankingAngleSource['recommendAngle']> | undefined => {
    if (!learner) return undefined;
    let recommendation = angles.get(segment);
    if (!recommendation) {
      recommendation = learner.recommendAngle(options.channel === undefined ? { segment } : { segment, channel: options.channel });
      angles.set(segment, recommendation);
    }
    return recommendation;
  };
  // Few distinct (signal, days, day, hour) keys occur among many contacts: ask the timing model once per key.
  const timings = new Map<string, TimingMultiplier>();
  const timingFor = (candidate: RankCandidate): TimingMultiplier | undefined => {
    if (!timing) return undefined;
    const key = `${candidate.signal ?? ''}|${candidate.daysSinceSignal ?? ''}|${candidate.sendDay ?? ''}|${candidate.sendHour ?? ''}`;
    let result = timings.get(key);
    if (!result) timings.set(key, (result = timing.multiplier(timingQuery(candidate))));
    return result;
  };
  const count = candidates.length;
  const evs = new Float64Array(count);
  const predictions = new Array<ReplyPrediction>(count);
  const timingResults = new Array<TimingMultiplier | undefined>(count);
  const featureRecords = new Array<FeatureRecord>(count);
  for (let index = 0; index < count; index += 1) {
    const candidate = candidates[index] as RankCandidate;
    const recommendation = angleFor(candidate.segment);
    const features = withChoices(candidate.features, recommendation?.angle, recommendation?.channel ?? options.channel);
    const prediction = model.predict(features);
    const timingResult = timingFor(candidate);
    const value = options.value ? options.value(candidate) : 1;
    evs[index] = prediction.p * value * (timingResult?.value ?? 1);
    predictions[index] = prediction;
    timingResults[index] = timingResult;
    featureRecords[index] = features;
  }
  // Sorting indices in a typed array against a typed key is several times faster than sorting objects.
  const order = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) order[index] = index;
  order.sort((a, b) => (evs[b] as number) - (evs[a] as number) || a - b);
  const explainTop = options.explainTop ?? Number.POSITIVE_INFINITY;
  const ranked = new Array<RankedContact>(count);
  for (let rank = 0; rank < count; rank += 1) {
    const index = order[rank] as number;
    const candidate = candidates[index] as RankCandidate;
    const prediction = predictions[index] as ReplyPrediction;
    const timingResult = timingResults[index];
    const recommendation = learner ? angles.get(candidate.segment) : undefined;
    const channel = recommendation?.channel ?? options.channel;
    const item: RankedContact = {
      id: candidate.id,
      ev: evs[index] as number,
      pReply: prediction.p,
      interval: prediction.interval,
      timing: timingResult?.value ?? 1,
      coldStart: prediction.coldStart,
      reasons: [],
    };
    if (recommendation) item.angle = recommendation.angle;
    if (channel !== undefined) item.channel = channel;
    if (rank < explainTop) {
      item.reasons = reasonsFor(candidate, { features: featureRecords[index] as FeatureRecord, prediction, timingResult, recommendation }, model);
    }
    ranked[rank] = item;
  }
  return ranked;
}

function withChoices(features: FeatureRecord, angle: string | undefined, channel: string | undefined): FeatureRecord {
  if (angle === undefined && channel === undefined) return features;
  const copy: Record<string, string | number | boolean> = { ...features };
  if (angle !== undefined && copy['angle'] === undefined) copy['angle'] = angle;
  if (channel !== undefined && copy['channel'] === undefined) copy['channel'] = channel;
  return copy;
}

function timingQuery(candidate: RankCandidate): TimingQuery {
  const query: TimingQuery = {};
  if (candidate.signal !== undefined) query.signal = candidate.signal;
  if (candidate.daysSinceSignal !== undefined) query.daysSinceSignal = candidate.daysSinceSignal;
  if (candidate.sendDay !== undefined) query.sendDay = candidate.sendDay;
  if (candidate.sendHour !== undefined) query.sendHour = candidate.sendHour;
  return query;
}

/** Contributions smaller than this (logit units, about ±5% relative) are not worth a reason. */
const notableEffect = 0.05;

function reasonsFor(
  candidate: RankCandidate,
  entry: {
    features: FeatureRecord;
    prediction: ReplyPrediction;
    timingResult: TimingMultiplier | undefined;
    recommendation: ReturnType<RankingAngleSource['recommendAngle']> | undefined;
  },
  model: RankingModel,
): string[] {
  const reasons: string[] = [];
  if (entry.prediction.coldStart) {
    reasons.push(
      candidate.fit === undefined
        ? 'too few results yet: using the base rate'
        : `ICP fit ${candidate.fit.toFixed(2)}: too few results yet, using the fit prior`,
    );
  } else {
    const contributions = model.explain(entry.features).filter((item) => Math.abs(item.effect) >= notableEffect && !item.value.startsWith('bucket'));
    const positive = contributions.filter((item) => item.effect > 0).slice(0, 2);
    const negative = contributions.filter((item) => item.effect < 0).slice(0, 2);
    if (positive.length > 0) reasons.push(`${positive.map(describe).join(', ')}: +`);
    if (negative.length > 0) reasons.push(`${negative.map(describe).join(', ')}: −`);
  }
  if (entry.timingResult && entry.timingResult.reason !== 'no timing information') reasons.push(entry.timingResult.reason);
  if (entry.recommendation) {
    const { angle, mean, interval } = entry.recommendation;
    reasons.push(`${angle} angle: ${percent(mean)} [${Math.round(interval[0] * 100)}–${percent(interval[1])}] in this segment`);
  }
  return reasons;
}

function describe(contribution: FeatureContribution): string {
  const numeric = Number(contribution.value);
  return Number.isFinite(numeric) && contribution.value.trim() !== '' ? `${contribution.feature} ${contribution.value}` : contribution.value;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

import { formatSampleSize } from '../angle-learner/format-sample-size.js';
import type { FeatureRecord } from '../reply-model/feature-encoder.js';
import type { ManyPredictions } from '../reply-model/predict-many.js';
import type { FeatureContribution, ReplyPrediction } from '../reply-model/reply-model.js';
import type { TimingMultiplier, TimingQuery } from '../timing/timing-model.js';
import { orderByDescending } from './order-by-descending.js';

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
  /** Batch form of `predict` (a {@link ReplyModel} has it); used when present, giving the same numbers faster. */
  predictMany?(records: readonly FeatureRecord[], defaults?: readonly (FeatureRecord | undefined)[]): ManyPredictions;
  explain(features: FeatureRecord): FeatureContribution[];
}

/** What ranking needs from the angle learner (an `AngleLearner` fits). */
export interface RankingAngleSource {
  recommendAngle(query: { segment: string; channel?: string; override?: string }): {
    angle: string;
    channel?: string;
    /** `override` when the angle is the user's choice. */
    method?: string;
    mean: number;
    interval: [number, number];
    /** Sends observed in this segment × angle × channel; the reason shows it when given. */
    n?: number;
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
  /** The user's angle for every segment (the learner's override); the learner picks when omitted. */
  angle?: string;
  /** Reasons are worded for the first `explainTop` contacts in rank order only (wording 100k reasons is wasted work); the rest get none. Default 1,000; `Infinity` for all. */
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
  const count = candidates.length;
  const choices = choicesBySegment(candidates, learner, options.channel, options.angle);
  const predictions = predictAll(model, candidates, choices);
  const timings = timing ? timingsOf(candidates, timing) : undefined;
  const { value } = options;
  // Scores first, then every result is made once, in input order, and put straight at its rank.
  // Per-contact lists are typed arrays: a 100k-slot JS array costs milliseconds to allocate.
  const evs = new Float64Array(count);
  for (let index = 0; index < count; index += 1) {
    const timingValue = timings ? (timings.list[timings.of[index] as number]?.value ?? 1) : 1;
    const p = predictions.p[index] as number;
    evs[index] = p * (value ? value(candidates[index] as RankCandidate) : 1) * timingValue;
  }
  const order = orderByDescending(evs);
  const rankOf = new Uint32Array(count);
  for (let rank = 0; rank < count; rank += 1) rankOf[order[rank] as number] = rank;
  const ranked = new Array<RankedContact>(count);
  const { p: ps, low, high, coldStarts } = predictions;
  for (let index = 0; index < count; index += 1) {
    ranked[rankOf[index] as number] = rankedContact(
      (candidates[index] as RankCandidate).id,
      evs[index] as number,
      ps[index] as number,
      [low[index] as number, high[index] as number],
      timings ? (timings.list[timings.of[index] as number]?.value ?? 1) : 1,
      coldStarts ? coldStarts[index] === 1 : predictions.coldStart,
      choices.list[choices.of[index] as number] as SegmentChoice,
    );
  }
  const explainTop = Math.min(count, options.explainTop ?? defaultExplainTop);
  for (let rank = 0; rank < explainTop; rank += 1) {
    const index = order[rank] as number;
    const candidate = candidates[index] as RankCandidate;
    const item = ranked[rank] as RankedContact;
    const { recommendation } = choices.list[choices.of[index] as number] as SegmentChoice;
    const features = withChoices(candidate.features, item.angle, item.channel);
    const prediction: ReplyPrediction = { p: item.pReply, interval: item.interval, coldStart: item.coldStart };
    const timingResult = timings ? timings.list[timings.of[index] as number] : undefined;
    item.reasons = reasonsFor(candidate, { features, prediction, timingResult, recommendation }, model);
  }
  return ranked;
}

/**
 * One result, made by a single literal per shape (keys in the order callers have always seen) so no
 * object changes shape after it is made. The arrays come in as values: a literal nesting another
 * literal is copied from its boilerplate by the runtime (about 15% slower over 100k results here).
 */
function rankedContact(id: string, ev: number, pReply: number, interval: [number, number], timing: number, coldStart: boolean, choice: SegmentChoice): RankedContact {
  const { angle, channel } = choice;
  const reasons: string[] = [];
  if (angle !== undefined) {
    if (channel !== undefined) return { id, ev, pReply, interval, timing, coldStart, reasons, angle, channel };
    return { id, ev, pReply, interval, timing, coldStart, reasons, angle };
  }
  if (channel !== undefined) return { id, ev, pReply, interval, timing, coldStart, reasons, channel };
  return { id, ev, pReply, interval, timing, coldStart, reasons };
}

/** Reasons are worded for this many contacts unless `explainTop` says otherwise. */
const defaultExplainTop = 1000;

type Recommendation = ReturnType<RankingAngleSource['recommendAngle']>;

/** A segment's learner pick (asked once per segment) and the features it adds, shared by the segment's contacts. */
interface SegmentChoice {
  recommendation: Recommendation | undefined;
  angle: string | undefined;
  channel: string | undefined;
  /** `{ angle, channel }` (those defined), or undefined when neither is. */
  added: FeatureRecord | undefined;
}

/** The distinct choices and, per candidate, which one is its segment's. */
interface SegmentChoices {
  /** Distinct choices, in order of first appearance. */
  list: SegmentChoice[];
  /** Per candidate, the position of its choice in `list`. */
  of: Uint32Array;
  /** Per candidate, its choice's `added` (the form `predictMany` takes). */
  added: (FeatureRecord | undefined)[];
}

function choicesBySegment(candidates: readonly RankCandidate[], learner: RankingAngleSource | undefined, channel: string | undefined, override: string | undefined): SegmentChoices {
  const bySegment = new Map<string, number>();
  const list: SegmentChoice[] = [];
  const of = new Uint32Array(candidates.length);
  const added = new Array<FeatureRecord | undefined>(candidates.length);
  let lastSegment: string | undefined;
  let last = -1;
  for (let index = 0; index < candidates.length; index += 1) {
    const segment = (candidates[index] as RankCandidate).segment;
    if (last < 0 || segment !== lastSegment) {
      const known = bySegment.get(segment);
      if (known === undefined) {
        const query = { segment, ...(channel === undefined ? {} : { channel }), ...(override === undefined ? {} : { override }) };
        const recommendation = learner?.recommendAngle(query);
        const angle = recommendation?.angle;
        const pickedChannel = recommendation?.channel ?? channel;
        const features: Record<string, string> = {};
        if (angle !== undefined) features['angle'] = angle;
        if (pickedChannel !== undefined) features['channel'] = pickedChannel;
        last = list.push({ recommendation, angle, channel: pickedChannel, added: angle === undefined && pickedChannel === undefined ? undefined : features }) - 1;
        bySegment.set(segment, last);
      } else last = known;
      lastSegment = segment;
    }
    of[index] = last;
    added[index] = (list[last] as SegmentChoice).added;
  }
  return { list, of, added };
}

/** Batch predictions; a model without `predictMany` may be on cold start for some contacts only. */
type Predictions = ManyPredictions & { coldStarts?: Uint8Array };

/** Model predictions for every candidate: batched when the model can, one at a time otherwise. */
function predictAll(model: RankingModel, candidates: readonly RankCandidate[], choices: SegmentChoices): Predictions {
  const count = candidates.length;
  const records = new Array<FeatureRecord>(count);
  for (let index = 0; index < count; index += 1) records[index] = (candidates[index] as RankCandidate).features;
  if (model.predictMany) return model.predictMany(records, choices.added);
  const coldStarts = new Uint8Array(count);
  const result: Predictions = { p: new Float64Array(count), low: new Float64Array(count), high: new Float64Array(count), coldStart: false, coldStarts };
  for (let index = 0; index < count; index += 1) {
    const added = choices.added[index];
    const prediction = model.predict(added === undefined ? (records[index] as FeatureRecord) : withDefaults(records[index] as FeatureRecord, added));
    result.p[index] = prediction.p;
    result.low[index] = prediction.interval[0];
    result.high[index] = prediction.interval[1];
    coldStarts[index] = prediction.coldStart ? 1 : 0;
  }
  return result;
}

/** The distinct timing results and, per candidate, which one is its own. */
interface Timings {
  list: TimingMultiplier[];
  /** Per candidate, the position of its result in `list`. */
  of: Uint32Array;
}

/** Timing multipliers, asked once per distinct (signal, days, day, hour): few keys occur among many contacts. */
function timingsOf(candidates: readonly RankCandidate[], timing: RankingTimingSource): Timings {
  const list: TimingMultiplier[] = [];
  const of = new Uint32Array(candidates.length);
  // The usual query has at most a signal and its days: two map levels with no key string built.
  const bySignalDays = new Map<string | undefined, Map<number | undefined, number>>();
  const byKey = new Map<string, number>();
  let lastSignal: string | undefined;
  let lastDays: Map<number | undefined, number> | undefined;
  for (let index = 0; index < candidates.length; index += 1) {
    const candidate = candidates[index] as RankCandidate;
    const { signal, daysSinceSignal, sendDay, sendHour } = candidate;
    let result: number | undefined;
    if (sendDay === undefined && sendHour === undefined) {
      if (lastDays === undefined || signal !== lastSignal) {
        lastDays = bySignalDays.get(signal);
        if (!lastDays) bySignalDays.set(signal, (lastDays = new Map()));
        lastSignal = signal;
      }
      result = lastDays.get(daysSinceSignal);
      if (result === undefined) lastDays.set(daysSinceSignal, (result = list.push(timing.multiplier(timingQuery(candidate))) - 1));
    } else {
      const key = `${signal ?? ''}|${daysSinceSignal ?? ''}|${sendDay}|${sendHour ?? ''}`;
      result = byKey.get(key);
      if (result === undefined) byKey.set(key, (result = list.push(timing.multiplier(timingQuery(candidate))) - 1));
    }
    of[index] = result;
  }
  return { list, of };
}

function withDefaults(features: FeatureRecord, added: FeatureRecord): FeatureRecord {
  const copy = copyOf(features);
  for (const key in added) if (copy[key] === undefined) copy[key] = added[key] as string | number | boolean;
  return copy;
}

function withChoices(features: FeatureRecord, angle: string | undefined, channel: string | undefined): FeatureRecord {
  if (angle === undefined && channel === undefined) return features;
  const copy = copyOf(features);
  if (angle !== undefined && copy['angle'] === undefined) copy['angle'] = angle;
  if (channel !== undefined && copy['channel'] === undefined) copy['channel'] = channel;
  return copy;
}

/**
 * `{ ...features }`, copied key by key: V8 spreads a record holding a non-integer number about ten
 * times slower (some 5 µs a record). A `__proto__` or inherited key, which assignment or `for…in`
 * would treat differently, takes the spread.
 */
function copyOf(features: FeatureRecord): Record<string, string | number | boolean> {
  const copy: Record<string, string | number | boolean> = {};
  for (const key in features) {
    if (key === '__proto__' || !Object.hasOwn(features, key)) return { ...features };
    copy[key] = features[key] as string | number | boolean;
  }
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
/** Standard deviations an effect must lie from zero to be given as a reason (about 95% two-sided). */
const clearEffectSds = 1.96;

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
    // An effect within two standard deviations of zero may be noise: it is no reason.
    const contributions = model
      .explain(entry.features)
      .filter((item) => Math.abs(item.effect) >= notableEffect && Math.abs(item.effect) >= clearEffectSds * (item.sd ?? 0) && !item.value.startsWith('bucket'));
    const positive = contributions.filter((item) => item.effect > 0).slice(0, 2);
    const negative = contributions.filter((item) => item.effect < 0).slice(0, 2);
    if (positive.length > 0) reasons.push(`${positive.map(describe).join(', ')}: +`);
    if (negative.length > 0) reasons.push(`${negative.map(describe).join(', ')}: −`);
  }
  if (entry.timingResult && entry.timingResult.reason !== 'no timing information') reasons.push(entry.timingResult.reason);
  if (entry.recommendation) {
    const { angle, mean, interval, n, method } = entry.recommendation;
    const sample = n === undefined ? '' : n === 0 ? ', n=0 (no sends here yet)' : `, n=${formatSampleSize(n)}`;
    reasons.push(`${angle} angle${method === 'override' ? ' (your choice)' : ''}: ${percent(mean)} [${Math.round(interval[0] * 100)}–${percent(interval[1])}] in this segment${sample}`);
  }
  return reasons;
}

function describe(contribution: FeatureContribution): string {
  const numeric = Number(contribution.value);
  if (!Number.isFinite(numeric) || contribution.value.trim() === '') {
    // A value says what it is (`VP`, `software`), but an angle or a channel alone does not (`linkedin: +`).
    if (contribution.feature === 'angle') return `${contribution.value} angle`;
    if (contribution.feature === 'channel') return `via ${contribution.value}`;
    return contribution.value;
  }
  // A number is the contact's own value (a fit of 0.4997940036…): two decimals say it.
  return `${contribution.feature} ${Number.isInteger(numeric) ? numeric.toLocaleString('en-US') : numeric.toFixed(2)}`;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

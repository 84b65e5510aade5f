/**
 * A seeded outreach market with known ground truth, for measuring the learning loop (issue §10).
 * Pure: every draw comes from the injected seeded random source.
 */
import type { SeededRandom } from '../../testing/seeded-random.js';
import { seededRandom } from '../../testing/seeded-random.js';
import type { Channel } from '../outcome-event.js';

/** Which market: `default` has real differences; `null` has none (every contact, angle and channel share one rate). */
export type MarketKind = 'default' | 'null';

/** A signal a contact may carry: a recent job change or funding round. */
export type MarketSignal = 'job-change' | 'funding';

/** Settings of {@link createMarket}. Every default is the "realistic, not easy" market. */
export interface MarketOptions {
  /** Seed of the market's ground truth (rates, effects). Default 1. */
  seed?: number;
  /** `default` or `null`. Default `default`. */
  kind?: MarketKind;
  /** Number of segments K. Default 5. */
  segments?: number;
  /** Number of angles A. Default 4. */
  angles?: number;
  /** Channels. Default `['email', 'linkedin']`. */
  channels?: readonly Channel[];
  /**
   * Spread of the segment × angle interaction: standard deviation, on the log-odds scale, of a
   * normal offset drawn per (segment, angle). Default 0.1 (about ±10% relative on the rate); 0.4
   * lets a segment's best angle differ from the overall best.
   */
  sigma?: number;
  /**
   * Range of the per-segment base rates of the target outcome, drawn uniformly: the rate at the
   * average angle and channel for a contact of average fit without a signal. Default [0.02, 0.06].
   * In the null market one rate is drawn from this range and applies everywhere.
   */
  base?: readonly [number, number];
  /** Replies arrive 0–`delay` whole days after the send (uniform). Default 5. */
  delay?: number;
  /** Standard deviation (log-odds) of the angle effects shared by all segments. Default 0.3. */
  angleSpread?: number;
  /** Standard deviation (log-odds) of the channel effects shared by all segments. Default 0.3. */
  channelSpread?: number;
  /** Share of contacts with a recent signal (job change or funding). Default 0.3. */
  signalShare?: number;
  /** Log-odds lift on the day of a job change, decaying with {@link MarketOptions.signalDecayDays}. Default 1.0 (funding: 0.7 of it). */
  signalLift?: number;
  /** e-folding time of the signal lift in days: lift × exp(−days / decay). Default 7. */
  signalDecayDays?: number;
  /** Signals are 0 to this many days old. Default 59. */
  signalMaxDays?: number;
  /** Log-odds change from fit 0 to fit 1 (centred on fit 0.5). Default 1.0. */
  fitEffect?: number;
  /** Rate of replies that are not the target (neutral, negative, out-of-office); they never count. Default 0.02. */
  otherReplyRate?: number;
}

/** The market's ground truth, for the oracle and for judging claims. Never shown to the system under test. */
export interface MarketTruth {
  /** Base rate of the target outcome per segment (see {@link MarketOptions.base}). */
  baseRates: number[];
  /** Shared angle effects (log-odds, centred), one per angle. */
  angleEffects: number[];
  /** Channel effects (log-odds, centred), one per channel. */
  channelEffects: number[];
  /** Segment × angle interaction (log-odds), `[segment][angle]`. */
  interaction: number[][];
  /** Log-odds lift on the day of each signal. */
  signalLift: Record<MarketSignal, number>;
  /** e-folding time of the signal lift, days. */
  signalDecayDays: number;
  /** Log-odds change from fit 0 to fit 1. */
  fitEffect: number;
}

/** A contact as the system sees it (no ground truth). */
export interface MarketContact {
  id: string;
  segment: string;
  /** ICP fit in [0, 1]. */
  fit: number;
  signal?: MarketSignal;
  daysSinceSignal?: number;
  /** Employees. No effect on the rate in this market. */
  companySize: number;
  /** Seniority. No effect on the rate in this market. */
  seniority: string;
}

/** What the market decides about a contact in advance (common random numbers across strategies). */
export interface ContactFate {
  /** Uniform in [0, 1): a send of probability p succeeds iff `u < p`, whichever strategy sent it. */
  u: number;
  /** Days until a reply arrives. */
  delay: number;
  /** Uniform in [0, 1): a non-target reply happens iff `v < otherReplyRate` (and the send failed). */
  v: number;
  /** Sentiment of the non-target reply if any. */
  otherSentiment: 'neutral' | 'negative' | 'out-of-office';
}

/** A seeded market. */
export interface Market {
  readonly kind: MarketKind;
  readonly segments: readonly string[];
  readonly angles: readonly string[];
  readonly channels: readonly Channel[];
  /** Maximum reply delay in days. */
  readonly delay: number;
  /** Rate of non-target replies. */
  readonly otherReplyRate: number;
  readonly truth: MarketTruth;
  /** Draws the next contact and its fate from `random`. */
  drawContact(random: SeededRandom, id: string): { contact: MarketContact; fate: ContactFate };
  /** True probability of the target outcome for the contact with this angle and channel. */
  probability(contact: MarketContact, angle: string, channel: Channel): number;
  /** The true best angle and channel for the contact (ties: first in order). */
  best(contact: MarketContact): { angle: string; channel: Channel; p: number };
}

const segmentNames = ['saas', 'fintech', 'healthcare', 'manufacturing', 'ecommerce', 'logistics', 'education', 'insurance'];
const angleNames = ['roi', 'pain-point', 'social-proof', 'trigger-event', 'curiosity', 'case-study'];
const seniorities = ['manager', 'director', 'vp', 'c-level'];

function names(pool: readonly string[], count: number, prefix: string): string[] {
  return Array.from({ length: count }, (_, index) => pool[index] ?? `${prefix}-${index + 1}`);
}

const logit = (p: number): number => Math.log(p / (1 - p));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

function centred(values: number[]): number[] {
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  return values.map((value) => value - mean);
}

/**
 * Creates a seeded market. The true log-odds of the target outcome for a contact in segment s,
 * sent angle a on channel c, is
 * `logit(base_s) + angle_a + channel_c + interaction_{s,a} + fitEffect·(fit − 0.5) + lift(signal)·exp(−days/decay)`;
 * the outcome is a Bernoulli draw of that probability. In the null market every term but the base is 0.
 *
 * @example
 * const market = createMarket({ seed: 7, sigma: 0.4 });
 * const { contact } = market.drawContact(seededRandom(1), 'c1');
 * market.best(contact); // { angle: 'social-proof', channel: 'linkedin', p: 0.061 }
 */
export function createMarket(options: MarketOptions = {}): Market {
  const kind = options.kind ?? 'default';
  const random = seededRandom(options.seed ?? 1);
  const segments = names(segmentNames, Math.max(1, options.segments ?? 5), 'segment');
  const angles = names(angleNames, Math.max(1, options.angles ?? 4), 'angle');
  const channels = [...(options.channels ?? ['email', 'linkedin'])];
  const [low, high] = options.base ?? [0.02, 0.06];
  const sigma = options.sigma ?? 0.1;
  const isNull = kind === 'null';
  const draw = (spread: number): number => (isNull ? 0 : random.normal() * spread);
  const nullRate = low + random.next() * (high - low);
  const truth: MarketTruth = {
    baseRates: segments.map(() => (isNull ? nullRate : low + random.next() * (high - low))),
    angleEffects: centred(angles.map(() => draw(options.angleSpread ?? 0.3))),
    channelEffects: centred(channels.map(() => draw(options.channelSpread ?? 0.3))),
    interaction: segments.map(() => angles.map(() => draw(sigma))),
    signalLift: isNull
      ? { 'job-change': 0, funding: 0 }
      : { 'job-change': options.signalLift ?? 1, funding: 0.7 * (options.signalLift ?? 1) },
    signalDecayDays: options.signalDecayDays ?? 7,
    fitEffect: isNull ? 0 : (options.fitEffect ?? 1),
  };
  const segmentIndex = new Map(segments.map((name, index) => [name, index]));
  const angleIndex = new Map(angles.map((name, index) => [name, index]));
  const channelIndex = new Map(channels.map((name, index) => [name, index]));
  const baseLogits = truth.baseRates.map(logit);
  const signalShare = options.signalShare ?? 0.3;
  const signalMaxDays = options.signalMaxDays ?? 59;
  const delay = Math.max(0, Math.floor(options.delay ?? 5));
  const otherReplyRate = options.otherReplyRate ?? 0.02;

  function contactLogit(contact: MarketContact): number {
    const s = segmentIndex.get(contact.segment) ?? 0;
    let value = (baseLogits[s] ?? 0) + truth.fitEffect * (contact.fit - 0.5);
    if (contact.signal !== undefined) {
      value += truth.signalLift[contact.signal] * Math.exp(-(contact.daysSinceSignal ?? 0) / truth.signalDecayDays);
    }
    return value;
  }

  function choiceLogit(segment: number, angle: number, channel: number): number {
    return (truth.angleEffects[angle] ?? 0) + (truth.channelEffects[channel] ?? 0) + (truth.interaction[segment]?.[angle] ?? 0);
  }

  return {
    kind,
    segments,
    angles,
    channels,
    delay,
    otherReplyRate,
    truth,
    drawContact(source, id) {
      const contact: MarketContact = {
        id,
        segment: source.pick(segments),
        fit: source.next(),
        // Log-uniform between 2 and 10,000 employees.
        companySize: Math.round(Math.exp(Math.log(2) + source.next() * Math.log(5000))),
        seniority: source.pick(seniorities),
      };
      if (source.chance(signalShare)) {
        contact.signal = source.chance(0.6) ? 'job-change' : 'funding';
        contact.daysSinceSignal = source.int(0, signalMaxDays);
      }
      const fate: ContactFate = {
        u: source.next(),
        delay: source.int(0, delay),
        v: source.next(),
        otherSentiment: source.pick(['neutral', 'negative', 'out-of-office'] as const),
      };
      return { contact, fate };
    },
    probability(contact, angle, channel) {
      const s = segmentIndex.get(contact.segment) ?? 0;
      return sigmoid(contactLogit(contact) + choiceLogit(s, angleIndex.get(angle) ?? 0, channelIndex.get(channel) ?? 0));
    },
    best(contact) {
      const s = segmentIndex.get(contact.segment) ?? 0;
      let bestAngle = 0;
      let bestChannel = 0;
      let bestValue = Number.NEGATIVE_INFINITY;
      for (let a = 0; a < angles.length; a += 1) {
        for (let c = 0; c < channels.length; c += 1) {
          const value = choiceLogit(s, a, c);
          if (value > bestValue) {
            bestValue = value;
            bestAngle = a;
            bestChannel = c;
          }
        }
      }
      return {
        angle: angles[bestAngle] ?? '',
        channel: channels[bestChannel] ?? 'email',
        p: sigmoid(contactLogit(contact) + bestValue),
      };
    },
  };
}

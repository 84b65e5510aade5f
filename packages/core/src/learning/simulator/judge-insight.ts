import { signalWindowBand } from '../insights/index.js';
import type { SendObservation } from '../outcome-event.js';
import type { LoopInsight } from './loop-components.js';
import type { Market, MarketContact } from './market.js';

/** An emitted insight and whether the market bears it out. */
export interface InsightVerdict {
  text: string;
  n: number;
  /** `true`/`false` for a statement of an effect; `null` for statements that claim none ("not enough data"). */
  true: boolean | null;
  kind: string;
  /** The true effect the verdict rests on (rate difference, group − rest), when computed. */
  trueEffect?: number;
  /** Why the verdict, in words. */
  reason: string;
}

/** A sent message as the ground truth knows it. */
export interface SendTruth {
  contact: MarketContact;
  /** True probability of the target outcome as sent. */
  p: number;
}

const noEffectDimensions = new Set(['send-day', 'send-hour', 'company-size']);

/**
 * Judges one insight against the market's ground truth.
 *
 * - Statements without an effect (`not-enough-data`) get `null`.
 * - In the null market every claimed effect is false; so are claims about send day, send hour and
 *   company size, which never affect the rate in this market.
 * - Angle and channel claims are judged counterfactually on the sends of the claim's family: the
 *   true effect is the mean over those contacts of p(claimed level) − p(the rest's mix of levels),
 *   everything else as sent, so who happened to get which angle cannot make a claim true.
 * - Signal-window claims compare the true probabilities of the window's sends with the rest of
 *   that signal's sends.
 * A claim is true when the true effect has the claimed sign.
 */
export function judgeInsight(
  insight: LoopInsight,
  market: Market,
  observations: readonly SendObservation[],
  truth: ReadonlyMap<string, SendTruth>,
): InsightVerdict {
  const verdict = (value: boolean | null, reason: string, trueEffect?: number): InsightVerdict => {
    const result: InsightVerdict = { text: insight.text, n: insight.n, true: value, kind: insight.kind, reason };
    if (trueEffect !== undefined) result.trueEffect = trueEffect;
    return result;
  };
  const { effect } = insight;
  if (insight.kind === 'not-enough-data' || effect === 0) return verdict(null, 'claims no effect');
  if (market.kind === 'null') return verdict(false, 'the null market has no differences');
  const { dimension } = insight;
  if (noEffectDimensions.has(dimension)) return verdict(false, `${dimension} has no effect in this market`);
  const values = insight.values;
  const segment = values['segment'];
  const inContext = (observation: SendObservation): boolean => segment === undefined || observation.segment === segment;
  let trueEffect: number | undefined;
  if (dimension === 'angle' || dimension === 'segment-angle' || dimension === 'channel' || dimension === 'segment-channel') {
    const key = dimension.endsWith('angle') ? 'angle' : 'channel';
    const level = String(values[key] ?? '');
    trueEffect = counterfactualEffect(observations.filter(inContext), truth, market, key, level);
  } else if (dimension === 'signal-window') {
    if (market.truth.signalLift['job-change'] === 0 && market.truth.signalLift.funding === 0) {
      return verdict(false, 'signals have no effect in this market');
    }
    const signal = values['signal'];
    const window = values['window'];
    const group: number[] = [];
    const rest: number[] = [];
    for (const observation of observations) {
      const days = observation.features?.['daysSinceSignal'];
      const sendTruth = truth.get(observation.messageId);
      if (observation.features?.['signal'] !== signal || typeof days !== 'number' || sendTruth === undefined) continue;
      (signalWindowBand(days) === window ? group : rest).push(sendTruth.p);
    }
    if (group.length > 0 && rest.length > 0) trueEffect = mean(group) - mean(rest);
  }
  if (trueEffect === undefined) return verdict(null, `cannot judge ${dimension}`);
  const holds = Math.sign(trueEffect) === Math.sign(effect);
  return verdict(holds, `true effect ${(trueEffect * 100).toFixed(2)} points`, trueEffect);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

/** Mean over the family's sends of p(level) − p(rest mix), varying only `key` (angle or channel). */
function counterfactualEffect(
  family: readonly SendObservation[],
  truth: ReadonlyMap<string, SendTruth>,
  market: Market,
  key: 'angle' | 'channel',
  level: string,
): number | undefined {
  const restShares = new Map<string, number>();
  let restCount = 0;
  for (const observation of family) {
    if (observation[key] === level) continue;
    restShares.set(observation[key], (restShares.get(observation[key]) ?? 0) + 1);
    restCount += 1;
  }
  if (restCount === 0 || family.length === restCount) return undefined;
  let total = 0;
  let count = 0;
  for (const observation of family) {
    const sendTruth = truth.get(observation.messageId);
    if (sendTruth === undefined) continue;
    const probability = (value: string): number =>
      key === 'angle'
        ? market.probability(sendTruth.contact, value, observation.channel)
        : market.probability(sendTruth.contact, observation.angle, value);
    let restP = 0;
    for (const [value, share] of restShares) restP += (share / restCount) * probability(value);
    total += probability(level) - restP;
    count += 1;
  }
  return count === 0 ? undefined : total / count;
}

/**
 * Per-segment posteriors of the target rate, pooled toward the overall rate with an empirical-Bayes
 * strength (shared by the forecast and the digest).
 */
import { estimatePriorStrength } from '../angle-learner/estimate-prior-strength.js';
import { achievedTarget } from '../outcome-event.js';
import type { SendObservation, TargetOutcome } from '../outcome-event.js';

/** A segment's counts and its pooled Beta posterior. */
export interface SegmentRate {
  segment: string;
  successes: number;
  trials: number;
  alpha: number;
  beta: number;
  mean: number;
}

/** Segment rates of a target, plus the pooled prior used for segments without data. */
export interface SegmentRates {
  bySegment: Map<string, SegmentRate>;
  /** The posterior of a segment; a segment never seen gets the prior alone. */
  rate(segment: string): SegmentRate;
  overallRate: number;
  strength: number;
}

/**
 * Counts the target per segment and shrinks each segment toward the overall rate.
 *
 * @param priorMean Rate assumed when there is no data at all (default 0.03).
 */
export function segmentRates(observations: readonly SendObservation[], target: TargetOutcome, priorMean = 0.03): SegmentRates {
  const counts = new Map<string, { successes: number; trials: number }>();
  let successes = 0;
  for (const observation of observations) {
    const success = achievedTarget(observation, target) ? 1 : 0;
    successes += success;
    const count = counts.get(observation.segment);
    if (count) {
      count.successes += success;
      count.trials += 1;
    } else counts.set(observation.segment, { successes: success, trials: 1 });
  }
  // Overall rate with a weak prior (2 pseudo-sends) so an empty history still gives a usable figure.
  const overallRate = (successes + 2 * priorMean) / (observations.length + 2);
  const strength = estimatePriorStrength([...counts.values()].map((count) => ({ ...count, parentMean: overallRate })), { fallback: 20 });
  const make = (segment: string, count: { successes: number; trials: number }): SegmentRate => {
    const alpha = strength * overallRate + count.successes;
    const beta = strength * (1 - overallRate) + count.trials - count.successes;
    return { segment, successes: count.successes, trials: count.trials, alpha, beta, mean: alpha / (alpha + beta) };
  };
  const bySegment = new Map<string, SegmentRate>();
  for (const [segment, count] of counts) bySegment.set(segment, make(segment, count));
  return { bySegment, rate: (segment) => bySegment.get(segment) ?? make(segment, { successes: 0, trials: 0 }), overallRate, strength };
}

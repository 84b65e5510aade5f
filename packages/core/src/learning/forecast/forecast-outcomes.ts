/**
 * Forecasts of target outcomes for the coming weeks by simulation from the per-segment posteriors.
 */
import { CompoundError } from '../../errors/compound-error.js';
import type { SendObservation, TargetOutcome } from '../outcome-event.js';
import { sampleBeta, sampleBinomial } from '../stats/sample-beta.js';
import { seededUniform } from '../stats/seeded-uniform.js';
import { segmentRates } from './segment-rates.js';

/** Planned sends per week in a segment. */
export interface PlannedVolume {
  segment: string;
  sendsPerWeek: number;
}

/** Options of {@link forecastOutcomes}. */
export interface ForecastOptions {
  /** Planned weekly volume per segment. */
  plan: readonly PlannedVolume[];
  /** Weeks ahead (default 4). */
  weeks?: number;
  /** Outcomes to forecast (default positive replies and meetings). */
  targets?: readonly TargetOutcome[];
  /** Simulation draws (default 2000). */
  draws?: number;
  /** Level of the intervals (default 0.9). */
  level?: number;
  /** Seed of the simulation (default 1): equal inputs give equal forecasts. */
  seed?: number;
}

/** A forecast figure: expected count and interval. */
export interface ForecastFigure {
  expected: number;
  interval: [number, number];
}

/** The forecast of one target outcome. */
export interface TargetForecast {
  target: TargetOutcome;
  /** Week 1 is the coming week. */
  perWeek: Array<ForecastFigure & { week: number }>;
  total: ForecastFigure;
  /** What the forecast stands on: the target outcomes among every send of the history. */
  history: { successes: number; sends: number };
  bySegment: Array<ForecastFigure & { segment: string; sendsPerWeek: number; rate: number; sendsSoFar: number }>;
}

/** A forecast of several outcomes. */
export interface Forecast {
  weeks: number;
  level: number;
  outcomes: TargetForecast[];
}

function quantile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const position = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[position] ?? 0;
}

function figure(values: Float64Array, expected: number, level: number): ForecastFigure {
  const sorted = values.slice().sort();
  return { expected, interval: [quantile(sorted, (1 - level) / 2), quantile(sorted, 1 - (1 - level) / 2)] };
}

/**
 * One week's sends of a planned weekly volume: its whole part, plus one more with the probability
 * of its fraction, so 0.4 sends a week is 0.4 on average (rounding made it 0: a segment sent twice
 * a month was forecast to get nothing) and a whole volume draws no extra number.
 */
function weekSends(sendsPerWeek: number, random: () => number): number {
  const whole = Math.floor(sendsPerWeek);
  const fraction = sendsPerWeek - whole;
  return fraction > 0 && random() < fraction ? whole + 1 : whole;
}

/** Throws when a planned volume is negative or not a number. */
export function checkPlan(plan: readonly PlannedVolume[]): void {
  for (const entry of plan) {
    if (!(entry.sendsPerWeek >= 0) || !Number.isFinite(entry.sendsPerWeek)) {
      throw new CompoundError({ code: 'invalid-argument', message: `Planned sendsPerWeek for "${entry.segment}" must be a non-negative number`, context: { field: 'plan' } });
    }
  }
}

/**
 * Expected outcomes per week with intervals: each draw takes a rate per segment from its posterior
 * (the rate's uncertainty persists across weeks), then Binomial outcomes for each week's volume.
 *
 * @example
 * forecastOutcomes(observations, { plan: [{ segment: 'SaaS', sendsPerWeek: 500 }], weeks: 4 })
 *   .outcomes[0].total; // { expected: 21.3, interval: [12, 32] }
 */
export function forecastOutcomes(observations: readonly SendObservation[], options: ForecastOptions): Forecast {
  const { plan, weeks = 4, targets = ['positive-reply', 'meeting'], draws = 2000, level = 0.9, seed = 1 } = options;
  checkPlan(plan);
  const random = seededUniform(seed);
  const outcomes = targets.map((target): TargetForecast => {
    const rates = segmentRates(observations, target);
    const weekly = Array.from({ length: weeks }, () => new Float64Array(draws));
    const totals = new Float64Array(draws);
    const segmentTotals = plan.map(() => new Float64Array(draws));
    for (let draw = 0; draw < draws; draw++) {
      plan.forEach((entry, index) => {
        const posterior = rates.rate(entry.segment);
        const rate = sampleBeta(posterior.alpha, posterior.beta, random);
        for (let week = 0; week < weeks; week++) {
          const count = sampleBinomial(weekSends(entry.sendsPerWeek, random), rate, random);
          (weekly[week] as Float64Array)[draw] = ((weekly[week] as Float64Array)[draw] ?? 0) + count;
          (segmentTotals[index] as Float64Array)[draw] = ((segmentTotals[index] as Float64Array)[draw] ?? 0) + count;
          totals[draw] = (totals[draw] ?? 0) + count;
        }
      });
    }
    const weeklyExpected = plan.reduce((sum, entry) => sum + entry.sendsPerWeek * rates.rate(entry.segment).mean, 0);
    return {
      target,
      perWeek: weekly.map((values, index) => ({ week: index + 1, ...figure(values, weeklyExpected, level) })),
      total: figure(totals, weeklyExpected * weeks, level),
      history: { successes: [...rates.bySegment.values()].reduce((sum, segment) => sum + segment.successes, 0), sends: observations.length },
      bySegment: plan.map((entry, index) => {
        const posterior = rates.rate(entry.segment);
        return {
          segment: entry.segment,
          sendsPerWeek: entry.sendsPerWeek,
          rate: posterior.mean,
          sendsSoFar: posterior.trials,
          ...figure(segmentTotals[index] as Float64Array, entry.sendsPerWeek * posterior.mean * weeks, level),
        };
      }),
    };
  });
  return { weeks, level, outcomes };
}

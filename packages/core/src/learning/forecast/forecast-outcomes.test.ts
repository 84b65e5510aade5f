import { describe, expect, it } from 'vitest';
import { CompoundError } from '../../errors/compound-error.js';
import { simulateObservations } from '../insights/__fixtures__/simulate-observations.js';
import { seededUniform } from '../stats/seeded-uniform.js';
import { forecastOutcomes, segmentRates } from './index.js';

describe('forecastOutcomes', () => {
  it('expects volume × pooled rate, hand-computed for one segment', () => {
    const observations = simulateObservations({ sends: 100, seed: 1, segments: ['SaaS'], rate: () => 0.1 });
    const successes = observations.filter((observation) => observation.positiveReply || observation.meeting).length;
    // One segment: the empirical-Bayes strength falls back to 20 pseudo-sends around the overall rate.
    const overall = (successes + 2 * 0.03) / 102;
    const mean = (20 * overall + successes) / 120;
    const forecast = forecastOutcomes(observations, { plan: [{ segment: 'SaaS', sendsPerWeek: 100 }], weeks: 4, targets: ['positive-reply'] });
    const outcome = forecast.outcomes[0];
    expect(outcome?.total.expected).toBeCloseTo(400 * mean, 9);
    expect(outcome?.history).toEqual({ successes, sends: 100 });
    expect(outcome?.perWeek).toHaveLength(4);
    expect(outcome?.perWeek[0]?.expected).toBeCloseTo(100 * mean, 9);
    const [low, high] = outcome?.total.interval ?? [0, 0];
    expect(low).toBeLessThan(400 * mean);
    expect(high).toBeGreaterThan(400 * mean);
  });

  it('covers the realised outcome about as often as its level says', () => {
    let covered = 0;
    const runs = 40;
    for (let run = 0; run < runs; run++) {
      const truth = 0.03 + 0.04 * seededUniform(run)();
      const history = simulateObservations({ sends: 1500, seed: 100 + run, segments: ['A', 'B', 'C'], rate: () => truth });
      const forecast = forecastOutcomes(history, { plan: ['A', 'B', 'C'].map((segment) => ({ segment, sendsPerWeek: 300 })), weeks: 2, targets: ['positive-reply'], draws: 1000, seed: run });
      const future = simulateObservations({ sends: 1800, seed: 900 + run, segments: ['A', 'B', 'C'], rate: () => truth });
      const realised = future.filter((observation) => observation.positiveReply).length;
      const [low, high] = forecast.outcomes[0]?.total.interval ?? [0, 0];
      if (realised >= low && realised <= high) covered++;
    }
    // 90% intervals: expect about 36 of 40; allow for sampling noise.
    expect(covered).toBeGreaterThanOrEqual(31);
  });

  it('is reproducible, forecasts meetings too, and rejects a negative volume', () => {
    const observations = simulateObservations({ sends: 2000, seed: 4 });
    const plan = [{ segment: 'SaaS', sendsPerWeek: 200 }, { segment: 'New', sendsPerWeek: 50 }];
    const first = forecastOutcomes(observations, { plan });
    expect(forecastOutcomes(observations, { plan })).toEqual(first);
    expect(first.outcomes.map((outcome) => outcome.target)).toEqual(['positive-reply', 'meeting']);
    expect(first.outcomes[1]?.total.expected).toBeLessThan(first.outcomes[0]?.total.expected ?? 0);
    expect(first.outcomes[0]?.bySegment[1]?.sendsSoFar).toBe(0);
    expect(() => forecastOutcomes(observations, { plan: [{ segment: 'SaaS', sendsPerWeek: -1 }] })).toThrow(CompoundError);
  });

  it('forecasts a segment sent less than once a week at its fraction, not rounded to nothing', () => {
    const observations = simulateObservations({ sends: 400, seed: 2, segments: ['Rare'], rate: () => 0.3 });
    const forecast = forecastOutcomes(observations, { plan: [{ segment: 'Rare', sendsPerWeek: 0.4 }], weeks: 10, targets: ['positive-reply'], draws: 4000 });
    const outcome = forecast.outcomes[0];
    const mean = segmentRates(observations, 'positive-reply').rate('Rare').mean;
    expect(outcome?.total.expected).toBeCloseTo(4 * mean, 12);
    expect(outcome?.total.expected).toBeGreaterThan(0.5);
    expect(outcome?.total.interval[1]).toBeGreaterThan(0);
    expect(outcome?.bySegment[0]?.expected).toBeCloseTo(4 * mean, 12);
  });
});

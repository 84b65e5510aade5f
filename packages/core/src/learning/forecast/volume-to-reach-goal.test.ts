import { describe, expect, it } from 'vitest';
import { simulateObservations } from '../insights/__fixtures__/simulate-observations.js';
import { minimumInsightSample } from '../insights/learning-insights.js';
import { betaInterval } from '../stats/beta-quantile.js';
import { segmentRates } from './segment-rates.js';
import { minimumGoalSuccesses, volumeToReachGoal } from './volume-to-reach-goal.js';

describe('volumeToReachGoal', () => {
  const observations = simulateObservations({ sends: 6000, seed: 8, segments: ['High', 'Low'], rate: ({ segment }) => (segment === 'High' ? 0.1 : 0.02) });
  const plan = [
    { segment: 'High', sendsPerWeek: 100 },
    { segment: 'Low', sendsPerWeek: 100 },
  ];

  it('writes large goals with thousands separators, as the volumes beside them', () => {
    const answer = volumeToReachGoal(observations, { goalPerWeek: 2500, plan });
    // Was '2500 needs about 2488.0 more ... 208.41x the volume ... 2500.0 expected [2420–2581]'.
    expect(answer.text).toMatch(/; 2,500 needs about 2,4\d\d\.\d more: .* or [\d,]+\.\d\dx the volume in every segment \([\d,]+ sends a week: 2,\d{3}\.\d expected \[2,\d{3}–2,\d{3}\]\)\.$/);
    const met = volumeToReachGoal(observations, { goalPerWeek: 1.5, plan });
    expect(met.text).toMatch(/at or above the goal of 1\.5\.$/);
  });

  it('finds the extra volume per segment and the common scale, each rate with its interval and n', () => {
    const answer = volumeToReachGoal(observations, { goalPerWeek: 24, plan });
    const rates = segmentRates(observations, 'positive-reply');
    expect(answer.expectedPerWeek).toBeCloseTo(100 * rates.rate('High').mean + 100 * rates.rate('Low').mean, 12);
    expect(answer.expectedPerWeek).toBeGreaterThan(10);
    expect(answer.expectedPerWeek).toBeLessThan(14);
    const [high, low] = answer.bySegment;
    expect(high?.segment).toBe('High');
    expect(low?.segment).toBe('Low');
    const posterior = rates.rate('High');
    expect(high?.rateInterval).toEqual(betaInterval(posterior.alpha, posterior.beta, 0.9));
    expect(high?.sends).toBe(posterior.trials);
    expect(high?.successes).toBe(posterior.successes);
    expect(high?.extraSendsIfAlone).toBe(Math.ceil(answer.gapPerWeek / (high?.rate ?? 1)));
    expect(answer.scale).toBeCloseTo(24 / answer.expectedPerWeek, 12);
    expect(high?.scaledSendsPerWeek).toBe(Math.ceil(100 * answer.scale));
    expect(answer.enoughData).toBe(true);
    // A week at the scaled volume expects the goal, and its interval says how far one week may fall.
    expect(answer.atScale?.expected).toBeCloseTo(24, 0);
    expect(answer.atScale?.sendsPerWeek).toBe(Math.round(200 * answer.scale));
    expect(answer.atScale?.interval[0]).toBeLessThan(24);
    expect(answer.atScale?.interval[1]).toBeGreaterThan(24);
    expect(answer.text).toMatch(
      /^The plan \(200 sends a week\) expects 1\d\.\d positive replies a week \[\d+–\d+, 90%\]; 24 needs about \d+\.\d more: cheapest in High \(\d+\.\d% \[\d+\.\d–\d+\.\d%\], [\d,]+ in [\d,]+ sends so far\), about [\d,]+ more sends a week there, or \d\.\d\dx the volume in every segment \([\d,]+ sends a week: 2\d\.\d expected \[\d+–\d+\]\)\.$/,
    );
  });

  it('says when the plan already reaches the goal', () => {
    const answer = volumeToReachGoal(observations, { goalPerWeek: 1, plan });
    expect(answer.gapPerWeek).toBe(0);
    expect(answer.atScale).toBeUndefined();
    expect(answer.text).toMatch(/^The plan \(200 sends a week\) expects 1\d\.\d positive replies a week \[\d+–\d+, 90%\], at or above the goal of 1\.$/);
  });

  it('sizes a goal from segments with no planned volume', () => {
    const answer = volumeToReachGoal(observations, { goalPerWeek: 10, plan: plan.map((entry) => ({ ...entry, sendsPerWeek: 0 })) });
    expect(answer.expectedPerWeek).toBe(0);
    expect(answer.scale).toBe(Number.POSITIVE_INFINITY);
    expect(answer.atScale).toBeUndefined();
    expect(answer.bySegment[0]?.extraSendsIfAlone).toBe(Math.ceil(10 / (answer.bySegment[0]?.rate ?? 1)));
    expect(answer.text).toMatch(/; 10 needs about 10\.0 more: cheapest in High .*about [\d,]+ more sends a week there\.$/);
  });

  it('refuses to size a goal from fewer target outcomes than the minimum, and names what it has', () => {
    const rare = simulateObservations({ sends: 300, seed: 3, segments: ['A', 'B'], rate: () => 0 });
    const answer = volumeToReachGoal(rare, { goalPerWeek: 20, plan: [{ segment: 'A', sendsPerWeek: 50 }] });
    expect(answer.enoughData).toBe(false);
    expect(answer.tracked).toBe(true);
    expect(answer.history).toEqual({ successes: 0, sends: 300 });
    expect(answer.text).toBe(`Not enough data to size the volume 20 positive replies a week needs: 0 positive replies in 300 sends so far (at least ${minimumGoalSuccesses} are needed for a rate to plan from).`);
  });

  it('names the cheapest segment only among those with the minimum sample, and says which lack it', () => {
    const big = simulateObservations({ sends: 3000, seed: 9, segments: ['Big', 'Mid'], rate: ({ segment }) => (segment === 'Big' ? 0.06 : 0.03) });
    const first = big[0] as (typeof big)[number];
    // 3 sends, each a positive reply: pooled, still the best rate, on a sample too small to compare.
    const tiny = [0, 1, 2].map((index) => ({ ...first, messageId: `tiny${index}`, segment: 'Tiny', replied: true, positiveReply: true }));
    const segments = ['Big', 'Mid', 'Tiny'].map((segment) => ({ segment, sendsPerWeek: 50 }));
    const answer = volumeToReachGoal([...big, ...tiny], { goalPerWeek: 30, plan: segments });
    expect(answer.bySegment.map((segment) => [segment.segment, segment.enoughSends])).toEqual([
      ['Tiny', false],
      ['Big', true],
      ['Mid', true],
    ]);
    expect(answer.minimumSegmentSends).toBe(minimumInsightSample);
    expect(answer.cheapest).toBe('Big');
    expect(answer.text).toMatch(/: cheapest in Big \(\d+\.\d% \[[\d.]+–[\d.]+%\], \d+ in 1,\d{3} sends so far\), about [\d,]+ more sends a week there, or .*\)\. Rated higher but on fewer than 30 sends, too few to compare: Tiny \(3 sends\)\.$/);
    // No segment with the minimum sample: none is named.
    const small = simulateObservations({ sends: 50, seed: 4, segments: ['A', 'B'], rate: () => 0.3 });
    const most = Math.max(...['A', 'B'].map((segment) => small.filter((observation) => observation.segment === segment).length));
    expect(most).toBeLessThan(30);
    const none = volumeToReachGoal(small, { goalPerWeek: 30, plan: [{ segment: 'A', sendsPerWeek: 20 }, { segment: 'B', sendsPerWeek: 20 }] });
    expect(none.enoughData).toBe(true);
    expect(none.cheapest).toBeNull();
    expect(none.text).not.toMatch(/cheapest in/);
    expect(none.text).toMatch(new RegExp(` No segment has the 30 sends needed to name the cheapest to grow yet \\(most: [AB], ${most} sends\\)\\.$`));
  });

  it('says meetings are not tracked when no send has one, and sizes them once some are recorded', () => {
    const untracked = simulateObservations({ sends: 3000, seed: 5, segments: ['A'], meetingShare: 0 });
    const goal = { goalPerWeek: 2, plan: [{ segment: 'A', sendsPerWeek: 200 }], target: 'meeting' as const };
    const answer = volumeToReachGoal(untracked, goal);
    expect(answer).toMatchObject({ tracked: false, enoughData: false, history: { successes: 0, sends: 3000 } });
    expect(answer.text).toBe('Meetings are not tracked: none of the 3,000 sends in your history has a meeting booked, so the volume 2 meetings a week need cannot be sized (import a meeting column such as "Meeting Booked", or meeting events).');
    const tracked = volumeToReachGoal(simulateObservations({ sends: 3000, seed: 5, segments: ['A'] }), goal);
    expect(tracked).toMatchObject({ tracked: true, enoughData: true });
    // Replies are tracked whatever the meetings.
    expect(volumeToReachGoal(untracked, { ...goal, target: 'positive-reply' }).tracked).toBe(true);
  });

  it('names no cheapest segment where segments do not differ: the best-rated one leads by chance', () => {
    // Five segments at the same 4% rate: one always rates best on its sample, with an interval that includes the overall rate.
    const flat = simulateObservations({ sends: 2000, seed: 11 });
    const segments = ['SaaS', 'Fintech', 'Healthcare', 'Retail', 'Logistics'].map((segment) => ({ segment, sendsPerWeek: 40 }));
    const answer = volumeToReachGoal(flat, { goalPerWeek: 15, plan: segments });
    const best = answer.bySegment[0];
    expect(best?.enoughSends).toBe(true);
    expect(best?.rateInterval[0]).toBeLessThanOrEqual(answer.overallRate);
    expect(answer.cheapest).toBeNull();
    expect(answer.text).not.toMatch(/cheapest in/);
    expect(answer.text).toMatch(/more: \d\.\d\dx the volume in every segment \(/);
    expect(answer.text).toContain(` No segment is cheaper to grow than the rest yet: the best-rated with 30 sends or more, ${best?.segment} (`);
    expect(answer.text).toMatch(/, 90%\), does not lie above your overall \d\.\d%\.$/);
  });

  it('names no cheapest segment in a history of one segment, or of sends with no segment', () => {
    const one = simulateObservations({ sends: 2000, seed: 12, segments: ['SaaS'], rate: () => 0.05 });
    const single = volumeToReachGoal(one, { goalPerWeek: 15, plan: [{ segment: 'SaaS', sendsPerWeek: 100 }] });
    expect(single.cheapest).toBeNull();
    expect(single.text).not.toMatch(/cheapest in/);
    expect(single.text).toMatch(/ Your history has one segment \(SaaS\), so there is no other to compare it with\.$/);
    const none = volumeToReachGoal(
      one.map((observation) => ({ ...observation, segment: 'unknown' })),
      { goalPerWeek: 15, plan: [{ segment: 'unknown', sendsPerWeek: 100 }] },
    );
    expect(none.cheapest).toBeNull();
    expect(none.text).not.toMatch(/cheapest in unknown/);
    expect(none.text).toMatch(/ Your sends have no segment \(.*\), so no segment can be compared\.$/);
  });
});

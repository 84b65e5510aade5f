/**
 * Honest insights from send observations: one-vs-rest tests in every family (angles per segment,
 * channels, send day and hour, company-size bands, signal windows), Benjamini–Hochberg over all of
 * them, a minimum sample before anything is tested, and "not enough data" statements with the
 * sample a test would need.
 */
import { achievedTarget } from '../outcome-event.js';
import type { SendObservation, TargetOutcome } from '../outcome-event.js';
import { benjaminiHochberg } from '../stats/benjamini-hochberg.js';
import { formatRateInterval } from '../angle-learner/angle-learner.js';
import { differenceInterval, wilsonInterval } from '../stats/proportion-intervals.js';
import { sampleSizeTwoProportions } from '../stats/sample-size-two-proportions.js';
import { twoProportionTest } from '../stats/two-proportion-test.js';
import { describeLevel, formatCount, formatPercent, formatPoints } from './describe-insight.js';
import { visitFamilies } from './insight-families.js';
import type { InsightFamily } from './insight-families.js';
import type { InsightDimension, LearningInsight } from './learning-insight.js';
import { playbookSuggestions } from './playbook-suggestions.js';

/** Options of {@link learningInsights}. */
export interface LearningInsightsOptions {
  /** The outcome counted as success (default `positive-reply`). */
  target?: TargetOutcome;
  /**
   * Minimum sends in a level, and in the rest of its family, before it is tested (default
   * {@link minimumInsightSample}, 30). A
   * family with fewer sends in all gets no "not enough data" statement either.
   */
  minSample?: number;
  /**
   * Minimum expected successes in the level and in the rest, at the family's pooled rate, before it is
   * tested (default 5). Expected rather than observed counts, so the filter cannot favour lucky cells.
   */
  minSuccesses?: number;
  /** False discovery rate for Benjamini–Hochberg (default 0.05). */
  fdr?: number;
  /**
   * The difference "not enough data" statements size for, as a fraction. Default: 5 points when the
   * base rate is 10% or more, else half the base rate (a 1.5x lift), rounded to half a point, at least half a point.
   */
  detectableDifference?: number;
  /** Power for those statements (default 0.8). */
  power?: number;
  /** The playbook ICP's company size, named in company-size suggestions ("the ICP says 50–500 employees"). */
  icpCompanySize?: { min?: number; max?: number };
  /**
   * Level of the rate interval a "not enough data" statement gives (default 0.95); a report that
   * prints other rates beside it (the digest, at 0.9) passes its own, so one rate never shows two intervals.
   */
  rateIntervalLevel?: number;
  /**
   * The zone (IANA name, e.g. `America/New_York`) whose clock send days and hours are read on: the
   * user's. Default: each `sentAt` as written (a stored history is in UTC).
   */
  timeZone?: string;
}

interface LevelCount {
  successes: number;
  trials: number;
}

interface FamilyCounts {
  family: InsightFamily;
  levels: Map<string, LevelCount>;
  successes: number;
  trials: number;
}

interface Hypothesis {
  counts: FamilyCounts;
  level: string;
  cell: LevelCount;
  rest: LevelCount;
  pValue: number;
}

/**
 * Sends a group needs before it is compared with others (the default `minSample`): below it a
 * rate rests on a handful of sends, and "3 of 3 replied" is no finding. The forecast's goal uses
 * it too, before it calls a segment the cheapest to grow.
 */
export const minimumInsightSample = 30;

const targetLabels: Record<TargetOutcome, string> = { 'positive-reply': 'positive replies', meeting: 'meetings', reply: 'replies' };

/** Dimensions compared over every send first (one comparison each, on the most data), then the per-segment and per-signal ones. */
const dimensionOrder: readonly InsightDimension[] = ['angle', 'channel', 'send-day', 'send-hour', 'company-size', 'signal-window', 'segment-angle', 'segment-channel'];

/**
 * The order of "not enough data" statements: by dimension, the ones over every send first, then
 * the fewest sends still needed first, so the first few are the closest to an answer, not
 * whichever segment happened to be sent to first.
 */
export function compareShortfalls(left: LearningInsight, right: LearningInsight): number {
  return dimensionOrder.indexOf(left.dimension) - dimensionOrder.indexOf(right.dimension) || (left.sendsNeeded ?? 0) - (right.sendsNeeded ?? 0);
}

function defaultDifference(baseRate: number): number {
  if (baseRate >= 0.1) return 0.05;
  return Math.max(0.005, Math.round(baseRate * 0.5 * 200) / 200);
}

/**
 * Insights over send observations: claims (sorted by q-value), then playbook suggestions backed by
 * them, then "not enough data" statements for families without a claim (in {@link compareShortfalls} order).
 *
 * @example
 * learningInsights(observations, { target: 'positive-reply' })
 *   .filter((insight) => insight.kind === 'claim')
 *   .map((insight) => insight.text);
 */
export function learningInsights(observations: readonly SendObservation[], options: LearningInsightsOptions = {}): LearningInsight[] {
  const { target = 'positive-reply', minSample = minimumInsightSample, minSuccesses = 5, fdr = 0.05, power = 0.8 } = options;
  const label = targetLabels[target];
  const families = new Map<string, FamilyCounts>();
  const familyCache = new Map<string, InsightFamily>();
  for (const observation of observations) {
    const success = achievedTarget(observation, target) ? 1 : 0;
    visitFamilies(
      observation,
      (key, family, level) => {
        let counts = families.get(key);
        if (!counts) {
          counts = { family, levels: new Map(), successes: 0, trials: 0 };
          families.set(key, counts);
        }
        counts.successes += success;
        counts.trials += 1;
        const cell = counts.levels.get(level);
        if (cell) {
          cell.successes += success;
          cell.trials += 1;
        } else counts.levels.set(level, { successes: success, trials: 1 });
      },
      familyCache,
      options.timeZone,
    );
  }

  const hypotheses: Hypothesis[] = [];
  for (const counts of families.values()) {
    if (counts.levels.size < 2) continue;
    const pooled = counts.successes / counts.trials;
    const levels = [...counts.levels.entries()];
    // With two levels, "A vs the rest" and "B vs the rest" are one hypothesis: test it once.
    const tested = levels.length === 2 ? levels.slice(0, 1) : levels;
    for (const [level, cell] of tested) {
      const rest = { successes: counts.successes - cell.successes, trials: counts.trials - cell.trials };
      const enough = (count: LevelCount) => count.trials >= minSample && count.trials * Math.min(pooled, 1 - pooled) >= minSuccesses;
      if (!enough(cell) || !enough(rest)) continue;
      hypotheses.push({ counts, level, cell, rest, pValue: twoProportionTest(cell, rest).pValue });
    }
  }
  const qValues = benjaminiHochberg(hypotheses.map((hypothesis) => hypothesis.pValue));
  const selected = qValues.filter((q) => q <= fdr).length;
  // False-coverage-statement-rate adjusted level for the selected intervals (Benjamini & Yekutieli 2005).
  const intervalLevel = hypotheses.length > 0 ? 1 - (fdr * Math.max(selected, 1)) / hypotheses.length : 0.95;

  const claims: LearningInsight[] = [];
  const familiesWithClaims = new Set<FamilyCounts>();
  hypotheses.forEach((hypothesis, index) => {
    const qValue = qValues[index] ?? 1;
    if (qValue > fdr) return;
    const { counts, cell, rest } = hypothesis;
    // In a two-level family, state the claim about the better level.
    let level = hypothesis.level;
    let subjectCount = cell;
    let restCount = rest;
    if (counts.levels.size === 2 && cell.successes / cell.trials < rest.successes / rest.trials) {
      level = [...counts.levels.keys()].find((name) => name !== hypothesis.level) ?? level;
      subjectCount = rest;
      restCount = cell;
    }
    const rate = subjectCount.successes / subjectCount.trials;
    const restRate = restCount.successes / restCount.trials;
    const interval = differenceInterval(subjectCount, restCount, intervalLevel);
    // The test (pooled z, or Fisher's for small counts) and the interval (Newcombe's) are different
    // approximations, so at the margin BH can select a difference whose adjusted interval still
    // includes none; such a claim would contradict its own interval, so it is not made. With one
    // statistic for both, BH selection and an interval excluding 0 coincide (Benjamini & Yekutieli 2005).
    if (interval[0] <= 0 && interval[1] >= 0) return;
    const words = describeLevel(counts.family, level);
    const ratio = restRate > 0 ? `, ${(rate / restRate).toFixed(1)}x` : '';
    const restName = counts.levels.size === 2 ? `${[...counts.levels.keys()].find((name) => name !== level) ?? ''}` : words.rest;
    claims.push({
      kind: 'claim',
      text:
        `${words.subject} ${words.verb} ${formatPercent(rate)} ${label} vs ${formatPercent(restRate)} for ${restName}: ` +
        `${formatPoints(rate - restRate)} points [${formatPoints(interval[0])} to ${formatPoints(interval[1])}]${ratio}, ` +
        `n=${formatCount(subjectCount.trials)} vs ${formatCount(restCount.trials)} (q=${qValue < 0.001 ? '<0.001' : qValue.toFixed(3)})`,
      n: subjectCount.trials,
      effect: rate - restRate,
      interval,
      intervalLevel,
      pValue: hypothesis.pValue,
      qValue,
      dimension: counts.family.dimension,
      values: { ...counts.family.context, [counts.family.levelName]: level },
      rate,
      restRate,
    });
    familiesWithClaims.add(counts);
  });
  claims.sort((left, right) => left.qValue - right.qValue || Math.abs(right.effect) - Math.abs(left.effect));

  const shortfalls: LearningInsight[] = [];
  for (const counts of families.values()) {
    // Below the minimum sample the family's own rate (0 of 4) is no base to size a test from.
    if (counts.levels.size < 2 || familiesWithClaims.has(counts) || counts.trials < minSample) continue;
    const baseRate = counts.successes / counts.trials;
    const difference = options.detectableDifference ?? defaultDifference(baseRate);
    const required = sampleSizeTwoProportions(baseRate, difference, { alpha: fdr, power });
    let smallest: [string, LevelCount] | undefined;
    for (const entry of counts.levels) if (!smallest || entry[1].trials < smallest[1].trials) smallest = entry;
    if (!smallest || smallest[1].trials >= required) continue;
    const more = required - smallest[1].trials;
    const words = describeLevel(counts.family, smallest[0]);
    const rateInterval = wilsonInterval(counts, options.rateIntervalLevel);
    shortfalls.push({
      kind: 'not-enough-data',
      text:
        `Not enough data yet: about ${formatCount(more)} more sends per ${words.plural} to detect a ${formatPoints(difference, false)}-point difference ` +
        `(${label} now ${formatRateInterval(baseRate, rateInterval)} over ${formatCount(counts.trials)} sends; fewest: ${smallest[0]} with ${formatCount(smallest[1].trials)}).`,
      n: smallest[1].trials,
      effect: difference,
      interval: rateInterval,
      pValue: 1,
      qValue: 1,
      dimension: counts.family.dimension,
      values: { ...counts.family.context },
      sendsNeeded: more,
    });
  }
  shortfalls.sort(compareShortfalls);
  return [...claims, ...playbookSuggestions(claims, families.values(), label, options.icpCompanySize), ...shortfalls];
}


/**
 * The volume a weekly goal needs: per segment and for the whole plan, from the same pooled
 * posteriors as the forecast, with what each rate stands on.
 */
import { unknownDimension } from '../events/fold-events.js';
import type { SendObservation, TargetOutcome } from '../outcome-event.js';
import { betaInterval } from '../stats/beta-quantile.js';
import { checkPlan, forecastOutcomes, type ForecastFigure, type PlannedVolume } from './forecast-outcomes.js';
import { minimumInsightSample } from '../insights/learning-insights.js';
import { meetingsTracked } from './meetings-tracked.js';
import { segmentRates } from './segment-rates.js';

/** One segment of a goal's answer. */
export interface GoalSegment {
  segment: string;
  /**
   * True for the sends that name no segment (`unknown`: no segment column, and no contact or row
   * profile to find one from): no segment to compare or grow, listed apart from the segments.
   */
  noSegment: boolean;
  /** Posterior mean of the target rate (pooled toward the overall rate), and its credible interval at `level`. */
  rate: number;
  rateInterval: [number, number];
  /** What the rate stands on: the segment's target outcomes and sends in the history. */
  successes: number;
  sends: number;
  /** Planned sends per week now. */
  sendsPerWeek: number;
  /**
   * Whether the segment has the sends ({@link VolumeToReachGoal.minimumSegmentSends}) to be compared
   * with the others: one that lacks them is never named the cheapest, whatever its rate.
   */
  enoughSends: boolean;
  /** Extra sends per week needed if only this segment grew (at its mean rate). */
  extraSendsIfAlone: number;
  /** Sends per week in this segment when every segment grows by `scale`. */
  scaledSendsPerWeek: number;
}

/** The volume needed to reach a weekly goal. */
export interface VolumeToReachGoal {
  target: TargetOutcome;
  goalPerWeek: number;
  /** Level of the intervals. */
  level: number;
  /** Sends per week of the plan. */
  sendsPerWeek: number;
  /** Expected target outcomes per week with the plan (mean rates). */
  expectedPerWeek: number;
  /** Interval of one week's outcomes with the plan (posterior simulation). */
  expectedInterval: [number, number];
  /** Goal minus expected (0 when the plan already reaches it on average). */
  gapPerWeek: number;
  /** Scale every segment's volume by this to reach the goal on average (Infinity when the plan is empty). */
  scale: number;
  /**
   * One week at `scale` times every segment's volume: its sends, expected outcomes (the goal) and
   * interval (a goal met on average is missed in many single weeks). Absent when the plan already
   * reaches the goal or is empty.
   */
  atScale?: ForecastFigure & { sendsPerWeek: number };
  /**
   * False when the history holds fewer than {@link minimumGoalSuccesses} target outcomes: the
   * rates are then mostly prior, and the text says the volume cannot be sized yet instead of
   * naming one (the figures stay in the object). Also false when `tracked` is.
   */
  enoughData: boolean;
  /**
   * False when the target is meetings and no send of the history has one recorded: meetings are
   * then taken as not tracked, and the text says so instead of sizing a volume from zero.
   */
  tracked: boolean;
  /** Target outcomes and sends in the whole history. */
  history: { successes: number; sends: number };
  /** Best rate first. */
  bySegment: GoalSegment[];
  /** The target rate over the whole history (the rate every segment is pooled toward). */
  overallRate: number;
  /** Sends a segment needs in the history before it can be named the cheapest to grow. */
  minimumSegmentSends: number;
  /**
   * The segment with the best rate among those with {@link minimumSegmentSends} sends or more, the
   * one the text names the cheapest to grow, when its rate's interval lies above {@link overallRate};
   * null when no segment has the sends, when the best one's interval includes the overall rate (its
   * lead may be noise: in a history where segments do not differ, some segment always rates best),
   * or when the history has fewer than two segments (sends of no segment, `unknown`, are never one).
   */
  cheapest: string | null;
  /** The answer in words. */
  text: string;
}

/** Options of {@link volumeToReachGoal}. */
export interface VolumeToReachGoalOptions {
  /** Target outcomes wanted per week (> 0). */
  goalPerWeek: number;
  /** Planned weekly volume per segment; a segment with 0 sends a week can still be grown. */
  plan: readonly PlannedVolume[];
  /** Default: positive replies. */
  target?: TargetOutcome;
  /** Level of the intervals (default 0.9, as the forecast's). */
  level?: number;
  /**
   * Sends a segment needs before it is named the cheapest to grow (default
   * {@link minimumInsightSample}, 30, the insights' minimum sample): with pooling, 3 positive
   * replies in 3 sends ranks a segment first on a rate that is mostly prior.
   */
  minimumSegmentSends?: number;
}

/**
 * Target outcomes the history needs before a volume is sized: with fewer, a rate's 90% interval
 * spans more than a factor of five (0 meetings in 300 sends sized a goal of 20 a week at 110,000
 * sends a week, from the prior alone).
 */
export const minimumGoalSuccesses = 5;

const outcomeLabel = (target: TargetOutcome): string => (target === 'meeting' ? 'meetings' : target === 'reply' ? 'replies' : 'positive replies');

/**
 * How much volume per segment a weekly goal needs, from the posterior mean rates, with each rate's
 * interval and sample size, and the spread of a week at the scaled volume.
 *
 * @example
 * volumeToReachGoal(observations, { goalPerWeek: 30, plan, target: 'meeting' }).text;
 */
export function volumeToReachGoal(observations: readonly SendObservation[], options: VolumeToReachGoalOptions): VolumeToReachGoal {
  const { goalPerWeek, plan, target = 'positive-reply', level = 0.9, minimumSegmentSends = minimumInsightSample } = options;
  checkPlan(plan);
  const rates = segmentRates(observations, target);
  const sendsPerWeek = plan.reduce((sum, entry) => sum + entry.sendsPerWeek, 0);
  const expectedPerWeek = plan.reduce((sum, entry) => sum + entry.sendsPerWeek * rates.rate(entry.segment).mean, 0);
  const gapPerWeek = Math.max(0, goalPerWeek - expectedPerWeek);
  const scale = expectedPerWeek > 0 ? goalPerWeek / expectedPerWeek : Number.POSITIVE_INFINITY;
  const oneWeek = (weekPlan: readonly PlannedVolume[]): ForecastFigure => {
    const week = forecastOutcomes(observations, { plan: weekPlan, weeks: 1, targets: [target], level }).outcomes[0]?.perWeek[0];
    return { expected: week?.expected ?? 0, interval: week?.interval ?? [0, 0] };
  };
  const bySegment = plan
    .map((entry): GoalSegment => {
      const posterior = rates.rate(entry.segment);
      return {
        segment: entry.segment,
        noSegment: entry.segment === unknownDimension,
        rate: posterior.mean,
        rateInterval: betaInterval(posterior.alpha, posterior.beta, level),
        successes: posterior.successes,
        sends: posterior.trials,
        enoughSends: posterior.trials >= minimumSegmentSends,
        sendsPerWeek: entry.sendsPerWeek,
        extraSendsIfAlone: Math.ceil(gapPerWeek / posterior.mean),
        scaledSendsPerWeek: Number.isFinite(scale) ? Math.ceil(entry.sendsPerWeek * scale) : entry.sendsPerWeek,
      };
    })
    .sort((left, right) => right.rate - left.rate || left.segment.localeCompare(right.segment));
  const scaledPlan = plan.map((entry) => ({ segment: entry.segment, sendsPerWeek: entry.sendsPerWeek * scale }));
  const atScale =
    gapPerWeek > 0 && Number.isFinite(scale)
      ? { sendsPerWeek: Math.round(sendsPerWeek * scale), ...oneWeek(scaledPlan) }
      : undefined;
  const successes = [...rates.bySegment.values()].reduce((sum, segment) => sum + segment.successes, 0);
  const history = { successes, sends: observations.length };
  const tracked = target !== 'meeting' || meetingsTracked(observations);
  const enoughData = tracked && successes >= minimumGoalSuccesses;
  const overallRate = rates.overallRate;
  const cheapest = cheapestSegment(bySegment, overallRate);
  const answer = { target, goalPerWeek, level, sendsPerWeek, expectedPerWeek, expectedInterval: oneWeek(plan).interval, gapPerWeek, scale, enoughData, tracked, history, bySegment, overallRate, minimumSegmentSends, cheapest };
  return { ...answer, ...(atScale ? { atScale } : {}), text: goalText({ ...answer, atScale }) };
}

/** Segments that can be compared: sends of no segment (`unknown`) are no segment to grow. */
const namedSegments = (bySegment: readonly GoalSegment[]): GoalSegment[] => bySegment.filter((segment) => !segment.noSegment);

/** The best-rated named segment with the sends to compare, if its interval lies above the overall rate. */
function cheapestSegment(bySegment: readonly GoalSegment[], overallRate: number): string | null {
  const named = namedSegments(bySegment);
  if (named.length < 2) return null;
  const best = named.find((segment) => segment.enoughSends);
  return best && best.rateInterval[0] > overallRate ? best.segment : null;
}

function goalText(answer: Omit<VolumeToReachGoal, 'text'>): string {
  const { target, level, sendsPerWeek, expectedPerWeek, expectedInterval, gapPerWeek, bySegment, atScale, history } = answer;
  const label = outcomeLabel(target);
  const goalPerWeek = count(answer.goalPerWeek, 0, 2);
  if (!answer.tracked) {
    return `Meetings are not tracked: none of the ${history.sends.toLocaleString('en-US')} sends in your history has a meeting booked, so the volume ${goalPerWeek} meetings a week need cannot be sized (import a meeting column such as "Meeting Booked", or meeting events).`;
  }
  if (!answer.enoughData) {
    return `Not enough data to size the volume ${goalPerWeek} ${label} a week needs: ${count(history.successes)} ${label} in ${history.sends.toLocaleString('en-US')} sends so far (at least ${minimumGoalSuccesses} are needed for a rate to plan from).`;
  }
  const levelText = `${Math.round(level * 100)}%`;
  const volume = `${Math.round(sendsPerWeek).toLocaleString('en-US')} sends a week`;
  const expected = `${count(expectedPerWeek, 1)} ${label} a week [${count(expectedInterval[0])}–${count(expectedInterval[1])}, ${levelText}]`;
  if (gapPerWeek === 0) return `The plan (${volume}) expects ${expected}, at or above the goal of ${goalPerWeek}.`;
  if (sendsPerWeek === 0 && bySegment.length === 0) return `There is no planned volume and no segment to grow: ${goalPerWeek} ${label} a week needs sends first.`;
  const cheapest = cheapestText(answer);
  const scaled = atScale
    ? `${cheapest.inline ? ', or ' : ': '}${count(answer.scale, 2)}x the volume in every segment (${atScale.sendsPerWeek.toLocaleString('en-US')} sends a week: ${count(atScale.expected, 1)} expected [${count(atScale.interval[0])}–${count(atScale.interval[1])}]).`
    : '.';
  return `The plan (${volume}) expects ${expected}; ${goalPerWeek} needs about ${count(gapPerWeek, 1)} more${cheapest.inline}${scaled}${cheapest.after}`;
}

/**
 * The cheapest segment to grow, `: cheapest in X (rate, n), about N more sends a week there`, and
 * a sentence after the answer naming the better-rated segments passed over for too few sends; or,
 * when none is named, the reason: fewer than two segments, none with the sends to compare, or the
 * best one's rate not credibly above the overall rate.
 */
function cheapestText(answer: Omit<VolumeToReachGoal, 'text'>): { inline: string; after: string } {
  const { bySegment, cheapest, minimumSegmentSends: minimumSends, level, overallRate } = answer;
  if (bySegment.length === 0) return { inline: '', after: '' };
  const named = namedSegments(bySegment);
  const best = named.find((segment) => segment.segment === cheapest);
  if (!best) {
    if (named.length === 0) return { inline: '', after: ' Your sends have no segment (none is named in the history or found from a matching contact), so no segment can be compared.' };
    if (named.length === 1) return { inline: '', after: ` Your history has one segment (${named[0]?.segment ?? ''}), so there is no other to compare it with.` };
    const leader = named.find((segment) => segment.enoughSends);
    if (!leader) {
      const most = named.reduce((left, right) => (right.sends > left.sends ? right : left));
      return { inline: '', after: ` No segment has the ${count(minimumSends)} sends needed to name the cheapest to grow yet (most: ${most.segment}, ${count(most.sends)} sends).` };
    }
    return {
      inline: '',
      after:
        ` No segment is cheaper to grow than the rest yet: the best-rated with ${count(minimumSends)} sends or more, ${leader.segment} (${percentInterval(leader.rate, leader.rateInterval)}, ${Math.round(level * 100)}%), ` +
        `does not lie above your overall ${(overallRate * 100).toFixed(1)}%.`,
    };
  }
  const passedOver = named.slice(0, named.indexOf(best)).map((segment) => `${segment.segment} (${count(segment.sends)} ${segment.sends === 1 ? 'send' : 'sends'})`);
  const names = passedOver.length > 3 ? `${passedOver.slice(0, 3).join(', ')} and ${count(passedOver.length - 3)} more` : passedOver.join(', ');
  return {
    inline: `: cheapest in ${best.segment} (${percentInterval(best.rate, best.rateInterval)}, ${best.successes.toLocaleString('en-US')} in ${best.sends.toLocaleString('en-US')} sends so far), about ${best.extraSendsIfAlone.toLocaleString('en-US')} more sends a week there`,
    after: passedOver.length === 0 ? '' : ` Rated higher but on fewer than ${count(minimumSends)} sends, too few to compare: ${names}.`,
  };
}

/** A number in words' digits: thousands separators, `digits` decimals (up to `maxDigits` when more may show). */
function count(value: number, digits = 0, maxDigits = digits): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: maxDigits });
}

/** `11.2% [7.2–15.7%]`: one decimal, as the CLI's table of segments prints it. */
function percentInterval(rate: number, interval: readonly [number, number]): string {
  return `${(rate * 100).toFixed(1)}% [${(interval[0] * 100).toFixed(1)}–${(interval[1] * 100).toFixed(1)}%]`;
}

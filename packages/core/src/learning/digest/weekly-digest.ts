/**
 * The weekly digest: this week's results against last week's, the top and weakest segments, and the
 * adjustments the insights back. An empty week gives no digest at all.
 */
import { CompoundError } from '../../errors/compound-error.js';
import { segmentRates } from '../forecast/segment-rates.js';
import { unknownDimension } from '../events/fold-events.js';
import { compareShortfalls, learningInsights } from '../insights/learning-insights.js';
import type { LearningInsightsOptions } from '../insights/learning-insights.js';
import type { LearningInsight } from '../insights/learning-insight.js';
import { achievedTarget, repliesTracked } from '../outcome-event.js';
import { sendClock } from '../events/zoned-clock.js';
import type { SendObservation, TargetOutcome } from '../outcome-event.js';
import { betaInterval } from '../stats/beta-quantile.js';
import { wilsonInterval } from '../stats/proportion-intervals.js';

/** Options of {@link weeklyDigest}. */
export interface WeeklyDigestOptions {
  /** First day of the week (ISO date, e.g. `2024-03-04`); the week is the 7 days from it, dated on the clock of `timeZone`. */
  weekStart: string;
  /**
   * The zone (IANA name) whose dates the sends are counted by (a 21:00 Sunday send in New York is
   * Sunday's, not Monday's), also passed to the insights. Default: `insightOptions.timeZone`, else UTC.
   */
  timeZone?: string;
  /** The outcome counted as success (default `positive-reply`). */
  target?: TargetOutcome;
  /** Insights to back adjustments; computed from every send up to the week's end when omitted. */
  insights?: readonly LearningInsight[];
  /** Options for the insights computed when `insights` is omitted. */
  insightOptions?: Omit<LearningInsightsOptions, 'target'>;
  /**
   * Segments with fewer sends are not ranked (default 20). When no segment has them this week, the
   * segments are ranked over the last {@link fallbackWeeks} weeks instead, and the digest says so.
   */
  minSegmentSends?: number;
  /** Weeks (this one and those before it) the segments are ranked over when this week alone is too thin (default 4). */
  fallbackWeeks?: number;
  /** How many top and weakest segments to list (default 3). */
  segmentCount?: number;
}

/** Counts of one week. Replies and meetings are counted by the week their message was sent. */
export interface WeekFigures {
  sends: number;
  replies: number;
  positiveReplies: number;
  meetings: number;
  /** Target outcomes and their rate. */
  targets: number;
  targetRate: number;
  /** Wilson 90% interval of `targetRate` (the level of the segments' intervals); [0, 1] without sends. */
  targetInterval: [number, number];
}

/** A segment's week. */
export interface DigestSegment {
  segment: string;
  sends: number;
  targets: number;
  /** The raw rate, `targets / sends`, and its Wilson 90% interval. */
  rate: number;
  interval: [number, number];
  /**
   * The rate pooled toward the week's overall rate (empirical Bayes) and its 90% interval: the
   * estimate segments are ranked by, so a small segment's lucky week does not top the list.
   */
  pooledRate: number;
  pooledInterval: [number, number];
}

/** A recommended adjustment and the insight behind it. */
export interface DigestAdjustment {
  text: string;
  insight: LearningInsight;
}

/** The digest, as JSON; `text` is the same in words. */
export interface WeeklyDigest {
  weekStart: string;
  weekEnd: string;
  /** The zone whose clock dated the sends into weeks, days and hours (IANA name). */
  timeZone: string;
  target: TargetOutcome;
  thisWeek: WeekFigures;
  lastWeek: WeekFigures;
  /** Replies this week minus last week. */
  replyChange: number;
  /**
   * False when the history has meetings booked but no reply recorded on any send (a history of
   * meetings only: a meeting follows a reply, so the replies were not imported): the text then says
   * replies are not tracked instead of "0 replies", and that the positive-reply target counts booked
   * meetings alone. A history with neither cannot tell "no replies" from "not tracked" and reads as tracked.
   */
  repliesTracked: boolean;
  topSegments: DigestSegment[];
  weakestSegments: DigestSegment[];
  /**
   * Weeks the segments were ranked over: 1, or `fallbackWeeks` when no segment had
   * `minSegmentSends` sends this week (a list of many small segments rarely does), so a week's digest
   * still names its strongest and weakest segments, on the recent weeks.
   */
  segmentWeeks: number;
  adjustments: DigestAdjustment[];
  /**
   * Where data is short ("not enough data" statements), at most three: the dimensions over every
   * send first, then those needing the fewest more sends. Their rates carry 90% intervals, as the rest of the digest.
   */
  notes: string[];
  text: string;
}

const day = 86_400_000;
/** Level of every interval in the digest, so the figures printed side by side are comparable. */
const intervalLevel = 0.9;
const targetLabels: Record<TargetOutcome, string> = { 'positive-reply': 'positive replies', meeting: 'meetings', reply: 'replies' };

function figures(observations: readonly SendObservation[], target: TargetOutcome): WeekFigures {
  let replies = 0;
  let positiveReplies = 0;
  let meetings = 0;
  let targets = 0;
  for (const observation of observations) {
    if (observation.replied) replies++;
    if (observation.positiveReply) positiveReplies++;
    if (observation.meeting) meetings++;
    if (achievedTarget(observation, target)) targets++;
  }
  const sends = observations.length;
  return { sends, replies, positiveReplies, meetings, targets, targetRate: sends > 0 ? targets / sends : 0, targetInterval: wilsonInterval({ successes: targets, trials: sends }, intervalLevel) };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const sendCount = (sends: number) => `${sends} ${sends === 1 ? 'send' : 'sends'}`;
const rateWithInterval = (week: WeekFigures) => `${percent(week.targetRate)} [${percent(week.targetInterval[0])}–${percent(week.targetInterval[1])}]`;

/**
 * The week's figures in one sentence. Replies and meetings are each named once: when one of them is
 * the target, its count carries the rate and last week's figures instead of being repeated. A week
 * after one without sends has nothing to compare with ("+18 vs last week's 0" read as growth), and a
 * history without replies says they are not tracked rather than "0".
 */
function figuresLine(thisWeek: WeekFigures, lastWeek: WeekFigures, target: TargetOutcome, repliesTracked: boolean): string {
  const replyChange = thisWeek.replies - lastWeek.replies;
  const versusLastWeek = lastWeek.sends === 0 ? undefined : `${replyChange >= 0 ? '+' : ''}${replyChange} vs last week's ${lastWeek.replies}`;
  const lastWeekRate = lastWeek.sends === 0 ? 'no sends last week' : `last week ${rateWithInterval(lastWeek)} of ${sendCount(lastWeek.sends)}`;
  const targetFigures = `${thisWeek.targets} of ${sendCount(thisWeek.sends)}`;
  const untracked = 'Replies: not tracked (no send in your history has a reply recorded';
  if (target === 'reply') {
    if (!repliesTracked) return `${untracked}, so there is no reply rate); meetings: ${thisWeek.meetings}.`;
    return `Replies: ${targetFigures} (${[versusLastWeek, rateWithInterval(thisWeek), lastWeekRate].filter(Boolean).join('; ')}); positive replies: ${thisWeek.positiveReplies}; meetings: ${thisWeek.meetings}.`;
  }
  const meetings = target === 'meeting' ? '' : `; meetings: ${thisWeek.meetings}`;
  const replies = !repliesTracked
    ? `${untracked}${target === 'positive-reply' ? ', so positive replies count booked meetings only' : ''})`
    : `Replies: ${thisWeek.replies}${versusLastWeek ? ` (${versusLastWeek})` : ''}`;
  return `${replies}; ${targetLabels[target]}: ${targetFigures} (${rateWithInterval(thisWeek)}; ${lastWeekRate})${meetings}.`;
}

/**
 * Builds the digest of the week starting `weekStart`, or `undefined` when nothing was sent that week.
 *
 * @example
 * const digest = weeklyDigest(observations, { weekStart: '2024-03-04' });
 * if (digest) logger.info(digest.text);
 */
export function weeklyDigest(observations: readonly SendObservation[], options: WeeklyDigestOptions): WeeklyDigest | undefined {
  const { weekStart, target = 'positive-reply', minSegmentSends = 20, segmentCount = 3, fallbackWeeks = 4 } = options;
  const startTime = Date.parse(`${weekStart.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(startTime)) throw new CompoundError({ code: 'invalid-argument', message: `weekStart must be an ISO date such as 2024-03-04 (got "${weekStart}")`, context: { field: 'weekStart' } });
  const timeZone = options.timeZone ?? options.insightOptions?.timeZone ?? 'UTC';
  // Days since 1970 on the user's clock: a send belongs to the week of its date there.
  const start = startTime / day;
  const end = start + 7;
  const thisWeekSends: SendObservation[] = [];
  const lastWeekSends: SendObservation[] = [];
  const upToEnd: SendObservation[] = [];
  const recentSends: SendObservation[] = [];
  for (const observation of observations) {
    const sent = sendClock(observation.sentAt, timeZone)?.day;
    if (sent === undefined || !(sent < end)) continue;
    upToEnd.push(observation);
    if (sent >= end - fallbackWeeks * 7) recentSends.push(observation);
    if (sent >= start) thisWeekSends.push(observation);
    else if (sent >= start - 7) lastWeekSends.push(observation);
  }
  if (thisWeekSends.length === 0) return undefined;

  const label = targetLabels[target];
  const thisWeek = figures(thisWeekSends, target);
  const lastWeek = figures(lastWeekSends, target);
  const rankSegments = (sends: readonly SendObservation[]) => {
    const rates = segmentRates(sends, target);
    // Sends of no segment (`unknown`: the history names none and no contact matched) are no segment to rank.
    const named = [...rates.bySegment.values()].filter((segment) => segment.segment !== unknownDimension);
    const ranked = named
      .filter((segment) => segment.trials >= minSegmentSends)
      .map((segment): DigestSegment => ({
        segment: segment.segment,
        sends: segment.trials,
        targets: segment.successes,
        rate: segment.successes / segment.trials,
        interval: wilsonInterval(segment, intervalLevel),
        pooledRate: segment.mean,
        pooledInterval: betaInterval(segment.alpha, segment.beta, intervalLevel),
      }))
      .sort((left, right) => right.pooledRate - left.pooledRate);
    return { named, ranked };
  };
  const week = rankSegments(thisWeekSends);
  const named = week.named;
  // No segment with the sends this week: the recent weeks together, when they have one.
  const recent = week.ranked.length === 0 && fallbackWeeks > 1 && recentSends.length > thisWeekSends.length ? rankSegments(recentSends).ranked : [];
  const segmentWeeks = recent.length > 0 ? fallbackWeeks : 1;
  const ranked = recent.length > 0 ? recent : week.ranked;
  const topSegments = ranked.slice(0, segmentCount);
  const weakestSegments = ranked.length > segmentCount ? ranked.slice(-Math.min(segmentCount, ranked.length - segmentCount)).reverse() : [];

  const insights = options.insights ?? learningInsights(upToEnd, { rateIntervalLevel: intervalLevel, timeZone, ...options.insightOptions, target });
  const suggestions = insights.filter((insight) => insight.kind === 'playbook-suggestion');
  const adjustments: DigestAdjustment[] = suggestions.slice(0, 5).map((insight) => ({ text: insight.text, insight }));
  const notes = insights
    .filter((insight) => insight.kind === 'not-enough-data')
    .sort(compareShortfalls)
    .slice(0, 3)
    .map((insight) => insight.text);
  const tracked = repliesTracked(observations);

  const replyChange = thisWeek.replies - lastWeek.replies;
  const weekEnd = new Date((end - 1) * day).toISOString().slice(0, 10);
  const segmentLine = (segment: DigestSegment) =>
    `- ${segment.segment}: ${segment.targets} of ${sendCount(segment.sends)}, ${percent(segment.rate)} [${percent(segment.interval[0])}–${percent(segment.interval[1])}] ${label} (estimate ${percent(segment.pooledRate)} after pooling with the other segments)`;
  const lines = [
    `Week of ${weekStart.slice(0, 10)} to ${weekEnd}`,
    figuresLine(thisWeek, lastWeek, target, tracked),
    // A reply counts in the week its message went out: the latest week's replies are still arriving.
    '(Outcomes count in the week their message was sent: replies to the latest sends may still arrive.)',
  ];
  const over = segmentWeeks > 1 ? ` over the last ${segmentWeeks} weeks (no segment had ${minSegmentSends} sends this week alone)` : '';
  if (topSegments.length > 0) lines.push('', `Top segments${over}:`, ...topSegments.map(segmentLine));
  if (weakestSegments.length > 0) lines.push('', `Weakest segments${over}:`, ...weakestSegments.map(segmentLine));
  if (topSegments.length === 0) {
    // The digest promises top and weakest segments: when none qualifies, say why rather than omit them.
    let largest: { segment: string; trials: number } | undefined;
    for (const segment of named) if (!largest || segment.trials > largest.trials) largest = segment;
    if (largest) lines.push('', `Segments: none had ${minSegmentSends} sends this week${fallbackWeeks > 1 ? ` or over the last ${fallbackWeeks} weeks` : ''} (most this week: ${largest.segment}, ${sendCount(largest.trials)}), too few to rank them.`);
    else lines.push('', 'Segments: this week\'s sends have no segment (none is named in the history or found from a matching contact), so none can be ranked.');
  }
  lines.push('', 'Recommended adjustments:');
  if (adjustments.length > 0) lines.push(...adjustments.map((adjustment) => `- ${adjustment.text}`));
  else lines.push('- None: no difference is significant yet, so keep the current plan.');
  // An adjustment about send days or hours is on someone's clock: say whose.
  if (adjustments.some(({ insight }) => insight.dimension === 'send-day' || insight.dimension === 'send-hour')) lines.push(`(Send days and hours are on ${timeZone} time.)`);
  if (notes.length > 0) lines.push('', 'Where data is short:', ...notes.map((note) => `- ${note}`));
  return { weekStart: weekStart.slice(0, 10), weekEnd, timeZone, target, thisWeek, lastWeek, replyChange, repliesTracked: tracked, topSegments, weakestSegments, segmentWeeks, adjustments, notes, text: lines.join('\n') };
}

import type { Forecast, VolumeToReachGoal } from '@compound/core';
import type { Command } from '../command.js';
import { countNoun } from '../count-noun.js';

type GoalSegment = VolumeToReachGoal['bySegment'][number];

/**
 * Each outcome's total and weeks, as indented lines. Meetings never recorded are said to be not
 * tracked rather than forecast as 0 [0–0].
 */
function forecastLines(forecast: Forecast, meetingsTracked: boolean, repliesTracked = true): string[] {
  const lines: string[] = [];
  for (const outcome of forecast.outcomes) {
    if (outcome.target === 'meeting' && !meetingsTracked) {
      lines.push(
        `  meeting: not tracked (none of your ${countNoun(outcome.history.sends, 'send', 'sends')} has a meeting booked; import a meeting column such as "Meeting Booked", or meeting events, to forecast meetings)`,
      );
      continue;
    }
    const total = outcome.total;
    const { successes, sends } = outcome.history;
    // A history of meetings only: its "positive replies" are the meetings booked.
    const meetingsOnly = outcome.target === 'positive-reply' && !repliesTracked ? '; replies are not tracked in your history, so these are booked meetings' : '';
    lines.push(
      `  ${outcome.target}: ${total.expected.toFixed(1)} expected [${total.interval[0]}–${total.interval[1]}] (${successes.toLocaleString('en-US')} in ${countNoun(sends, 'send', 'sends')} so far${meetingsOnly})`,
    );
    for (const week of outcome.perWeek) lines.push(`    week ${week.week}: ${week.expected.toFixed(1)} [${week.interval[0]}–${week.interval[1]}]`);
  }
  return lines;
}

/**
 * The goal's answer: the sentence, then each segment's rate with its n and the volume it needs.
 * Segments under the minimum sample share one line: listed one by one, dozens of them buried the
 * few that can be compared, each "too few to compare". Sends that name no segment are no segment:
 * they get their own line after the segments, and no list at all when they are the whole history
 * (the sentence already says no segment can be compared).
 */
function goalLines(goal: VolumeToReachGoal): string[] {
  const lines = ['', `Goal: ${goal.goalPerWeek.toLocaleString('en-US', { maximumFractionDigits: 2 })} a week. ${goal.text}`];
  const named = goal.bySegment.filter((segment) => !segment.noSegment);
  if (goal.gapPerWeek === 0 || named.length === 0 || !goal.enoughData) return lines;
  const scaled = Number.isFinite(goal.scale);
  lines.push(`  by segment (${Math.round(goal.level * 100)}% intervals; more sends if only this segment grew${scaled ? ', or its share of the scaled volume' : ''}):`);
  const few = named.filter((segment) => !segment.enoughSends);
  const line = (segment: GoalSegment, label: string): string => {
    const rate = `${(segment.rate * 100).toFixed(1)}% [${(segment.rateInterval[0] * 100).toFixed(1)}–${(segment.rateInterval[1] * 100).toFixed(1)}%]`;
    const stands = `${segment.successes.toLocaleString('en-US')} in ${countNoun(segment.sends, 'send', 'sends')}`;
    const needs = `+${segment.extraSendsIfAlone.toLocaleString('en-US')}/week${scaled ? `, or ${Math.round(segment.sendsPerWeek).toLocaleString('en-US')} → ${segment.scaledSendsPerWeek.toLocaleString('en-US')}/week` : ''}`;
    const tooFew = segment.enoughSends || segment.noSegment ? '' : ` · under ${goal.minimumSegmentSends} sends: too few to compare`;
    return `    ${label}: ${rate} (${stands}); ${needs}${tooFew}`;
  };
  for (const segment of named) {
    if (!segment.enoughSends && few.length > 1) continue;
    lines.push(line(segment, segment.segment));
  }
  if (few.length > 1) {
    const sends = few.reduce((sum, segment) => sum + segment.sends, 0);
    lines.push(`    ${few.length}${few.length < named.length ? ' more' : ''} segments under ${goal.minimumSegmentSends} sends each (${countNoun(sends, 'send', 'sends')} in all): too few to compare; --json lists each`);
  }
  const unsegmented = goal.bySegment.find((segment) => segment.noSegment);
  if (unsegmented) lines.push(line(unsegmented, 'sends with no segment (not compared)'));
  return lines;
}

/** The plan's sends a week, to whole sends (each segment's pace keeps its fraction: 0.25 a week is one send a month). */
const weeklyVolume = (plan: ReadonlyArray<{ sendsPerWeek: number }>): number => Math.round(plan.reduce((sum, entry) => sum + entry.sendsPerWeek, 0));

/**
 * `compound forecast`: expected outcomes in the coming weeks, with intervals, at the pace of the four
 * weeks before now (averaged over fewer when the history began inside them). With no sends in those weeks it says the forecast at that pace is 0 and gives the
 * one at the pace of the four weeks to the last send, labelled as such.
 */
export const forecastCommand: Command = {
  usage: 'forecast [--weeks N] [--target positive-reply|meeting|reply] [--goal N] [--json]',
  summary: 'expected replies and meetings for the coming weeks at your recent volume, with intervals; --goal N: the volume per segment N a week needs',
  whenInterrupted: 'it only reads the workspace, nothing was changed',
  async run({ args, io, open }) {
    const compound = await open();
    try {
      const forecast = await compound.forecast({ weeks: args.weeks, target: args.target, goal: args.goal });
      if (args.json) {
        io.stdout(`${JSON.stringify(forecast, null, 2)}\n`);
        return 0;
      }
      if (forecast.sends === 0) {
        io.stdout('No outcomes yet: import past results with `compound events import <file>`.\n');
        return 0;
      }
      const weeks = forecast.weeks === 1 ? 'week' : `${forecast.weeks} weeks`;
      const level = `${Math.round(forecast.level * 100)}% intervals`;
      const lastActive = forecast.atLastActivePace;
      const lines = lastActive
        ? [
            `No sends in the last 4 weeks (last send ${forecast.pace.lastSend?.slice(0, 10)}): a forecast at your recent pace would be 0.`,
            lastActive.weeks < 4
              ? `If you send again at the pace of your sending up to your last send (${countNoun(weeklyVolume(lastActive.plan), 'send', 'sends')}/week; your history spans under four weeks): next ${weeks}, ${level}:`
              : `If you send again at the pace of the four weeks to your last send (${countNoun(weeklyVolume(lastActive.plan), 'send', 'sends')}/week): next ${weeks}, ${level}:`,
            ...forecastLines(lastActive, forecast.meetingsTracked, forecast.repliesTracked),
          ]
        : [`Next ${weeks} at ${countNoun(weeklyVolume(forecast.plan), 'send', 'sends')}/week (${forecast.pace.weeks < 4 ? 'your pace since your first send, less than four weeks ago' : "your last four weeks' pace"}), ${level}:`, ...forecastLines(forecast, forecast.meetingsTracked, forecast.repliesTracked)];
      if (forecast.goal) lines.push(...goalLines(forecast.goal));
      io.stdout(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      await compound.close();
    }
  },
};

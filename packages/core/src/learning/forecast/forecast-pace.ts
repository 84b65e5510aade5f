/**
 * The weekly volume a forecast assumes: each segment's average over the weeks before now, and, when
 * those weeks hold no sends, over the same span ending at the latest send.
 */
import type { SendObservation } from '../outcome-event.js';
import type { PlannedVolume } from './forecast-outcomes.js';

const dayMs = 86_400_000;

/** The sends of a window of the history as a weekly plan. */
export interface PaceWindow {
  /** The window holds the sends after `from` up to and including `to` (ISO 8601). */
  from: string;
  to: string;
  sends: number;
  /**
   * Weeks the sends are averaged over: the window's, or fewer when the history starts inside it
   * (from its first send, at least one week), so a history begun 8 days ago is not averaged over 4.
   */
  weeks: number;
  /**
   * Each segment's sends in the window per week, to two decimals, not to whole sends: rounded per
   * segment, a history of many small segments summed to a pace it never had (683 sends in four
   * weeks read as 175 a week, not 171) and a segment sent once a month was forecast nothing.
   */
  plan: PlannedVolume[];
}

/** The pace of the weeks before now, and of the last weeks with sends when those had none. */
export interface ForecastPace {
  /** The `weeks` weeks before now. */
  recent: PaceWindow;
  /** The latest send of the history (ISO 8601), or null when there is none. */
  lastSend: string | null;
  /** Only when `recent` has no sends and the history has some: the `weeks` weeks ending at the latest send. */
  lastActive?: PaceWindow;
}

function paceWindow(observations: readonly SendObservation[], end: number, weeks: number, first: number): PaceWindow {
  const start = end - weeks * 7 * dayMs;
  const bySegment = new Map<string, number>();
  let sends = 0;
  for (const observation of observations) {
    const at = Date.parse(observation.sentAt);
    if (at > start && at <= end) {
      bySegment.set(observation.segment, (bySegment.get(observation.segment) ?? 0) + 1);
      sends++;
    }
  }
  const covered = sends === 0 ? weeks : Math.min(weeks, Math.max(1, (end - Math.max(start, first)) / (7 * dayMs)));
  const plan = [...bySegment].map(([segment, count]) => ({ segment, sendsPerWeek: Math.round((count / covered) * 100) / 100 }));
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString(), sends, weeks: Math.round(covered * 100) / 100, plan };
}

/**
 * The weekly volume per segment over the `weeks` weeks (default 4) before `now` (over fewer when
 * the history began inside them: see `PaceWindow.weeks`). A history whose
 * latest send is older than that gets an empty recent plan (a forecast at that pace is 0) and the
 * pace of its last active weeks, to be shown as such, never as the recent pace.
 *
 * @example
 * forecastPace(observations, { now: new Date() }).recent.plan; // [{ segment: 'SaaS', sendsPerWeek: 120 }]
 */
export function forecastPace(observations: readonly SendObservation[], options: { now: Date; weeks?: number }): ForecastPace {
  const weeks = options.weeks ?? 4;
  let latest = Number.NEGATIVE_INFINITY;
  let first = Number.POSITIVE_INFINITY;
  for (const observation of observations) {
    const at = Date.parse(observation.sentAt);
    latest = Math.max(latest, at);
    first = Math.min(first, at);
  }
  const recent = paceWindow(observations, options.now.getTime(), weeks, first);
  if (!Number.isFinite(latest)) return { recent, lastSend: null };
  const lastSend = new Date(latest).toISOString();
  return recent.sends > 0 ? { recent, lastSend } : { recent, lastSend, lastActive: paceWindow(observations, latest, weeks, first) };
}

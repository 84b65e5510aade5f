/**
 * Outcome events and the per-send observations the learning loop works on. Plain data; no I/O.
 */

/** What happened to a message. */
export const outcomeEventTypes = [
  'sent',
  'delivered',
  'opened',
  'clicked',
  'replied',
  'meeting-booked',
  'bounced',
  'unsubscribed',
] as const;

/** An outcome event type. */
export type OutcomeEventType = (typeof outcomeEventTypes)[number];

/** How a reply reads. "Remove me" is a negative reply: a reply, but not a success. */
export type ReplySentiment = 'positive' | 'neutral' | 'negative' | 'out-of-office';

/** Outreach channel. */
export type Channel = 'email' | 'linkedin' | (string & {});

/**
 * The outcome the system optimizes. Default `positive-reply`; `meeting` is the alternative; raw
 * `reply` is reported but never the default target.
 */
export type TargetOutcome = 'positive-reply' | 'meeting' | 'reply';

/** One event as received (webhook, CSV history, simulator). Idempotent on (tenant, source, externalId). */
export interface OutcomeEvent {
  /** Where the event came from, e.g. `lemlist`, `resend`, `csv:history.csv`, `simulator`. */
  source: string;
  /** The source's own id of the event; the same (source, externalId) never counts twice. */
  externalId: string;
  type: OutcomeEventType;
  /** When it happened (ISO 8601); events may arrive late and out of order. */
  occurredAt: string;
  /** The message the event is about. */
  messageId: string;
  contactId?: string;
  campaign?: string;
  angle?: string;
  channel?: Channel;
  /** Segment the contact belonged to when the message was sent. */
  segment?: string;
  /** For `replied`. */
  sentiment?: ReplySentiment;
  /** Extra attributes (e.g. `{ daysSinceSignal: 3, signal: 'job-change' }`). */
  attributes?: Record<string, string | number | boolean>;
}

/**
 * One sent message with what came of it so far: the unit the learners count. Built from the
 * message's events in any arrival order.
 */
export interface SendObservation {
  messageId: string;
  contactId?: string;
  campaign?: string;
  segment: string;
  angle: string;
  channel: Channel;
  /** When it was sent (ISO 8601). */
  sentAt: string;
  replied: boolean;
  positiveReply: boolean;
  meeting: boolean;
  bounced: boolean;
  unsubscribed: boolean;
  /** Features for the reply model (fit dimensions, signals, timing), by name. */
  features?: Record<string, string | number | boolean>;
}

/**
 * Whether a history records replies: false when sends have meetings booked but none has a reply
 * (a history of meetings only: a meeting follows a reply, so the replies were not imported). A
 * history with neither cannot tell "no replies" from "not tracked" and counts as tracked.
 */
export function repliesTracked(observations: readonly SendObservation[]): boolean {
  return observations.some((observation) => observation.replied || observation.positiveReply) || !observations.some((observation) => observation.meeting);
}

/** Whether a send achieved the target outcome. */
export function achievedTarget(observation: SendObservation, target: TargetOutcome = 'positive-reply'): boolean {
  if (target === 'meeting') return observation.meeting;
  if (target === 'reply') return observation.replied;
  return observation.positiveReply || observation.meeting;
}

/**
 * The strategies the simulator compares: each picks an angle and channel for every contact of the
 * day's batch and learns, if it learns at all, only from the outcome events that have arrived.
 */
import type { Channel, OutcomeEvent } from '../outcome-event.js';
import type { MarketContact } from './market.js';

/** A contact offered to a strategy on a simulated day, with when it would be sent. */
export interface CandidateContact {
  contact: MarketContact;
  /** Send time (ISO 8601). */
  sentAt: string;
  /** Weekday of the send, `mon`…`fri`. */
  sendDay: string;
  /** Hour of the send, 0–23. */
  sendHour: number;
}

/** A strategy's choice for one contact. */
export interface SendChoice {
  contactId: string;
  angle: string;
  channel: Channel;
  /** The system's predicted probability of the target outcome, when it makes one (for calibration). */
  predicted?: number;
}

/** One strategy under comparison. */
export interface SendStrategy {
  /** Name in the report, e.g. `learner`, `oracle`. */
  readonly name: string;
  /** Events that arrived on `day` (its own `sent` events included); called before `decide` of that day. */
  receive(events: readonly OutcomeEvent[], day: number): void;
  /** Angle and channel for every contact of the batch, in any order; one choice per contact. */
  decide(batch: readonly CandidateContact[], day: number): SendChoice[];
}

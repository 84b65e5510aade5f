import { foldEvents } from '../events/fold-events.js';
import type { OutcomeEvent, SendObservation } from '../outcome-event.js';

/**
 * Keeps each sent message's events as they arrive and hands back a message's observation once its
 * reply window has closed: until then a missing reply may just be late, so the send is neither a
 * success nor a failure yet. Observations are folded from the events (any order) by `foldEvents`.
 */
export interface MessageBook {
  /** Records events that arrived on `day`; a message's window opens on the day its `sent` event arrives. */
  add(events: readonly OutcomeEvent[], day: number): void;
  /** Observations of the messages whose window closed on or before `day` and that were not returned before. */
  close(day: number): SendObservation[];
  /** The observation of one message folded from its events so far (`undefined` before its `sent` event). */
  observation(messageId: string): SendObservation | undefined;
  /** Observations of every message so far, closed or not (what a user's store would hold). */
  observations(): SendObservation[];
}

/**
 * Creates a message book.
 * @param replyWindow Days after the send at which a message without a reply counts as a failure.
 */
export function createMessageBook(replyWindow: number): MessageBook {
  const events = new Map<string, OutcomeEvent[]>();
  const closing = new Map<number, string[]>();
  let nextClose = 0;
  return {
    add(arrived, day) {
      for (const event of arrived) {
        const list = events.get(event.messageId);
        if (list === undefined) events.set(event.messageId, [event]);
        else list.push(event);
        if (event.type === 'sent') {
          const closeDay = day + replyWindow;
          const due = closing.get(closeDay);
          if (due === undefined) closing.set(closeDay, [event.messageId]);
          else due.push(event.messageId);
        }
      }
    },
    close(day) {
      const closed: SendObservation[] = [];
      for (; nextClose <= day; nextClose += 1) {
        for (const messageId of closing.get(nextClose) ?? []) {
          const [observation] = foldEvents(events.get(messageId) ?? []);
          if (observation !== undefined) closed.push(observation);
        }
        closing.delete(nextClose);
      }
      return closed;
    },
    observation(messageId) {
      return foldEvents(events.get(messageId) ?? [])[0];
    },
    observations() {
      return foldEvents([...events.values()].flat());
    },
  };
}

/**
 * Sends whose reply window is still open, counted as they age: a send with no reply yet after a
 * share f of its window is a failure worth f of a send (replies spread over the window, so a
 * success would have shown with probability about f), and a reply that achieves the target makes
 * it a full-weight success at once. The learner thus hears of successes days before a window
 * closes, without the optimism of counting them while their sends' failures are still unknown.
 */
import type { AngleObservation } from './angle-learner.js';

/** A send the learner should hear about as its window ages. */
export interface ExposedSend {
  id: string;
  segment: string;
  angle: string;
  channel: string;
  /** When it was sent, in the same unit as the window (e.g. days or milliseconds). */
  sentAt: number;
}

/** Turns sends, replies and the passing of time into weighted learner updates. */
export interface ReplyWindowExposure {
  /** Registers a send (a second registration of the same id is ignored). */
  sent(send: ExposedSend): void;
  /** The send achieved the target: the success update that completes its weight, or `undefined` when it is unknown or its window already closed. */
  succeeded(id: string): AngleObservation | undefined;
  /** The failure updates that bring every open send's weight to its elapsed share of the window at `now`; sends whose window closed are done. */
  advance(now: number): AngleObservation[];
  /** Sends still open. */
  readonly open: number;
}

/**
 * Creates the tracker. Every send reaches a total weight of exactly 1 (failure shares that add up
 * to 1 when no reply came, or those shares plus the rest as a success).
 *
 * @param window Length of the reply window, in the unit of `sentAt` and `now`.
 * @example
 * const exposure = createReplyWindowExposure(6);
 * exposure.sent({ id: 'm1', segment: 'saas', angle: 'roi', channel: 'email', sentAt: 0 });
 * exposure.advance(2); // [{ …, success: false, weight: 1/3 }]
 * exposure.succeeded('m1'); // { …, success: true, weight: 2/3 }
 */
export function createReplyWindowExposure(window: number): ReplyWindowExposure {
  if (!(window > 0)) throw new RangeError(`createReplyWindowExposure: window must be positive, got ${window}`);
  const sends = new Map<string, { send: ExposedSend; weight: number }>();
  const update = (send: ExposedSend, success: boolean, weight: number): AngleObservation => ({
    segment: send.segment,
    angle: send.angle,
    channel: send.channel,
    success,
    weight,
  });
  return {
    sent(send) {
      if (!sends.has(send.id)) sends.set(send.id, { send, weight: 0 });
    },
    succeeded(id) {
      const entry = sends.get(id);
      if (entry === undefined) return undefined;
      sends.delete(id);
      return update(entry.send, true, 1 - entry.weight);
    },
    advance(now) {
      const updates: AngleObservation[] = [];
      for (const [id, entry] of sends) {
        const share = Math.min(1, Math.max(0, (now - entry.send.sentAt) / window));
        if (share > entry.weight) {
          updates.push(update(entry.send, false, share - entry.weight));
          entry.weight = share;
        }
        if (share >= 1) sends.delete(id);
      }
      return updates;
    },
    get open() {
      return sends.size;
    },
  };
}

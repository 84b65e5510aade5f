import type { SeededRandom } from '../../testing/seeded-random.js';
import type { Channel, TargetOutcome } from '../outcome-event.js';
import { achievedTarget } from '../outcome-event.js';
import { createMessageBook } from './message-book.js';
import type { SendStrategy } from './send-strategy.js';

/** Settings of {@link createTestAndRollStrategy}. */
export interface TestAndRollOptions {
  segments: readonly string[];
  angles: readonly string[];
  channels: readonly Channel[];
  /** Planned sends over the whole horizon. */
  horizon: number;
  /** Share of the horizon spent on the uniform test. Default 0.2. */
  testShare?: number;
  /** Days after a send at which no reply means failure. */
  replyWindow: number;
  target: TargetOutcome;
  random: SeededRandom;
}

/**
 * Horizon-aware test-and-roll: an A/B test splitting the first `testShare` of the planned sends
 * uniformly over angle × channel, then, per segment, every send goes to the angle and channel with
 * the best observed rate in the test (ties: the better rate over all segments, then the first).
 * Results of test sends that arrive after the test ended still inform the commitment.
 */
export function createTestAndRollStrategy(options: TestAndRollOptions): SendStrategy {
  const { segments, angles, channels, random, target } = options;
  const testSends = Math.ceil((options.testShare ?? 0.2) * options.horizon);
  const book = createMessageBook(options.replyWindow);
  const testContacts = new Set<string>();
  // counts[segment][arm] = [successes, sends], arm = angle × channels + channel.
  const arms = angles.length * channels.length;
  const counts = new Map(segments.map((segment) => [segment, Array.from({ length: arms }, () => [0, 0] as [number, number])]));
  const pooled = Array.from({ length: arms }, () => [0, 0] as [number, number]);
  let sent = 0;

  function bestArm(segment: string): number {
    const table = counts.get(segment);
    let best = 0;
    let bestRate = Number.NEGATIVE_INFINITY;
    let bestPooled = Number.NEGATIVE_INFINITY;
    for (let arm = 0; arm < arms; arm += 1) {
      const [successes, sends] = table?.[arm] ?? [0, 0];
      if (sends === 0) continue;
      const rate = successes / sends;
      const [pooledSuccesses, pooledSends] = pooled[arm] ?? [0, 0];
      const pooledRate = pooledSends === 0 ? 0 : pooledSuccesses / pooledSends;
      if (rate > bestRate || (rate === bestRate && pooledRate > bestPooled)) {
        best = arm;
        bestRate = rate;
        bestPooled = pooledRate;
      }
    }
    return best;
  }

  return {
    name: 'test-and-roll',
    receive(events, day) {
      book.add(events, day);
      for (const observation of book.close(day)) {
        if (!testContacts.has(observation.contactId ?? '')) continue;
        const arm = angles.indexOf(observation.angle) * channels.length + channels.indexOf(observation.channel);
        const success = achievedTarget(observation, target) ? 1 : 0;
        const cell = counts.get(observation.segment)?.[arm];
        if (cell !== undefined) {
          cell[0] += success;
          cell[1] += 1;
        }
        const total = pooled[arm];
        if (total !== undefined) {
          total[0] += success;
          total[1] += 1;
        }
      }
    },
    decide(batch) {
      return batch.map(({ contact }) => {
        const inTest = sent < testSends;
        sent += 1;
        if (inTest) {
          testContacts.add(contact.id);
          return { contactId: contact.id, angle: random.pick(angles), channel: random.pick(channels) };
        }
        const arm = bestArm(contact.segment);
        return {
          contactId: contact.id,
          angle: angles[Math.floor(arm / channels.length)] ?? '',
          channel: channels[arm % channels.length] ?? 'email',
        };
      });
    },
  };
}

import type { SeededRandom } from '../../testing/seeded-random.js';
import type { Channel } from '../outcome-event.js';
import type { SendStrategy } from './send-strategy.js';

/** A uniform split: every contact gets an angle and a channel drawn uniformly at random. */
export function createUniformStrategy(options: {
  angles: readonly string[];
  channels: readonly Channel[];
  random: SeededRandom;
}): SendStrategy {
  const { angles, channels, random } = options;
  return {
    name: 'uniform',
    receive() {},
    decide(batch) {
      return batch.map(({ contact }) => ({ contactId: contact.id, angle: random.pick(angles), channel: random.pick(channels) }));
    },
  };
}

import type { Market } from './market.js';
import type { SendStrategy } from './send-strategy.js';

/** The oracle: always the true best angle and channel for each contact (it reads the ground truth). */
export function createOracleStrategy(market: Market): SendStrategy {
  return {
    name: 'oracle',
    receive() {},
    decide(batch) {
      return batch.map(({ contact }) => {
        const { angle, channel } = market.best(contact);
        return { contactId: contact.id, angle, channel };
      });
    },
  };
}

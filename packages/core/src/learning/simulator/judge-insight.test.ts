import { describe, expect, it } from 'vitest';
import type { LearningInsight } from '../insights/index.js';
import type { SendObservation } from '../outcome-event.js';
import { judgeInsight } from './judge-insight.js';
import type { SendTruth } from './judge-insight.js';
import { createMarket } from './market.js';
import type { MarketContact } from './market.js';

const claim = (overrides: Partial<LearningInsight>): LearningInsight => ({
  kind: 'claim',
  text: 'claim',
  n: 100,
  effect: 0.02,
  interval: [0.01, 0.03],
  pValue: 0.001,
  qValue: 0.01,
  dimension: 'channel',
  values: { channel: 'linkedin' },
  ...overrides,
});

function sends(market: ReturnType<typeof createMarket>): { observations: SendObservation[]; truth: Map<string, SendTruth> } {
  const observations: SendObservation[] = [];
  const truth = new Map<string, SendTruth>();
  market.segments.forEach((segment, index) => {
    for (const channel of market.channels) {
      const contact: MarketContact = { id: `c${index}${channel}`, segment, fit: 0.5, companySize: 100, seniority: 'vp' };
      const angle = market.angles[0] ?? '';
      const messageId = `m-${contact.id}`;
      observations.push({ messageId, segment, angle, channel, sentAt: '2025-01-06T10:00:00Z', replied: false, positiveReply: false, meeting: false, bounced: false, unsubscribed: false });
      truth.set(messageId, { contact, p: market.probability(contact, angle, channel) });
    }
  });
  return { observations, truth };
}

describe('judgeInsight', () => {
  it('calls any claimed effect false in the null market and statements without an effect null', () => {
    const market = createMarket({ kind: 'null', seed: 3 });
    const { observations, truth } = sends(market);
    expect(judgeInsight(claim({}), market, observations, truth).true).toBe(false);
    expect(judgeInsight(claim({ kind: 'not-enough-data' }), market, observations, truth).true).toBeNull();
  });

  it('judges a channel claim by the sign of the true channel effect', () => {
    const market = createMarket({ seed: 3 });
    const { observations, truth } = sends(market);
    const [email, linkedin] = market.truth.channelEffects as [number, number];
    const better = linkedin > email ? 'linkedin' : 'email';
    const worse = better === 'linkedin' ? 'email' : 'linkedin';
    expect(judgeInsight(claim({ values: { channel: better }, effect: 0.01 }), market, observations, truth).true).toBe(true);
    expect(judgeInsight(claim({ values: { channel: worse }, effect: 0.01 }), market, observations, truth).true).toBe(false);
    expect(judgeInsight(claim({ dimension: 'send-day', values: { day: 'Monday' } }), market, observations, truth).true).toBe(false);
  });
});

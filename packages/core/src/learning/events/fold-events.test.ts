import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomeEventTypes, type OutcomeEvent } from '../outcome-event.js';
import { foldEvents, foldEventsReport, observedEventTypes } from './fold-events.js';

function event(type: OutcomeEvent['type'], messageId: string, occurredAt: string, overrides: Partial<OutcomeEvent> = {}): OutcomeEvent {
  return { source: 'test', externalId: `${messageId}:${type}:${occurredAt}`, type, messageId, occurredAt, ...overrides };
}

const sent = event('sent', 'm1', '2024-05-06T09:00:00.000Z', {
  contactId: 'c1',
  campaign: 'q2',
  segment: 'saas-mid',
  angle: 'roi',
  channel: 'email',
  attributes: { seniority: 'vp', daysSinceSignal: 3, signal: 'job-change' },
});

describe('foldEvents', () => {
  it('builds one observation per sent message from the sent event and its outcomes', () => {
    const observations = foldEvents([
      sent,
      event('delivered', 'm1', '2024-05-06T09:00:05.000Z'),
      event('opened', 'm1', '2024-05-06T11:00:00.000Z'),
      event('replied', 'm1', '2024-05-07T08:00:00.000Z', { sentiment: 'positive' }),
      event('meeting-booked', 'm1', '2024-05-08T08:00:00.000Z'),
      event('sent', 'm2', '2024-05-05T09:00:00.000Z', { segment: 'smb', angle: 'pain', channel: 'linkedin' }),
    ]);
    expect(observations).toEqual([
      {
        messageId: 'm2',
        segment: 'smb',
        angle: 'pain',
        channel: 'linkedin',
        sentAt: '2024-05-05T09:00:00.000Z',
        replied: false,
        positiveReply: false,
        meeting: false,
        bounced: false,
        unsubscribed: false,
      },
      {
        messageId: 'm1',
        contactId: 'c1',
        campaign: 'q2',
        segment: 'saas-mid',
        angle: 'roi',
        channel: 'email',
        sentAt: '2024-05-06T09:00:00.000Z',
        replied: true,
        positiveReply: true,
        meeting: true,
        bounced: false,
        unsubscribed: false,
        features: { seniority: 'vp', daysSinceSignal: 3, signal: 'job-change' },
      },
    ]);
  });

  it('counts a reply that arrived before its sent event once the sent event is there', () => {
    const reply = event('replied', 'm1', '2024-05-07T08:00:00.000Z', { sentiment: 'neutral' });
    expect(foldEventsReport([reply])).toEqual({ observations: [], pending: ['m1'], duplicates: 0 });
    const [observation] = foldEvents([reply, sent]);
    expect(observation).toMatchObject({ messageId: 'm1', segment: 'saas-mid', replied: true, positiveReply: false });
  });

  it('keeps late events (a meeting weeks later, an unsubscribe after a positive reply)', () => {
    const [observation] = foldEvents([
      sent,
      event('replied', 'm1', '2024-05-07T08:00:00.000Z', { sentiment: 'positive' }),
      event('unsubscribed', 'm1', '2024-06-20T08:00:00.000Z'),
      event('meeting-booked', 'm1', '2024-07-01T08:00:00.000Z'),
    ]);
    expect(observation).toMatchObject({ replied: true, positiveReply: true, unsubscribed: true, meeting: true });
  });

  it('ignores a repeated (source, externalId) and counts it', () => {
    const reply = event('replied', 'm1', '2024-05-07T08:00:00.000Z', { sentiment: 'positive' });
    const report = foldEventsReport([sent, reply, { ...reply, sentiment: 'negative' }, sent]);
    expect(report.duplicates).toBe(2);
    expect(report.observations).toHaveLength(1);
    expect(report.observations[0]).toMatchObject({ positiveReply: true });
  });

  it('does not count an out-of-office auto-reply as a reply, nor a negative reply as positive', () => {
    const [ooo] = foldEvents([sent, event('replied', 'm1', '2024-05-07T08:00:00.000Z', { sentiment: 'out-of-office' })]);
    expect(ooo).toMatchObject({ replied: false, positiveReply: false });
    const [negative] = foldEvents([sent, event('replied', 'm1', '2024-05-07T08:00:00.000Z', { sentiment: 'negative' })]);
    expect(negative).toMatchObject({ replied: true, positiveReply: false });
  });

  it('takes the earliest send time and fills dimensions the sent event lacks from the other events', () => {
    const bare = event('sent', 'm3', '2024-05-06T10:00:00.000Z', { source: 'lemlist' });
    const again = event('sent', 'm3', '2024-05-06T09:00:00.000Z', { source: 'webhook', attributes: { segment: 'fintech' } });
    const bounce = event('bounced', 'm3', '2024-05-06T09:01:00.000Z', { angle: 'social-proof', channel: 'email' });
    const [observation] = foldEvents([bare, bounce, again]);
    expect(observation).toMatchObject({ sentAt: '2024-05-06T09:00:00.000Z', segment: 'fintech', angle: 'social-proof', channel: 'email', bounced: true });
    const [unknown] = foldEvents([event('sent', 'm4', '2024-05-06T10:00:00.000Z')]);
    expect(unknown).toMatchObject({ segment: 'unknown', angle: 'unknown', channel: 'unknown' });
    expect(unknown).not.toHaveProperty('features');
  });

  it('breaks ties at one instant by source, then external id, compared as JavaScript strings', () => {
    const at = '2024-05-06T09:00:00.000Z';
    const send = (source: string, externalId: string) => event('sent', 'm5', at, { source, externalId, segment: `${source}:${externalId}` });
    // UTF-16 puts U+1F600 (a surrogate pair, 0xD83D...) before U+FF5E, where code point order and
    // UTF-8 bytes put it after; 'B' comes before 'a', where a locale collation puts it after.
    expect(foldEvents([send('\uFF5E', 'e1'), send('\u{1F600}', 'e1')])).toMatchObject([{ segment: '\u{1F600}:e1' }]);
    expect(foldEvents([send('a', 'e1'), send('B', 'e1')])).toMatchObject([{ segment: 'B:e1' }]);
    expect(foldEvents([send('a', 'e9'), send('a', 'e10')])).toMatchObject([{ segment: 'a:e10' }]);
    const fill = (source: string, angle: string) => event('replied', 'm6', at, { source, externalId: 'r', sentiment: 'out-of-office', angle });
    expect(foldEvents([fill('b', 'from-b'), event('sent', 'm6', at), fill('a', 'from-a')])).toMatchObject([{ angle: 'from-a', replied: false }]);
  });

  it('gives the same observations whatever order the events arrive in', () => {
    const types = ['sent', 'delivered', 'opened', 'clicked', 'replied', 'meeting-booked', 'bounced', 'unsubscribed'] as const;
    const arbitraryEvent = fc.record({
      type: fc.constantFrom(...types),
      message: fc.integer({ min: 1, max: 4 }),
      minute: fc.integer({ min: 0, max: 60 * 24 * 30 }),
      sentiment: fc.constantFrom('positive', 'neutral', 'negative', 'out-of-office', undefined),
      segment: fc.constantFrom('a', 'b', undefined),
      id: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 30 }), fc.integer(), (specs, seed) => {
        const events = specs.map((spec): OutcomeEvent => {
          const built: OutcomeEvent = {
            source: 'prop',
            externalId: String(spec.id),
            type: spec.type,
            messageId: `m${spec.message}`,
            occurredAt: new Date(Date.UTC(2024, 4, 1) + spec.minute * 60_000).toISOString(),
          };
          if (spec.sentiment !== undefined && spec.type === 'replied') built.sentiment = spec.sentiment;
          if (spec.segment !== undefined) built.segment = spec.segment;
          return built;
        });
        // Duplicated ids keep the first occurrence, so shuffle only the de-duplicated set.
        const unique = [...new Map(events.map((item) => [item.externalId, item])).values()];
        const shuffled = [...unique];
        let state = seed;
        for (let index = shuffled.length - 1; index > 0; index -= 1) {
          state = (Math.imul(state, 1_103_515_245) + 12_345) | 0;
          const other = Math.abs(state) % (index + 1);
          [shuffled[index], shuffled[other]] = [shuffled[other] as OutcomeEvent, shuffled[index] as OutcomeEvent];
        }
        expect(foldEventsReport(shuffled)).toEqual(foldEventsReport(unique));
      }),
    );
  });
});

describe('observedEventTypes', () => {
  it('lists every type that changes a complete send’s observation, and no other', () => {
    const sent: OutcomeEvent = {
      source: 's', externalId: 'm1:sent', type: 'sent', occurredAt: '2024-03-01T09:00:00.000Z', messageId: 'm1',
      contactId: 'c1', campaign: 'q1', segment: 'saas', angle: 'roi', channel: 'email',
    };
    const alone = foldEvents([sent]);
    for (const type of outcomeEventTypes) {
      if (type === 'sent') continue;
      const other: OutcomeEvent = { source: 's', externalId: `m1:${type}`, type, occurredAt: '2024-03-02T09:00:00.000Z', messageId: 'm1', sentiment: 'positive' };
      const changed = JSON.stringify(foldEvents([sent, other])) !== JSON.stringify(alone);
      expect({ type, changed }).toEqual({ type, changed: observedEventTypes.has(type) });
    }
  });
});

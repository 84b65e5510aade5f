import { describe, expect, it } from 'vitest';
import type { SendObservation } from '../outcome-event.js';
import { forecastPace } from './index.js';

const send = (sentAt: string, segment = 'SaaS'): SendObservation => ({
  messageId: sentAt,
  segment,
  angle: 'roi',
  channel: 'email',
  sentAt,
  replied: false,
  positiveReply: false,
  meeting: false,
  bounced: false,
  unsubscribed: false,
});

describe('forecastPace', () => {
  const now = new Date('2026-11-27T12:00:00Z');

  it('takes the four weeks before now: a send exactly four weeks back is out, one at now is in, a later one is out', () => {
    const observations = [
      send('2026-10-30T12:00:00.000Z'),
      send('2026-10-30T12:00:01.000Z'),
      send('2026-11-27T12:00:00.000Z', 'Retail'),
      ...Array.from({ length: 8 }, (_, index) => send(`2026-11-2${index % 4}T09:00:00.000Z`)),
      send('2026-11-28T09:00:00.000Z'),
    ];
    const pace = forecastPace(observations, { now });
    expect(pace.recent).toEqual({
      from: '2026-10-30T12:00:00.000Z',
      to: '2026-11-27T12:00:00.000Z',
      sends: 10,
      weeks: 4,
      plan: [{ segment: 'SaaS', sendsPerWeek: 2.25 }, { segment: 'Retail', sendsPerWeek: 0.25 }],
    });
    expect(pace.lastSend).toBe('2026-11-28T09:00:00.000Z');
    expect(pace.lastActive).toBeUndefined();
  });

  it('gives an old history an empty recent pace and the pace of the four weeks to its last send', () => {
    const observations = Array.from({ length: 40 }, (_, index) => send(new Date(Date.UTC(2026, 2, 3) + index * 6 * 3_600_000).toISOString(), index < 30 ? 'SaaS' : 'Retail'));
    const pace = forecastPace(observations, { now });
    expect(pace.recent.sends).toBe(0);
    expect(pace.recent.plan).toEqual([]);
    expect(pace.lastSend).toBe('2026-03-12T18:00:00.000Z');
    expect(pace.lastActive).toEqual({
      from: '2026-02-12T18:00:00.000Z',
      to: '2026-03-12T18:00:00.000Z',
      sends: 40,
      // 9.75 days from the first send to the last: 30 and 10 sends over 1.39 weeks, not over 4.
      weeks: 1.39,
      plan: [{ segment: 'SaaS', sendsPerWeek: 21.54 }, { segment: 'Retail', sendsPerWeek: 7.18 }],
    });
    // The same history seen on the day after its last send: 10 days since the first send.
    expect(forecastPace(observations, { now: new Date('2026-03-13T00:00:00Z') }).recent).toMatchObject({
      weeks: 1.43,
      plan: [{ segment: 'SaaS', sendsPerWeek: 21 }, { segment: 'Retail', sendsPerWeek: 7 }],
    });
  });

  it('has no last send for an empty history', () => {
    expect(forecastPace([], { now })).toEqual({ recent: { from: '2026-10-30T12:00:00.000Z', to: '2026-11-27T12:00:00.000Z', sends: 0, weeks: 4, plan: [] }, lastSend: null });
  });

  it('averages a history begun inside the window over the weeks since its first send, at least one', () => {
    const eightDays = Array.from({ length: 100 }, (_, index) => send(new Date(now.getTime() - 8 * 86_400_000 + index * 3_600_000).toISOString()));
    expect(forecastPace(eightDays, { now }).recent).toMatchObject({ sends: 100, weeks: 1.14, plan: [{ segment: 'SaaS', sendsPerWeek: 87.5 }] });
    const twoDays = Array.from({ length: 20 }, (_, index) => send(new Date(now.getTime() - 2 * 86_400_000 + index * 3_600_000).toISOString()));
    expect(forecastPace(twoDays, { now }).recent).toMatchObject({ sends: 20, weeks: 1, plan: [{ segment: 'SaaS', sendsPerWeek: 20 }] });
  });

  it('keeps the pace of many small segments: their weekly volumes sum to the sends over the weeks', () => {
    // 683 sends in four weeks over 39 segments of 1 to 40 sends: rounded per segment, they read as 175 a week.
    const observations: SendObservation[] = [];
    for (let segment = 0; observations.length < 683; segment += 1) {
      const size = Math.min(683 - observations.length, 1 + ((segment * 7) % 40));
      for (let index = 0; index < size; index += 1) observations.push(send(new Date(now.getTime() - 28 * 86_400_000 + 1000 + ((segment + index) % 28) * 86_400_000).toISOString(), `S${segment}`));
    }
    const { recent } = forecastPace(observations, { now });
    expect(recent.sends).toBe(683);
    expect(recent.plan.reduce((sum, entry) => sum + entry.sendsPerWeek, 0)).toBeCloseTo(683 / 4, 1);
    // A segment sent once in the four weeks is still planned, at a quarter of a send a week.
    expect(recent.plan.find((entry) => entry.segment === 'S0')?.sendsPerWeek).toBe(0.25);
  });
});

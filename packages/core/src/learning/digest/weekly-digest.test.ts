import { describe, expect, it } from 'vitest';
import { CompoundError } from '../../errors/compound-error.js';
import { simulateObservations } from '../insights/__fixtures__/simulate-observations.js';
import type { SendObservation } from '../outcome-event.js';
import { wilsonInterval } from '../stats/proportion-intervals.js';
import { weeklyDigest } from './index.js';

const send = (overrides: Partial<SendObservation>): SendObservation => ({
  messageId: 'm',
  segment: 'SaaS',
  angle: 'roi',
  channel: 'email',
  sentAt: '2024-03-05T10:00:00Z',
  replied: false,
  positiveReply: false,
  meeting: false,
  bounced: false,
  unsubscribed: false,
  ...overrides,
});

/** Week of 2024-03-04: 4 sends, 3 replies, 2 positive, 1 meeting; 1 replied send the week before and 1 the week after. */
const handCounted = [
  send({ messageId: '1', replied: true, positiveReply: true }),
  send({ messageId: '2', replied: true }),
  send({ messageId: '3', replied: true, positiveReply: true, meeting: true }),
  send({ messageId: '4' }),
  send({ messageId: '5', sentAt: '2024-02-28T09:00:00Z', replied: true }),
  send({ messageId: '6', sentAt: '2024-03-11T09:00:00Z', replied: true }),
];

describe('weeklyDigest', () => {
  it('gives no digest for an empty week', () => {
    expect(weeklyDigest([], { weekStart: '2024-03-04' })).toBeUndefined();
    expect(weeklyDigest([send({ sentAt: '2024-02-20T10:00:00Z' })], { weekStart: '2024-03-04' })).toBeUndefined();
  });

  it('says why no segment is ranked when none has enough sends this week', () => {
    // 4 sends in one segment: the digest promises top and weakest segments, so their absence is said.
    const digest = weeklyDigest(handCounted, { weekStart: '2024-03-04' });
    expect(digest?.topSegments).toEqual([]);
    expect(digest?.text).toContain('\n\nSegments: none had 20 sends this week or over the last 4 weeks (most this week: SaaS, 4 sends), too few to rank them.\n');
    expect(digest?.segmentWeeks).toBe(1);
  });

  it('ranks the segments over the last 4 weeks when none has 20 sends this week alone', () => {
    // Two segments with 8 sends a week each over four weeks (32 each: one positive in 4 for SaaS, in 16 for retail);
    // a fifth week before them is outside the window.
    const weeks = ['2024-02-06', '2024-02-13', '2024-02-20', '2024-02-27', '2024-03-05'];
    const observations = weeks.flatMap((date, week) =>
      ['SaaS', 'retail'].flatMap((segment) =>
        Array.from({ length: 8 }, (_, index) => send({ messageId: `${week}-${segment}-${index}`, segment, sentAt: `${date}T10:00:00Z`, positiveReply: segment === 'SaaS' ? index % 4 === 0 : index % 16 === 0, replied: true })),
      ),
    );
    const digest = weeklyDigest(observations, { weekStart: '2024-03-04', segmentCount: 1 });
    expect(digest?.segmentWeeks).toBe(4);
    expect(digest?.topSegments.map((segment) => [segment.segment, segment.sends, segment.targets])).toEqual([['SaaS', 32, 8]]);
    expect(digest?.weakestSegments.map((segment) => [segment.segment, segment.sends, segment.targets])).toEqual([['retail', 32, 4]]);
    expect(digest?.text).toContain('\n\nTop segments over the last 4 weeks (no segment had 20 sends this week alone):\n- SaaS: 8 of 32 sends');
    expect(weeklyDigest(observations, { weekStart: '2024-03-04', fallbackWeeks: 1 })?.topSegments).toEqual([]);
  });

  it("counts a send in the week of its date on the user's clock", () => {
    // 03:00 UTC on Monday 11 March is Sunday 10 March in New York: that week's, not the next.
    const late = [...handCounted.slice(0, 4), send({ messageId: '7', sentAt: '2024-03-11T03:00:00Z', replied: true })];
    expect(weeklyDigest(late, { weekStart: '2024-03-04', timeZone: 'America/New_York' })?.thisWeek.sends).toBe(5);
    expect(weeklyDigest(late, { weekStart: '2024-03-04' })?.thisWeek.sends).toBe(4);
    expect(weeklyDigest(late, { weekStart: '2024-03-04', insightOptions: { timeZone: 'America/New_York' } })).toMatchObject({ weekEnd: '2024-03-10', timeZone: 'America/New_York' });
    expect(weeklyDigest(late, { weekStart: '2024-03-04' })?.timeZone).toBe('UTC');
    expect(weeklyDigest(late, { weekStart: '2024-03-11', timeZone: 'America/New_York' })).toBeUndefined();
  });

  it('says whose clock an adjustment about send hours is on, and only then', () => {
    // Tuesday 5 March 2024: 14:30 UTC is 09:30 in New York, 23:00 UTC is 18:00 there.
    const timed = [
      ...Array.from({ length: 400 }, (_, index) => send({ messageId: `a${index}`, sentAt: '2024-03-05T14:30:00Z', replied: index % 4 === 0, positiveReply: index % 4 === 0 })),
      ...Array.from({ length: 400 }, (_, index) => send({ messageId: `b${index}`, sentAt: '2024-03-05T23:00:00Z', replied: index % 20 === 0, positiveReply: index % 20 === 0 })),
    ];
    const digest = weeklyDigest(timed, { weekStart: '2024-03-04', timeZone: 'America/New_York' });
    expect(digest?.adjustments.some((adjustment) => adjustment.insight.dimension === 'send-hour')).toBe(true);
    expect(digest?.text).toContain('\n(Send days and hours are on America/New_York time.)');
    expect(weeklyDigest(handCounted, { weekStart: '2024-03-04', timeZone: 'America/New_York' })?.text).not.toContain('Send days and hours');
  });

  it('says "1 send" for a week of one send', () => {
    const digest = weeklyDigest([send({ replied: true, positiveReply: true })], { weekStart: '2024-03-04' });
    expect(digest?.text).toMatch(/positive replies: 1 of 1 send \(100\.0% \[/);
  });

  it('compares replies with last week (hand-counted)', () => {
    const observations = handCounted;
    const digest = weeklyDigest(observations, { weekStart: '2024-03-04' });
    expect(digest?.thisWeek).toMatchObject({ sends: 4, replies: 3, positiveReplies: 2, meetings: 1, targets: 2, targetRate: 0.5 });
    // Wilson 90% by hand (z = 1.6449): 2 of 4 is 0.5 ± 0.3176; 0 of 1 is [0, 2 × 1.3528 / 3.7055].
    expect(digest?.thisWeek.targetInterval[0]).toBeCloseTo(0.1824, 4);
    expect(digest?.thisWeek.targetInterval[1]).toBeCloseTo(0.8176, 4);
    expect(digest?.lastWeek).toMatchObject({ sends: 1, replies: 1, targets: 0 });
    expect(digest?.lastWeek.targetInterval[0]).toBe(0);
    expect(digest?.lastWeek.targetInterval[1]).toBeCloseTo(0.7301, 4);
    expect(digest?.replyChange).toBe(2);
    expect(digest?.weekEnd).toBe('2024-03-10');
    expect(digest?.text).toContain('Replies: 3 (+2 vs last week\'s 1); positive replies: 2 of 4 sends (50.0% [18.2%–81.8%]; last week 0.0% [0.0%–73.0%] of 1 send); meetings: 1.');
    expect(digest?.text).toContain('- None: no difference is significant yet');
    expect(() => weeklyDigest(observations, { weekStart: 'next week' })).toThrow(CompoundError);
    const alone = weeklyDigest(observations.slice(0, 4), { weekStart: '2024-03-04' });
    expect(alone?.lastWeek.targetInterval).toEqual([0, 1]);
    expect(alone?.text).toContain('(50.0% [18.2%–81.8%]; no sends last week); meetings: 1.');
  });

  it('says replies once when the target is a reply, and meetings once when it is a meeting', () => {
    const observations = handCounted;
    const replies = weeklyDigest(observations, { weekStart: '2024-03-04', target: 'reply', insights: [] });
    expect(replies?.text.split('\n')[1]).toBe('Replies: 3 of 4 sends (+2 vs last week\'s 1; 75.0% [35.6%–94.2%]; last week 100.0% [27.0%–100.0%] of 1 send); positive replies: 2; meetings: 1.');
    expect(replies?.text).not.toMatch(/; replies:/);
    const meetings = weeklyDigest(observations, { weekStart: '2024-03-04', target: 'meeting', insights: [] });
    expect(meetings?.text.split('\n')[1]).toBe('Replies: 3 (+2 vs last week\'s 1); meetings: 1 of 4 sends (25.0% [5.8%–64.4%]; last week 0.0% [0.0%–73.0%] of 1 send).');
    expect(meetings?.text.match(/meetings:/gi)).toHaveLength(1);
  });

  it('shows each segment\'s raw rate beside its count, and labels the pooled estimate', () => {
    const observations = [
      ...Array.from({ length: 24 }, (_, index) => send({ messageId: `s${index}`, segment: 'SaaS', replied: index < 3, positiveReply: index < 3 })),
      ...Array.from({ length: 40 }, (_, index) => send({ messageId: `r${index}`, segment: 'Retail' })),
      ...Array.from({ length: 30 }, (_, index) => send({ messageId: `f${index}`, segment: 'Fintech', replied: index < 3, positiveReply: index < 3 })),
    ];
    const digest = weeklyDigest(observations, { weekStart: '2024-03-04', segmentCount: 1, insights: [] });
    const saas = digest?.topSegments[0];
    expect(saas).toMatchObject({ segment: 'SaaS', sends: 24, targets: 3, rate: 0.125 });
    // Wilson 90% of 3 of 24 by hand (z = 1.6449): centre 0.16299, half-width 0.11191.
    expect(saas?.interval[0]).toBeCloseTo(0.0511, 3);
    expect(saas?.interval[1]).toBeCloseTo(0.2749, 3);
    expect(saas?.pooledRate).toBeLessThan(0.125);
    const pooled = ((saas?.pooledRate ?? 0) * 100).toFixed(1);
    expect(digest?.text).toContain(`- SaaS: 3 of 24 sends, 12.5% [5.1%–27.5%] positive replies (estimate ${pooled}% after pooling with the other segments)`);
    expect(digest?.weakestSegments[0]).toMatchObject({ segment: 'Retail', sends: 40, targets: 0, rate: 0 });
    expect(digest?.text).toMatch(/- Retail: 0 of 40 sends, 0\.0% \[0\.0%–6\.3%\] positive replies \(estimate \d\.\d% after pooling/);
  });

  it('ranks segments and backs adjustments with insights', () => {
    const observations = simulateObservations({
      sends: 10000,
      seed: 21,
      start: '2024-02-05',
      perDay: 250,
      rate: ({ segment, angle }) => (segment === 'SaaS' ? (angle === 'roi' ? 0.25 : 0.1) : segment === 'Retail' ? 0.01 : 0.04),
    });
    const digest = weeklyDigest(observations, { weekStart: '2024-03-04' });
    expect(digest).toBeDefined();
    expect(digest?.thisWeek.sends).toBe(1750);
    expect(digest?.topSegments[0]?.segment).toBe('SaaS');
    expect(digest?.weakestSegments[0]?.segment).toBe('Retail');
    const adjustment = digest?.adjustments.find((entry) => entry.insight.edit?.field === 'angles.SaaS');
    expect(adjustment?.insight.edit?.value).toBe('roi');
    expect(adjustment?.insight.qValue).toBeLessThanOrEqual(0.05);
    expect(digest?.text).toMatch(/Top segments:\n- SaaS: \d+ of \d+ sends, \d+\.\d% \[/);
    expect(JSON.parse(JSON.stringify(digest))).toEqual(digest);
  });

  it('compares nothing with a week that had no sends', () => {
    const digest = weeklyDigest(handCounted.slice(0, 4), { weekStart: '2024-03-04', insights: [] });
    expect(digest?.lastWeek.sends).toBe(0);
    expect(digest?.text.split('\n')[1]).toBe('Replies: 3; positive replies: 2 of 4 sends (50.0% [18.2%–81.8%]; no sends last week); meetings: 1.');
    expect(digest?.text).not.toMatch(/vs last week's 0/);
    const replies = weeklyDigest(handCounted.slice(0, 4), { weekStart: '2024-03-04', target: 'reply', insights: [] });
    expect(replies?.text.split('\n')[1]).toBe('Replies: 3 of 4 sends (75.0% [35.6%–94.2%]; no sends last week); positive replies: 2; meetings: 1.');
  });

  it('says replies are not tracked in a history of meetings only, instead of "0 replies"', () => {
    const meetingsOnly = [
      send({ messageId: '1', meeting: true }),
      send({ messageId: '2' }),
      send({ messageId: '3' }),
      send({ messageId: '4', sentAt: '2024-02-28T09:00:00Z' }),
    ];
    const digest = weeklyDigest(meetingsOnly, { weekStart: '2024-03-04', insights: [] });
    expect(digest?.repliesTracked).toBe(false);
    expect(digest?.text.split('\n')[1]).toBe(
      // Wilson 90% of 1 of 3 by hand (z = 1.6449): centre 0.41236, half-width 0.33411.
      'Replies: not tracked (no send in your history has a reply recorded, so positive replies count booked meetings only); positive replies: 1 of 3 sends (33.3% [7.8%–74.6%]; last week 0.0% [0.0%–73.0%] of 1 send); meetings: 1.',
    );
    expect(weeklyDigest(meetingsOnly, { weekStart: '2024-03-04', target: 'reply', insights: [] })?.text.split('\n')[1]).toBe(
      'Replies: not tracked (no send in your history has a reply recorded, so there is no reply rate); meetings: 1.',
    );
    expect(weeklyDigest(handCounted, { weekStart: '2024-03-04', insights: [] })?.repliesTracked).toBe(true);
    // No reply and no meeting: nothing says replies went unrecorded, so none is a count of 0.
    const quiet = weeklyDigest([send({ messageId: '1' }), send({ messageId: '2' })], { weekStart: '2024-03-04', insights: [] });
    expect(quiet?.repliesTracked).toBe(true);
    expect(quiet?.text.split('\n')[1]).toMatch(/^Replies: 0; positive replies: 0 of 2 sends /);
  });

  it('ranks no segment when the sends have none', () => {
    const observations = Array.from({ length: 40 }, (_, index) => send({ messageId: `u${index}`, segment: 'unknown', replied: index < 4, positiveReply: index < 4 }));
    const digest = weeklyDigest(observations, { weekStart: '2024-03-04', insights: [] });
    expect(digest?.topSegments).toEqual([]);
    expect(digest?.weakestSegments).toEqual([]);
    expect(digest?.text).not.toMatch(/- unknown:/);
    expect(digest?.text).toContain("\n\nSegments: this week's sends have no segment (none is named in the history or found from a matching contact), so none can be ranked.\n");
  });

  it('notes where data is short on the dimensions over every send first, at the 90% level of its other intervals', () => {
    const observations = simulateObservations({ sends: 1400, seed: 5, start: '2024-02-26', perDay: 100 });
    const digest = weeklyDigest(observations, { weekStart: '2024-03-04' });
    expect(digest?.notes).toHaveLength(3);
    expect(digest?.notes[0]).toMatch(/ more sends per angle to detect /);
    expect(digest?.notes[1]).toMatch(/ more sends per channel to detect /);
    for (const note of digest?.notes ?? []) expect(note).not.toMatch(/ in (SaaS|Fintech|Healthcare|Retail|Logistics) to detect/);
    // Every send up to the week's end, at 90% (Wilson) as the week's own figures.
    const upToEnd = observations.filter((observation) => observation.sentAt < '2024-03-11');
    const successes = upToEnd.filter((observation) => observation.positiveReply || observation.meeting).length;
    const [low, high] = wilsonInterval({ successes, trials: upToEnd.length }, 0.9);
    const percent = (value: number) => (value * 100 < 10 ? (value * 100).toFixed(1) : Math.round(value * 100).toString());
    expect(digest?.notes[0]).toContain(`[${percent(low)}–${percent(high)}%] over ${upToEnd.length.toLocaleString('en-US')} sends`);
  });
});

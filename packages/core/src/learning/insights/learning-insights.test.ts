import { describe, expect, it } from 'vitest';
import { learningInsights } from './index.js';
import { simulateObservations } from './__fixtures__/simulate-observations.js';
import type { SendObservation } from '../outcome-event.js';

/** One send on 1 January 2024, 09:00, in SaaS with the roi angle by email unless `fields` says otherwise. */
const observation = (messageId: string, fields: Partial<SendObservation>, positive: boolean): SendObservation => ({
  messageId,
  segment: 'SaaS',
  angle: 'roi',
  channel: 'email',
  sentAt: '2024-01-01T09:00:00.000Z',
  replied: positive,
  positiveReply: positive,
  meeting: false,
  bounced: false,
  unsubscribed: false,
  ...fields,
});

describe('learningInsights', () => {
  it('emits no false insight in a null market in at least 19 of 20 seeded runs', () => {
    let runsWithFalseInsight = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const insights = learningInsights(simulateObservations({ sends: 4000, seed }));
      if (insights.some((insight) => insight.kind !== 'not-enough-data')) runsWithFalseInsight++;
    }
    expect(runsWithFalseInsight).toBeLessThanOrEqual(1);
  });

  it('makes no claim whose own adjusted interval includes no difference', () => {
    // Email 23 of 200 vs LinkedIn 37 of 200: pooled z test p = 0.0499, but Newcombe's 95% interval
    // of the difference is [−14.0, +0.03] points. The only family with two levels is the channel.
    const send = (index: number, channel: string, positive: boolean) => observation(`m-${channel}-${index}`, { channel }, positive);
    const observations = [
      ...Array.from({ length: 200 }, (_, index) => send(index, 'email', index < 23)),
      ...Array.from({ length: 200 }, (_, index) => send(index, 'linkedin', index < 37)),
    ];
    const insights = learningInsights(observations);
    expect(insights.filter((insight) => insight.kind === 'claim')).toEqual([]);
    // A clear difference on the same sends is still claimed, its interval clear of 0.
    const clear = learningInsights(observations.map((observation, index) => (index >= 237 && index < 252 ? { ...observation, positiveReply: true } : observation)));
    const claim = clear.find((insight) => insight.kind === 'claim');
    expect(claim?.values).toEqual({ channel: 'linkedin' });
    expect(claim?.interval[0]).toBeGreaterThan(0);
  });

  it('finds a real large effect, with its interval, n and q-value', () => {
    const observations = simulateObservations({
      sends: 4000,
      seed: 7,
      rate: ({ segment, angle }) => (segment === 'SaaS' && angle === 'roi' ? 0.22 : 0.06),
    });
    const claims = learningInsights(observations).filter((insight) => insight.kind === 'claim');
    const claim = claims.find((insight) => insight.dimension === 'segment-angle' && insight.values['segment'] === 'SaaS' && insight.values['angle'] === 'roi');
    expect(claim).toBeDefined();
    expect(claim?.effect).toBeGreaterThan(0.08);
    expect(claim?.interval[0]).toBeGreaterThan(0);
    expect(claim?.qValue).toBeLessThanOrEqual(0.05);
    expect(claim?.text).toMatch(/^In SaaS, the roi angle gets \d+% positive replies vs \d\.\d% for other angles: \+\d+ points \[\+[\d.]+ to \+[\d.]+\], \d\.\dx, n=\d+ vs [\d,]+ \(q=/);
    const suggestion = learningInsights(observations).find((insight) => insight.kind === 'playbook-suggestion' && insight.edit?.field === 'angles.SaaS');
    expect(suggestion?.edit).toEqual({ operation: 'prefer', field: 'angles.SaaS', value: 'roi' });
  });

  it('treats sends with no recorded segment as no segment: one angle claim, not a second "In unknown" copy', () => {
    const observations = simulateObservations({ sends: 4000, seed: 7, rate: ({ angle }) => (angle === 'roi' ? 0.2 : 0.06) }).map((observation) => ({
      ...observation,
      segment: 'unknown',
    }));
    const insights = learningInsights(observations);
    const roi = insights.filter((insight) => insight.kind === 'claim' && insight.values['angle'] === 'roi');
    expect(roi.map((insight) => insight.dimension)).toEqual(['angle']);
    expect(insights.some((insight) => insight.text.includes('unknown'))).toBe(false);
  });

  it('finds a channel effect and a signal window, and proposes edits', () => {
    const observations = simulateObservations({
      sends: 8000,
      seed: 11,
      rate: ({ channel, daysSinceSignal, companySize }) => (channel === 'linkedin' ? 0.08 : 0.035) * (daysSinceSignal <= 3 ? 2.5 : 1) * (companySize > 50 && companySize <= 200 ? 1.8 : 1),
    });
    const insights = learningInsights(observations);
    const channel = insights.find((insight) => insight.kind === 'claim' && insight.dimension === 'channel');
    expect(channel?.values).toEqual({ channel: 'linkedin' });
    expect(channel?.effect).toBeGreaterThan(0);
    expect(insights.some((insight) => insight.kind === 'claim' && insight.dimension === 'signal-window' && insight.values['window'] === '0–3 days' && insight.effect > 0)).toBe(true);
    const narrowing = insights.find((insight) => insight.kind === 'playbook-suggestion' && insight.edit?.field === 'icp.companySize' && insight.edit.operation === 'narrow');
    expect(narrowing?.edit?.value).toBe('51–200');
    expect(narrowing?.text).toMatch(/of positive replies come from companies of 51–200 employees/);
  });

  it('suggests widening an ICP that leaves out the band that does better, and no exclusion of a band it already leaves out', () => {
    const observations = simulateObservations({
      sends: 8000,
      seed: 11,
      rate: ({ channel, daysSinceSignal, companySize }) => (channel === 'linkedin' ? 0.08 : 0.035) * (daysSinceSignal <= 3 ? 2.5 : 1) * (companySize > 50 && companySize <= 200 ? 1.8 : 1),
    });
    // An ICP of 500–5,000 employees: 51–200 lies below it, so 'narrowing toward' it would make no sense.
    const sizeEdits = learningInsights(observations, { icpCompanySize: { min: 500, max: 5000 } }).filter((insight) => insight.kind === 'playbook-suggestion' && insight.edit?.field === 'icp.companySize');
    const widening = sizeEdits.find((insight) => insight.edit?.value === '51–200');
    expect(widening?.edit?.operation).toBe('widen');
    expect(widening?.text).toMatch(/^The ICP says 500–5,000 employees; \d+% of positive replies come from companies of 51–200 employees \(\d+% of sends\), outside it: consider widening the ICP's company size to include 51–200\./);
    for (const edit of sizeEdits) expect(edit.edit?.operation).not.toBe('narrow');
    // Excluding is proposed only for bands the ICP includes.
    for (const edit of sizeEdits.filter((insight) => insight.edit?.operation === 'exclude')) expect(['501–1,000', '1,001–5,000']).toContain(edit.edit?.value);
  });

  it("words a signal's late days that do worse as 'send sooner', not as advice to avoid those contacts", () => {
    // 35% in the days after funding, 5% twenty and forty days after: the same 5% as sends without a signal.
    const observations: SendObservation[] = [];
    for (let index = 0; index < 400; index += 1) observations.push(observation(`w${index}`, { features: { signal: 'funding', daysSinceSignal: 2 } }, index % 20 < 7));
    for (let index = 0; index < 600; index += 1) observations.push(observation(`l${index}`, { features: { signal: 'funding', daysSinceSignal: index % 2 ? 40 : 20 } }, index % 20 < 2));
    for (let index = 0; index < 1000; index += 1) observations.push(observation(`n${index}`, {}, index % 20 === 0));
    const late = learningInsights(observations).find((insight) => insight.kind === 'playbook-suggestion' && insight.dimension === 'signal-window' && insight.effect < 0 && insight.values['window'] === '31+ days');
    expect(late?.edit).toEqual({ operation: 'deprioritize', field: 'timing.funding', value: '31+ days' });
    // Those sends did as well as sends without a signal: 'avoid sending' would tell the user to drop them.
    expect(late?.text).toMatch(/^Send sooner after a funding signal: sends 31\+ days after it do worse than the signal's other sends\. \(Backed by: Sends 31\+ days after a funding signal get /);
  });

  it('says "not enough data" at meeting-level base rates instead of naming a winner', () => {
    // Meetings at ~0.8%, with one angle truly twice as good: far too few sends to tell.
    const observations = simulateObservations({ sends: 3000, seed: 3, meetingShare: 1, rate: ({ angle }) => (angle === 'roi' ? 0.012 : 0.006) });
    const insights = learningInsights(observations, { target: 'meeting' });
    expect(insights.filter((insight) => insight.kind !== 'not-enough-data')).toEqual([]);
    const angle = insights.find((insight) => insight.dimension === 'angle');
    expect(angle?.text).toMatch(/^Not enough data yet: about [\d,]+ more sends per angle to detect a 0\.\d-point difference \(meetings now 0\.\d% \[0\.\d–\d\.\d%\] over 3,000 sends; fewest: /);
    expect(angle?.sendsNeeded).toBeGreaterThan(1000);
  });

  it('sizes no "not enough data" statement from a family smaller than the minimum sample', () => {
    const send = (index: number, segment: string, positive: boolean) => observation(`m-${segment}-${index}`, { segment, angle: index % 2 ? 'roi' : 'pain' }, positive);
    // 0 of 4 in "tiny" would size a 0.5-point difference from a 0% rate: about 1,565 more sends per angle.
    const observations = [...Array.from({ length: 200 }, (_, index) => send(index, 'big', index % 10 === 0 || index % 10 === 5)), ...Array.from({ length: 4 }, (_, index) => send(index, 'tiny', false))];
    const insights = learningInsights(observations);
    expect(insights.filter((insight) => insight.values['segment'] === 'tiny')).toEqual([]);
    const big = insights.find((insight) => insight.kind === 'not-enough-data' && insight.values['segment'] === 'big');
    // Wilson 95% of 40 of 200 by hand: centre (0.2 + 1.96²/400) / (1 + 1.96²/200) = 0.2057, half-width 0.0552.
    expect(big?.text).toContain('(positive replies now 20% [15–26%] over 200 sends; fewest: ');
    // the statement's interval is that rate's, not the rate and the rate plus the difference to detect
    expect(big?.interval[0]).toBeCloseTo(0.2057 - 0.0552, 3);
    expect(big?.interval[1]).toBeCloseTo(0.2057 + 0.0552, 3);
  });

  it('makes no claim about "unknown", the angle of sends whose angle was not recorded', () => {
    // 200 sends without an angle at 50%, 200 split between roi and pain at 10% each.
    const observations = [
      ...Array.from({ length: 200 }, (_, index) => observation(`u${index}`, { angle: 'unknown' }, index % 2 === 0)),
      ...Array.from({ length: 200 }, (_, index) => observation(`k${index}`, { angle: index % 2 ? 'roi' : 'pain' }, index % 20 < 2)),
    ];
    const insights = learningInsights(observations);
    expect(insights.filter((insight) => Object.values(insight.values).includes('unknown') || insight.text.includes('unknown'))).toEqual([]);
    expect(insights.some((insight) => insight.dimension === 'angle')).toBe(true);
  });

  it('reads a send dated without a time (midnight UTC exactly) as no send hour', () => {
    // A spreadsheet of dates only: 300 sends "at 00:00", 100 with a real time of day.
    const observations = [
      ...Array.from({ length: 300 }, (_, index) => observation(`d${index}`, { sentAt: '2024-01-01T00:00:00.000Z' }, index % 10 === 0)),
      ...Array.from({ length: 100 }, (_, index) => observation(`t${index}`, { sentAt: '2024-01-01T10:15:00.000Z' }, index % 10 === 0)),
    ];
    expect(learningInsights(observations).filter((insight) => insight.dimension === 'send-hour')).toEqual([]);
  });

  it('says "sends via X get" in a segment whose name holds spaces', () => {
    const send = (index: number, channel: string, positive: boolean) => observation(`s-${channel}-${index}`, { segment: 'vp · 51–200', channel }, positive);
    const observations = [
      ...Array.from({ length: 300 }, (_, index) => send(index, 'email', index % 20 === 0)),
      ...Array.from({ length: 300 }, (_, index) => send(index, 'linkedin', index % 4 === 0)),
    ];
    const claim = learningInsights(observations).find((insight) => insight.kind === 'claim' && insight.dimension === 'segment-channel');
    expect(claim?.text).toMatch(/^In vp · 51–200, sends via linkedin get 25% positive replies vs 5\.0% for email/);
  });

  it("reads send days and hours on the user's clock when given a time zone", () => {
    // 14:30 UTC on Monday is 09:30 in New York; 03:00 UTC on Tuesday is still Monday there, 22:00.
    const observations = [
      ...Array.from({ length: 400 }, (_, index) => observation(`a${index}`, { sentAt: '2024-01-01T14:30:00.000Z' }, index % 4 === 0)),
      ...Array.from({ length: 400 }, (_, index) => observation(`b${index}`, { sentAt: '2024-01-02T03:00:00.000Z' }, index % 20 === 0)),
    ];
    const claimed = (timeZone?: string) =>
      learningInsights(observations, { timeZone })
        .filter((insight) => insight.kind === 'claim' && (insight.dimension === 'send-hour' || insight.dimension === 'send-day'))
        .map((insight) => `${insight.dimension} ${Object.values(insight.values).join(' ')}`)
        .sort();
    expect(claimed('America/New_York')).toEqual(['send-hour 09–12h']);
    expect(claimed()).toEqual(['send-day Monday', 'send-hour 12–15h']);
    expect(claimed('UTC')).toEqual(claimed());
  });

  it('reports a 5-point difference at a 20% base rate, and nothing for no data', () => {
    const observations = simulateObservations({ sends: 400, seed: 5, rate: () => 0.2 });
    const angle = learningInsights(observations).find((insight) => insight.dimension === 'angle');
    expect(angle?.effect).toBe(0.05);
    expect(angle?.text).toContain('to detect a 5.0-point difference');
    expect(learningInsights([])).toEqual([]);
  });

  it('lists "not enough data" by dimension, those over every send first, then the fewest sends still needed', () => {
    const shortfalls = learningInsights(simulateObservations({ sends: 1500, seed: 3 })).filter((insight) => insight.kind === 'not-enough-data');
    const order = ['angle', 'channel', 'send-day', 'send-hour', 'company-size', 'signal-window', 'segment-angle', 'segment-channel'];
    const ranks = shortfalls.map((insight) => order.indexOf(insight.dimension));
    expect(ranks).toEqual([...ranks].sort((left, right) => left - right));
    expect(shortfalls[0]?.dimension).toBe('angle');
    const perSegment = shortfalls.filter((insight) => insight.dimension === 'segment-angle').map((insight) => insight.sendsNeeded ?? 0);
    expect(perSegment.length).toBeGreaterThan(1);
    expect(perSegment).toEqual([...perSegment].sort((left, right) => left - right));
  });
});


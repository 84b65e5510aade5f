import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom, type SeededRandom } from '../../testing/seeded-random.js';
import type { FeatureRecord } from '../reply-model/feature-encoder.js';
import { createReplyModel, type ReplyModel } from '../reply-model/reply-model.js';
import { createTimingModel, type TimingModel } from '../timing/timing-model.js';
import { orderByDescending } from './order-by-descending.js';
import { rankContacts, type RankCandidate, type RankingAngleSource, type RankingModel } from './rank-contacts.js';

const segments = ['saas', 'fintech', 'health', 'retail', 'unseen-segment'];
const titles = ['vp', 'director', 'ic', 'never-trained'];

function features(random: SeededRandom): Record<string, string | number | boolean> {
  const record: Record<string, string | number | boolean> = { segment: random.pick(segments), title: random.pick(titles), fit: random.next() };
  if (random.chance(0.5)) record['employees'] = random.pick([-3, 0, 7, 40, 300, 5000, 1e9, Number.NaN]);
  if (random.chance(0.3)) record['hiring'] = random.chance(0.5);
  if (random.chance(0.1)) record['angle'] = random.pick(['roi', 'pain']);
  if (random.chance(0.05)) record['brandNew'] = random.int(0, 9);
  return record;
}

function trained(random: SeededRandom, examples: number): { model: ReplyModel; timing: TimingModel } {
  const model = createReplyModel({ calibration: { every: 50, minPositives: 10 } });
  const timing = createTimingModel();
  for (let index = 0; index < examples; index += 1) {
    const record: Record<string, string | number | boolean> = { ...features(random), angle: random.pick(['roi', 'pain', 'social']), channel: random.pick(['email', 'linkedin']) };
    const rate = (record['title'] === 'vp' ? 0.09 : 0.04) * (record['angle'] === 'roi' ? 1.4 : 1);
    const success = random.next() < rate;
    model.update({ features: record, success });
    const days = random.int(0, 60);
    timing.update({ success: random.next() < (days < 7 ? 0.15 : 0.05), signal: 'job-change', daysSinceSignal: days });
  }
  return { model, timing };
}

function candidates(random: SeededRandom, count: number): RankCandidate[] {
  return Array.from({ length: count }, (_, index) => {
    const record = features(random);
    const candidate: RankCandidate = { id: `c${index}`, features: record, segment: String(record['segment']), fit: record['fit'] as number };
    if (random.chance(0.3)) {
      candidate.signal = 'job-change';
      candidate.daysSinceSignal = random.int(0, 90);
    }
    // Exact duplicates make ties, which must keep input order.
    return index % 97 === 5 ? { ...candidate, features: { ...(record as FeatureRecord) } } : candidate;
  });
}

const learner: RankingAngleSource = {
  recommendAngle: ({ segment }) =>
    segment === 'retail'
      ? { angle: 'pain', mean: 0.1, interval: [0.05, 0.15] }
      : { angle: segment === 'health' ? 'social' : 'roi', channel: 'email', mean: 0.2, interval: [0.1, 0.3] },
};

/** The straightforward ranking: one `predict` per contact on merged features, comparator sort. */
function reference(list: readonly RankCandidate[], model: ReplyModel, timing: TimingModel, value: (candidate: RankCandidate) => number) {
  const rows = list.map((candidate, index) => {
    const choice = learner.recommendAngle({ segment: candidate.segment });
    const merged: Record<string, string | number | boolean> = { ...candidate.features };
    if (merged['angle'] === undefined) merged['angle'] = choice.angle;
    if (choice.channel !== undefined && merged['channel'] === undefined) merged['channel'] = choice.channel;
    const prediction = model.predict(merged);
    const query = candidate.signal === undefined ? {} : { signal: candidate.signal, daysSinceSignal: candidate.daysSinceSignal ?? 0 };
    const multiplier = timing.multiplier(query).value;
    return { index, id: candidate.id, prediction, ev: prediction.p * value(candidate) * multiplier };
  });
  return rows.sort((a, b) => b.ev - a.ev || a.index - b.index);
}

describe('rankContacts fast path', () => {
  it.each([
    ['warm', 4000],
    ['cold start', 40],
  ])('gives the same order, EV, probability and interval as one predict per contact (%s)', (_, examples) => {
    const random = seededRandom(examples);
    const { model, timing } = trained(random, examples);
    const list = candidates(random, 3000);
    const value = (candidate: RankCandidate): number => (candidate.id.endsWith('7') ? 2 : 1);
    expect(model.snapshot().platt.a === 1 && model.snapshot().platt.b === 0).toBe(examples < 100); // the Platt layer is exercised when warm
    const fast = rankContacts(list, { model, learner, timing, value, explainTop: Number.POSITIVE_INFINITY });
    expect(fast.every((item) => item.coldStart === examples < 100)).toBe(true);
    expect(new Set(fast.map((item) => item.timing)).size).toBeGreaterThan(2);
    const expected = reference(list, model, timing, value);
    expect(fast.map((item) => item.id)).toEqual(expected.map((row) => row.id));
    fast.forEach((item, rank) => {
      const row = expected[rank];
      expect(Math.abs(item.ev - (row?.ev ?? Number.NaN))).toBeLessThanOrEqual(1e-12);
      if (rank < 500) expect(item.ev).toBe(row?.ev); // in practice bit-identical
      expect(Math.abs(item.pReply - (row?.prediction.p ?? Number.NaN))).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(item.interval[0] - (row?.prediction.interval[0] ?? Number.NaN))).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(item.interval[1] - (row?.prediction.interval[1] ?? Number.NaN))).toBeLessThanOrEqual(1e-12);
      expect(item.coldStart).toBe(row?.prediction.coldStart);
    });
    // A model without `predictMany` takes the one-at-a-time path: same output, reasons included.
    const plain: RankingModel = { predict: (record) => model.predict(record), explain: (record) => model.explain(record) };
    expect(rankContacts(list, { model: plain, learner, timing, value, explainTop: Number.POSITIVE_INFINITY })).toEqual(fast);
  });

  it('words reasons for the top 1,000 by default', () => {
    const random = seededRandom(9);
    const { model } = trained(random, 2000);
    const ranked = rankContacts(candidates(random, 1500), { model, learner });
    expect(ranked.slice(0, 1000).every((item) => item.reasons.length > 0)).toBe(true);
    expect(ranked.slice(1000).every((item) => item.reasons.length === 0)).toBe(true);
  });
});

describe('orderByDescending', () => {
  it('orders like a descending comparator sort with ties in index order', () => {
    const key = fc.oneof(
      fc.double({ noNaN: true }),
      fc.constantFrom(0, -0, 1, -1, 0.5, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MIN_VALUE, -Number.MIN_VALUE),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        const expected = keys.map((_, index) => index).sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);
        const infinite = (value: number | undefined): boolean => value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY;
        // Infinity − Infinity is NaN, which a comparator treats as a tie; compare by value instead there.
        const fixed = keys.map((_, index) => index).sort((a, b) => {
          const x = keys[a] as number;
          const y = keys[b] as number;
          if (infinite(x) || infinite(y)) return x === y ? a - b : y > x ? 1 : -1;
          return y - x || a - b;
        });
        expect([...orderByDescending(Float64Array.from(keys))]).toEqual(keys.some((value) => infinite(value)) ? fixed : expected);
      }),
    );
  });

  it('puts NaN last', () => {
    expect([...orderByDescending(Float64Array.from([Number.NaN, 1, -2, Number.NaN, 3]))]).toEqual([4, 1, 2, 0, 3]);
  });
});

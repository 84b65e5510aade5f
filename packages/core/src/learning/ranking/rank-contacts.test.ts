import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../testing/seeded-random.js';
import { createAngleLearner } from '../angle-learner/angle-learner.js';
import { createReplyModel } from '../reply-model/reply-model.js';
import { createTimingModel } from '../timing/timing-model.js';
import type { FeatureRecord } from '../reply-model/feature-encoder.js';
import { rankContacts, type RankingAngleSource, type RankingModel } from './rank-contacts.js';

function trainedModel() {
  const random = seededRandom(2);
  const model = createReplyModel();
  for (let index = 0; index < 4000; index += 1) {
    const title = random.pick(['VP Engineering', 'Engineer']);
    const industry = random.pick(['healthcare', 'retail']);
    const rate = (title === 'VP Engineering' ? 0.08 : 0.03) * (industry === 'healthcare' ? 1.5 : 0.8);
    model.update({ features: { title, industry }, success: random.next() < rate });
  }
  return model;
}

const learner: RankingAngleSource = {
  recommendAngle: ({ segment }) => ({ angle: segment === 'health' ? 'efficiency' : 'roi', channel: 'email', mean: 0.38, interval: [0.29, 0.47] }),
};

describe('rankContacts', () => {
  it('orders by expected value and gives reasons in words', () => {
    const model = trainedModel();
    const ranked = rankContacts(
      [
        { id: 'c', features: { title: 'Engineer', industry: 'retail' }, segment: 'retail' },
        { id: 'a', features: { title: 'VP Engineering', industry: 'healthcare' }, segment: 'health' },
        { id: 'b', features: { title: 'Engineer', industry: 'healthcare' }, segment: 'health' },
      ],
      { model, learner },
    );
    expect(ranked.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    const top = ranked[0];
    expect(top?.ev).toBeCloseTo(top?.pReply ?? 0, 12);
    expect(top?.reasons).toContain('VP Engineering, healthcare: +');
    expect(top?.reasons).toContain('efficiency angle: 38% [29–47%] in this segment');
    expect(ranked[2]?.reasons).toContain('Engineer, retail: −');
    expect(top?.angle).toBe('efficiency');
  });

  it('multiplies by value and timing', () => {
    const model = trainedModel();
    const timing = createTimingModel();
    const random = seededRandom(4);
    for (let index = 0; index < 20_000; index += 1) {
      const days = random.int(0, 90);
      timing.update({ success: random.next() < (days <= 7 ? 0.12 : 0.04), signal: 'job-change', daysSinceSignal: days });
    }
    const candidates = [
      { id: 'late', features: { title: 'VP Engineering', industry: 'healthcare' }, segment: 's', signal: 'job-change', daysSinceSignal: 60 },
      { id: 'fresh', features: { title: 'VP Engineering', industry: 'healthcare' }, segment: 's', signal: 'job-change', daysSinceSignal: 3 },
    ];
    const ranked = rankContacts(candidates, { model, timing, value: (candidate) => (candidate.id === 'late' ? 2 : 1) });
    const fresh = ranked.find((item) => item.id === 'fresh');
    expect(fresh?.ev).toBeCloseTo((fresh?.pReply ?? 0) * (fresh?.timing ?? 0), 12);
    expect(fresh?.timing).toBeGreaterThan(2);
    expect(ranked[0]?.id).toBe('fresh');
    expect(fresh?.reasons.some((reason) => reason.startsWith('changed job 3 days ago: window open'))).toBe(true);
  });

  it('re-ranks the rest of a campaign as results arrive', () => {
    const model = createReplyModel({ coldStart: { minExamples: 50, minPositives: 5 } });
    const candidates = [
      { id: 'x', features: { segment: 'x' }, segment: 'x' },
      { id: 'y', features: { segment: 'y' }, segment: 'y' },
    ];
    const before = rankContacts(candidates, { model });
    expect(before.every((item) => item.coldStart)).toBe(true);
    for (let index = 0; index < 400; index += 1) {
      model.update({ features: { segment: 'y' }, success: index % 5 === 0 });
      model.update({ features: { segment: 'x' }, success: index % 50 === 0 });
    }
    expect(rankContacts(candidates, { model }).map((item) => item.id)).toEqual(['y', 'x']);
  });

  it('words numbers short and gives the angle rate its sample size', () => {
    const model = createReplyModel({ coldStart: { minExamples: 0, minPositives: 0 } });
    const random = seededRandom(3);
    for (let index = 0; index < 2000; index += 1) {
      const fit = random.next();
      model.update({ features: { fit }, success: random.next() < 0.02 + 0.2 * fit });
    }
    const sized: RankingAngleSource = {
      recommendAngle: ({ segment }) => ({ angle: 'roi', channel: 'email', mean: 0.1, interval: [0.004, 0.36], n: segment === 'tried' ? 140 : segment === 'recent' ? 2.93 : 0 }),
    };
    const ranked = rankContacts(
      [
        { id: 'high', features: { fit: 0.937_254_901_960_784_3 }, segment: 'tried' },
        { id: 'low', features: { fit: 0.062_745_098_039_215_7 }, segment: 'new' },
        // Two closed sends and one 93% through its reply window weigh 2.93 in the learner: 3 sends.
        { id: 'lowest', features: { fit: 0.01 }, segment: 'recent' },
      ],
      { model, learner: sized },
    );
    expect(ranked[0]?.reasons).toEqual(['fit 0.94: +', 'roi angle: 10% [0–36%] in this segment, n=140']);
    expect(ranked[1]?.reasons).toEqual(['fit 0.06: −', 'roi angle: 10% [0–36%] in this segment, n=0 (no sends here yet)']);
    expect(ranked[2]?.reasons.at(-1)).toBe('roi angle: 10% [0–36%] in this segment, n=3');
  });

  it("gives every segment the user's angle when one is chosen, and says it is the user's choice", () => {
    const model = createReplyModel();
    const learner = createAngleLearner({ angles: ['roi', 'pain-point'], channels: ['email', 'linkedin'], random: seededRandom(4).next });
    for (let index = 0; index < 300; index += 1) {
      learner.update({ segment: 'a', angle: 'roi', channel: 'email', success: index % 4 === 0 });
      learner.update({ segment: 'a', angle: 'pain-point', channel: 'email', success: index % 40 === 0 });
    }
    const candidates = [
      { id: 'a1', features: { segment: 'a' }, segment: 'a' },
      { id: 'b1', features: { segment: 'b' }, segment: 'b' },
    ];
    const chosen = rankContacts(candidates, { model, learner, angle: 'pain-point', channel: 'linkedin' });
    expect(chosen.map((item) => [item.angle, item.channel])).toEqual([
      ['pain-point', 'linkedin'],
      ['pain-point', 'linkedin'],
    ]);
    expect(chosen[0]?.reasons.at(-1)).toMatch(/^pain-point angle \(your choice\): \d+% \[\d+–\d+%\] in this segment, n=/);
  });

  it('explains only the top contacts when asked', () => {
    const model = trainedModel();
    const candidates = Array.from({ length: 10 }, (_, index) => ({ id: String(index), features: { title: 'Engineer', industry: 'retail' }, segment: 's' }));
    const ranked = rankContacts(candidates, { model, explainTop: 3 });
    expect(ranked.filter((item) => item.reasons.length > 0)).toHaveLength(3);
  });

  it('gives no reason for an effect within two standard deviations of zero', () => {
    const model: RankingModel = {
      predict: () => ({ p: 0.1, interval: [0.05, 0.2], coldStart: false }),
      explain: () => [
        { feature: 'title', value: 'VP', effect: 0.4, sd: 0.1 },
        { feature: 'country', value: 'ES', effect: -0.3, sd: 0.25 },
        { feature: 'industry', value: 'software', effect: 0.2 },
      ],
    };
    const [ranked] = rankContacts([{ id: 'a', features: { title: 'VP', country: 'ES', industry: 'software' }, segment: 's' }], { model, learner, explainTop: 1 });
    expect(ranked?.reasons[0]).toBe('VP, software: +');
    expect(ranked?.reasons.join(' | ')).not.toContain('ES');
  });

  it('names what an angle or a channel value is in the model reasons', () => {
    const model: RankingModel = {
      predict: () => ({ p: 0.1, interval: [0.05, 0.2], coldStart: false }),
      explain: () => [
        { feature: 'angle', value: 'pain-point', effect: 0.6, sd: 0.1 },
        { feature: 'channel', value: 'linkedin', effect: 0.5, sd: 0.1 },
        { feature: 'title', value: 'VP', effect: 0.4, sd: 0.1 },
        { feature: 'channel', value: 'email', effect: -0.5, sd: 0.1 },
      ],
    };
    const [ranked] = rankContacts([{ id: 'a', features: { title: 'VP' }, segment: 's' }], { model, learner, explainTop: 1 });
    expect(ranked?.reasons.slice(0, 2)).toEqual(['pain-point angle, via linkedin: +', 'via email: −']);
  });

  it('hands the model a record with the same keys as a spread, also for a __proto__ key or an inherited one', () => {
    const seen: FeatureRecord[] = [];
    const recording: RankingModel = {
      predict: (features) => {
        seen.push(features);
        return { p: 0.1, interval: [0.05, 0.2], coldStart: false };
      },
      explain: (features) => {
        seen.push(features);
        return [];
      },
    };
    const own = JSON.parse('{"title":"VP","__proto__":"kept","fit":0.25}') as FeatureRecord;
    const inherited = Object.assign(Object.create({ inheritedKey: 'x' }) as Record<string, string>, { title: 'IC' }) as FeatureRecord;
    const plain: FeatureRecord = { title: 'CTO', fit: 0.5 };
    const candidates = [own, inherited, plain].map((features, index) => ({ id: String(index), features, segment: 's' }));
    rankContacts(candidates, { model: recording, learner });
    const keys = seen.map((features) => JSON.stringify(Object.entries(features)));
    const spread = (features: FeatureRecord) => JSON.stringify(Object.entries({ ...features, angle: 'roi', channel: 'email' }));
    expect(keys).toEqual([own, inherited, plain, own, inherited, plain].map(spread));
  });
});

import { describe, expect, it } from 'vitest';
import { CompoundError } from '../../errors/compound-error.js';
import { seededRandom } from '../../testing/seeded-random.js';
import { expectedCalibrationError } from '../metrics/expected-calibration-error.js';
import { fitLogisticRegression } from './fit-logistic-regression.js';
import { createReplyModel, restoreReplyModel } from './reply-model.js';

const warm = { coldStart: { minExamples: 0, minPositives: 0 }, calibration: false as const };

describe('createReplyModel', () => {
  it('takes one assumed-density-filtering step as computed by hand', () => {
    // Prior: intercept and weight N(0, 1), offset logit(0.5) = 0. Score s ~ N(0, 2); β² = 8/π.
    // t = 0, φ(0)/Φ(0) = 0.797885, so each mean moves 0.797885/√(β² + 2) = 0.374199 and each
    // variance shrinks by 1 − 0.63662/(β² + 2) to 0.859975. Next prediction Φ(0.748398/√(β² + 1.719950)) = 0.641446.
    const model = createReplyModel({ ...warm, priorVariance: 1, interceptPriorVariance: 1, prior: { baseRate: 0.5 } });
    expect(model.predict({ x: 'a' }).p).toBeCloseTo(0.5, 5);
    model.update({ features: { x: 'a' }, success: true });
    const state = model.snapshot();
    expect(state.intercept.mean).toBeCloseTo(0.374199, 5);
    expect(state.intercept.variance).toBeCloseTo(0.859975, 5);
    expect(state.mean[0]).toBeCloseTo(0.374199, 5);
    expect(state.variance[0]).toBeCloseTo(0.859975, 5);
    expect(model.predict({ x: 'a' }).p).toBeCloseTo(0.641446, 4);
  });

  it('agrees with the batch logistic fit on plenty of data', () => {
    const random = seededRandom(3);
    const model = createReplyModel({ ...warm, priorVariance: 1 });
    const rows: number[][] = [];
    const labels: boolean[] = [];
    for (let index = 0; index < 20_000; index += 1) {
      const vp = random.next() < 0.5;
      const success = random.next() < (vp ? 0.3 : 0.1);
      model.update({ features: { title: vp ? 'VP' : 'Manager' }, success });
      rows.push([vp ? 1 : 0]);
      labels.push(success);
    }
    const batch = fitLogisticRegression(rows, labels, { l2: 0 });
    expect(model.predict({ title: 'VP' }).p).toBeCloseTo(batch.predict([1]), 2);
    expect(model.predict({ title: 'Manager' }).p).toBeCloseTo(batch.predict([0]), 2);
    const explained = model.explain({ title: 'VP' });
    expect(explained[0]).toMatchObject({ feature: 'title', value: 'VP' });
  });

  it("explains the ICP fit by the prior's lift plus what the data corrected, each effect with its spread", () => {
    // Nothing learned about fit yet: its effect is the prior's lift alone, logit(0.05 × 1.45) − logit(0.05).
    const fresh = createReplyModel({ ...warm, prior: { baseRate: 0.05 } });
    const lift = Math.log(0.0725 / 0.9275) - Math.log(0.05 / 0.95);
    expect(fresh.explain({ fit: 0.95 })).toEqual([{ feature: 'fit', value: '0.95', effect: expect.closeTo(lift, 12), sd: 0 }]);
    expect(fresh.predict({ fit: 0.95 }).p).toBeGreaterThan(fresh.predict({ fit: 0.5 }).p);
    // Rates that do not depend on fit: the learned correction works against the prior's lift, and
    // the reason's sign follows the prediction (the correction alone read "fit 0.95: −").
    const random = seededRandom(5);
    const model = createReplyModel({ ...warm, prior: { baseRate: 0.05 } });
    for (let index = 0; index < 3000; index += 1) model.update({ features: { fit: random.next(), title: 'VP' }, success: random.next() < 0.05 });
    const fitEffect = (fit: number) => model.explain({ fit, title: 'VP' }).find((item) => item.feature === 'fit' && item.value === String(fit));
    const difference = (fitEffect(0.95)?.effect ?? 0) - (fitEffect(0.5)?.effect ?? 0);
    const predicted = model.predict({ fit: 0.95, title: 'VP' }).p - model.predict({ fit: 0.5, title: 'VP' }).p;
    expect(Math.sign(difference)).toBe(Math.sign(predicted));
    expect(fitEffect(0.95)?.sd).toBeGreaterThan(0);
  });

  it('falls back to the ICP-fit prior on cold start', () => {
    const model = createReplyModel({ prior: { baseRate: 0.04 } });
    // f(fit) = 1 + (fit − 0.5): fit 1 → 1.5, fit 0 → 0.5.
    expect(model.predict({ fit: 1 })).toMatchObject({ p: 0.06, coldStart: true });
    expect(model.predict({ fit: 0 }).p).toBeCloseTo(0.02, 12);
    expect(model.predict({ segment: 'x' }).p).toBeCloseTo(0.04, 12);
    for (let index = 0; index < 10; index += 1) model.update({ features: { fit: 0.5 }, success: false });
    // Base blended with what was seen: (0 + 50·0.04)/(10 + 50).
    expect(model.predict({ fit: 0.5 }).p).toBeCloseTo(2 / 60, 12);
    const { interval } = model.predict({ fit: 0.5 });
    expect(interval[0]).toBeLessThan(2 / 60);
    expect(interval[1]).toBeGreaterThan(2 / 60);
  });

  it('leaves cold start after enough examples and successes', () => {
    const model = createReplyModel({ coldStart: { minExamples: 20, minPositives: 2 } });
    for (let index = 0; index < 20; index += 1) model.update({ features: { a: 'x' }, success: index % 10 === 0 });
    expect(model.predict({ a: 'x' }).coldStart).toBe(false);
  });

  it('is calibrated on synthetic data with known probabilities after 2,000 sends', () => {
    const random = seededRandom(11);
    const segments = [0.02, 0.03, 0.045, 0.06, 0.035];
    const angles = [-0.3, 0, 0.2, 0.4];
    const truth = (segment: number, angle: number, channel: number, days: number): number => {
      const base = segments[segment] ?? 0.03;
      const score = Math.log(base / (1 - base)) + (angles[angle] ?? 0) + 0.3 * channel + (days < 7 ? 0.5 : 0);
      return 1 / (1 + Math.exp(-score));
    };
    const draw = (): { features: Record<string, string | number>; p: number } => {
      const segment = random.int(0, 4);
      const angle = random.int(0, 3);
      const channel = random.int(0, 1);
      const days = random.int(0, 60);
      return {
        features: { segment: `s${segment}`, angle: `a${angle}`, channel: channel ? 'linkedin' : 'email', daysSinceSignal: days },
        p: truth(segment, angle, channel, days),
      };
    };
    const model = createReplyModel();
    for (let index = 0; index < 2000; index += 1) {
      const { features, p } = draw();
      model.update({ features, success: random.next() < p });
    }
    const predictions: number[] = [];
    const outcomes: boolean[] = [];
    let absoluteError = 0;
    for (let index = 0; index < 20_000; index += 1) {
      const { features, p } = draw();
      const predicted = model.predict(features).p;
      predictions.push(predicted);
      outcomes.push(random.next() < p);
      absoluteError += Math.abs(predicted - p);
    }
    expect(expectedCalibrationError(predictions, outcomes)).toBeLessThan(0.015);
    expect(absoluteError / 20_000).toBeLessThan(0.02);
  });

  it('restores from a JSON snapshot and continues identically', () => {
    const random = seededRandom(5);
    const model = createReplyModel({ coldStart: { minExamples: 10, minPositives: 1 }, calibration: { every: 10, minPositives: 1 } });
    const example = (): { features: Record<string, string | number>; success: boolean } => ({
      features: { segment: random.pick(['a', 'b']), fit: random.next(), days: random.int(0, 30) },
      success: random.chance(0.2),
    });
    for (let index = 0; index < 200; index += 1) model.update(example());
    const restored = restoreReplyModel(JSON.parse(JSON.stringify(model.snapshot())));
    for (let index = 0; index < 50; index += 1) {
      const next = example();
      model.update(next);
      restored.update(next);
    }
    const probe = { segment: 'a', fit: 0.7, days: 2 };
    expect(restored.predict(probe)).toEqual(model.predict(probe));
    expect(restored.n).toBe(250);
    expect(() => restoreReplyModel({ kind: 'other' } as never)).toThrow(CompoundError);
  });
});

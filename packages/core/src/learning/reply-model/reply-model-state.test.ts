import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../testing/seeded-random.js';
import type { FeatureRecord } from './feature-encoder.js';
import { createReplyModel, restoreReplyModel, type ReplyModelState, type ReplyPrediction } from './reply-model.js';

const warm = { coldStart: { minExamples: 0, minPositives: 0 }, calibration: false as const };

/** Features whose names and values hold the characters the version-1 state used as separators. */
function example(random: ReturnType<typeof seededRandom>): { features: FeatureRecord; success: boolean } {
  return {
    features: {
      'Score=Band': random.pick(['high', 'low']),
      'a~b': random.pick(['x=y', 'x~y']),
      'Ratio=1': random.int(0, 40),
      'n~k': random.int(0, 9),
    },
    success: random.chance(0.3),
  };
}

describe('reply model state', () => {
  it('restores features whose names or values hold = or ~ as they were learned', () => {
    const random = seededRandom(8);
    const model = createReplyModel(warm);
    for (let index = 0; index < 300; index += 1) model.update(example(random));
    const restored = restoreReplyModel(JSON.parse(JSON.stringify(model.snapshot())) as ReplyModelState);
    const probe = { 'Score=Band': 'high', 'a~b': 'x=y', 'Ratio=1': 12, 'n~k': 3 };
    expect(restored.predict(probe)).toEqual(model.predict(probe));
    // The version-1 names read `Score=Band=high` as feature `Score`: restored, every example then made new inputs.
    const next = example(random);
    model.update(next);
    restored.update(next);
    expect(restored.snapshot()).toEqual(model.snapshot());
  });

  it('explains each input under its own feature name', () => {
    const random = seededRandom(9);
    const model = createReplyModel(warm);
    for (let index = 0; index < 300; index += 1) model.update(example(random));
    const explained = model.explain({ 'Score=Band': 'high', 'a~b': 'x~y', 'n~k': 3 });
    expect(explained.map(({ feature, value }) => `${feature} | ${value}`).sort()).toEqual(['Score=Band | high', 'a~b | x~y', 'n~k | 3', 'n~k | bucket 2']);
  });

  it('loads a version-1 state and predicts as the model that saved it did', () => {
    // Saved by the version before inputs were stored as structured pairs, with the predictions that model made.
    const fixture = JSON.parse(readFileSync(new URL('./__fixtures__/reply-model-state-v1.json', import.meta.url), 'utf8')) as {
      state: { version: number; n: number };
      probes: Array<{ features: FeatureRecord; prediction: ReplyPrediction }>;
    };
    expect(fixture.state.version).toBe(1);
    const restored = restoreReplyModel(fixture.state as never);
    expect(restored.n).toBe(fixture.state.n);
    for (const probe of fixture.probes) expect(restored.predict(probe.features)).toEqual(probe.prediction);
    // Saved again, it is the current version; learning goes on from the same inputs.
    const state = restored.snapshot();
    expect(state.version).toBe(2);
    const size = state.mean.length;
    restored.update({ features: fixture.probes[0]?.features ?? {}, success: true });
    expect(restored.snapshot().mean).toHaveLength(size);
  });
});

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../testing/seeded-random.js';
import type { FeatureRecord } from './feature-encoder.js';
import { createReplyModel } from './reply-model.js';

describe('ReplyModel.predictMany', () => {
  it('gives exactly what predict gives on each record merged with its defaults', () => {
    const random = seededRandom(11);
    const record = (): Record<string, string | number | boolean> => ({
      title: random.pick(['vp', 'ic', 'unseen']),
      employees: random.pick([-1, 0, 12, 900, Number.POSITIVE_INFINITY]),
      remote: random.chance(0.5),
      fit: random.next(),
    });
    const model = createReplyModel({ calibration: { every: 50, minPositives: 5 } });
    for (let index = 0; index < 1500; index += 1) {
      const features = { ...record(), angle: random.pick(['roi', 'pain']) };
      model.update({ features, success: random.next() < (features.angle === 'roi' ? 0.12 : 0.05) });
    }
    const records: FeatureRecord[] = Array.from({ length: 300 }, (_, index) => (index % 10 === 0 ? { ...record(), angle: 'pain' } : record()));
    const defaults: (FeatureRecord | undefined)[] = records.map((_, index) => (index % 3 === 0 ? undefined : { angle: 'roi', fit: 0.9 }));
    const many = model.predictMany(records, defaults);
    expect(many.coldStart).toBe(false);
    records.forEach((features, index) => {
      const extra = defaults[index];
      const merged: Record<string, string | number | boolean> = { ...features };
      for (const key in extra) if (merged[key] === undefined) merged[key] = extra[key] as string | number;
      const one = model.predict(merged);
      expect([many.p[index], many.low[index], many.high[index]]).toEqual([one.p, one.interval[0], one.interval[1]]);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../testing/seeded-random.js';
import { expectedCalibrationError } from './expected-calibration-error.js';

describe('expectedCalibrationError', () => {
  it('weights each bin gap by its size (equal mass)', () => {
    // Bins {0.2, 0.2} observed 0 → gap 0.2; {0.8, 0.8} observed 1 → gap 0.2. ECE = 0.2.
    expect(expectedCalibrationError([0.2, 0.2, 0.8, 0.8], [false, false, true, true], { bins: 2 })).toBeCloseTo(0.2, 12);
  });

  it('is 0 when each bin matches its observed rate', () => {
    const probabilities = [0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75];
    const labels = [true, false, false, false, true, true, true, false];
    expect(expectedCalibrationError(probabilities, labels, { bins: 2 })).toBeCloseTo(0, 12);
  });

  it('uses fixed-width bins on request', () => {
    // Width bins of 0.5: [0.1, 0.4] observed 1/2 → |0.25 − 0.5| × 2; [0.6, 0.9] observed 1/2 → |0.75 − 0.5| × 2.
    const value = expectedCalibrationError([0.1, 0.4, 0.6, 0.9], [true, false, false, true], {
      bins: 2,
      strategy: 'equal-width',
    });
    expect(value).toBeCloseTo(0.25, 12);
  });

  it('is small for outcomes drawn from the stated probabilities', () => {
    const random = seededRandom(7);
    const probabilities: number[] = [];
    const labels: boolean[] = [];
    for (let index = 0; index < 50_000; index += 1) {
      const p = 0.01 + 0.1 * random.next();
      probabilities.push(p);
      labels.push(random.next() < p);
    }
    expect(expectedCalibrationError(probabilities, labels)).toBeLessThan(0.005);
    expect(expectedCalibrationError(probabilities.map((p) => p * 1.5), labels)).toBeGreaterThan(0.02);
  });

  it('is undefined for no predictions', () => {
    expect(expectedCalibrationError([], [])).toBeUndefined();
  });
});

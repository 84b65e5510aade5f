import { describe, expect, it } from 'vitest';
import { brier } from './brier.js';

describe('brier', () => {
  it('averages squared errors by hand', () => {
    expect(brier([0.8, 0.3], [true, false])).toBeCloseTo(0.065, 12);
    expect(brier([1, 0], [true, false])).toBe(0);
  });

  it('is b(1−b) for a constant base-rate forecast', () => {
    const labels = [true, false, false, false];
    expect(brier([0.25, 0.25, 0.25, 0.25], labels)).toBeCloseTo(0.1875, 12);
  });

  it('is undefined for no predictions and rejects mismatched lengths', () => {
    expect(brier([], [])).toBeUndefined();
    expect(() => brier([0.5], [])).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { auc } from './auc.js';

describe('auc', () => {
  it('is 1 for a perfect ranking and 0 for a reversed one', () => {
    expect(auc([0.9, 0.4, 0.6, 0.2], [true, false, true, false])).toBe(1);
    expect(auc([0.1, 0.9, 0.2, 0.8], [true, false, true, false])).toBe(0);
  });

  it('counts pairs by hand, ties as one half', () => {
    // Positives 0.8, 0.5; negatives 0.5, 0.3, 0.9. Pairs (pos > neg): 0.8>0.5 ✓, 0.8>0.3 ✓, 0.8>0.9 ✗,
    // 0.5=0.5 ½, 0.5>0.3 ✓, 0.5>0.9 ✗ → 3.5 / 6.
    expect(auc([0.8, 0.5, 0.5, 0.3, 0.9], [true, true, false, false, false])).toBeCloseTo(3.5 / 6, 12);
  });

  it('is one half when every score is equal', () => {
    expect(auc([0.3, 0.3, 0.3, 0.3], [true, false, false, true])).toBe(0.5);
  });

  it('is undefined with one class only and rejects mismatched lengths', () => {
    expect(auc([0.1, 0.2], [true, true])).toBeUndefined();
    expect(() => auc([0.1], [true, false])).toThrow(RangeError);
  });
});
